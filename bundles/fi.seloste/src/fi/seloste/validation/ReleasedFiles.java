package fi.seloste.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * What the checks of the files still loaded need to know of the project's files that a headless run has
 * already checked and released (to keep its working set bounded): whether any of them holds a reference
 * naming nothing (a finding that rests on nothing referring to an element is not made then, as when all
 * files were loaded: {@link BrokenSource}), and what the project's files refer to, released or loaded,
 * gathered once for the run (whether an organisation's declaration is used: read per organisation, the
 * files of a project of hundreds of organisations would be read hundreds of times).
 */
public final class ReleasedFiles extends AdapterImpl {

	private final boolean anyBrokenReference;
	private final Set<URI> referenced;

	private ReleasedFiles(boolean anyBrokenReference, Set<URI> referenced) {
		this.anyBrokenReference = anyBrokenReference;
		this.referenced = referenced;
	}

	/**
	 * Tells the checks of {@code resourceSet} about the released files: whether one holds a broken reference,
	 * and {@code referenced}, what the released files refer to in the loaded ones. The loaded files' own
	 * references are added here, read once.
	 */
	public static void attach(ResourceSet resourceSet, boolean anyBrokenReference, Set<URI> referenced) {
		Set<URI> all = new HashSet<>(referenced);
		for (Resource loaded : List.copyOf(resourceSet.getResources())) {
			all.addAll(referenceTargets(loaded));
		}
		resourceSet.eAdapters().removeIf(ReleasedFiles.class::isInstance);
		resourceSet.eAdapters().add(new ReleasedFiles(anyBrokenReference, Set.copyOf(all)));
	}

	/** Whether a file of the project that is no longer loaded beside {@code resource} holds a broken reference. */
	static boolean anyBrokenReference(Resource resource) {
		return of(resource).map(released -> released.anyBrokenReference).orElse(false);
	}

	/** What the project's files refer to, when a run released some of them; empty when all are loaded. */
	static Optional<Set<URI>> referencedTargets(Resource resource) {
		return of(resource).map(released -> released.referenced);
	}

	private static Optional<ReleasedFiles> of(Resource resource) {
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		if (set != null) {
			for (var adapter : set.eAdapters()) {
				if (adapter instanceof ReleasedFiles released) {
					return Optional.of(released);
				}
			}
		}
		return Optional.empty();
	}

	/** Whether {@code resource} holds a reference naming nothing (after linking). */
	public static boolean holdsBrokenReference(Resource resource) {
		return BrokenSource.holdsBrokenReference(resource);
	}

	/** The elements the linked {@code resource} refers to (in any file), each once. */
	public static Set<URI> referenceTargets(Resource resource) {
		Set<URI> targets = new HashSet<>();
		resource.getAllContents().forEachRemaining(element -> {
			for (EObject target : element.eCrossReferences()) {
				if (!target.eIsProxy()) {
					targets.add(EcoreUtil.getURI(target));
				}
			}
		});
		return targets;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ReleasedFiles.class;
	}
}
