package fi.seloste.ide.cli;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;

/**
 * A file a run has checked and released, as the index keeps it: what it refers to in the files that stay
 * loaded (the shared ones), and nothing it exports, since no other file may name a notice's declarations.
 * Small, so that the index of a run over 10,000 notices stays small.
 */
final class ReleasedFileDescription extends AbstractResourceDescription {

	private final URI uri;
	private final List<IReferenceDescription> references;

	private ReleasedFileDescription(URI uri, List<IReferenceDescription> references) {
		this.uri = uri;
		this.references = references;
	}

	/** The references of the linked {@code resource} into the files of {@code shared}, each target once. */
	static ReleasedFileDescription of(XtextResource resource, Set<URI> shared) {
		URI source = resource.getURI();
		List<IReferenceDescription> references = new java.util.ArrayList<>();
		Set<URI> seen = new java.util.HashSet<>();
		resource.getAllContents().forEachRemaining(element -> {
			for (EObject target : element.eCrossReferences()) {
				if (!target.eIsProxy() && target.eResource() != null && shared.contains(target.eResource().getURI())) {
					URI targetUri = EcoreUtil.getURI(target);
					if (seen.add(targetUri)) {
						references.add(new Reference(source, targetUri));
					}
				}
			}
		});
		return new ReleasedFileDescription(source, List.copyOf(references));
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return List.of();
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return List.of();
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return references;
	}

	@Override
	public URI getURI() {
		return uri;
	}

	/** A reference of a released file: only its target is read (whether a declaration is used anywhere). */
	private record Reference(URI source, URI target) implements IReferenceDescription {

		@Override
		public URI getSourceEObjectUri() {
			return source;
		}

		@Override
		public URI getTargetEObjectUri() {
			return target;
		}

		@Override
		public EReference getEReference() {
			return null;
		}

		@Override
		public int getIndexInList() {
			return -1;
		}

		@Override
		public URI getContainerEObjectURI() {
			return source;
		}
	}
}
