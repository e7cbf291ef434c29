package fi.seloste.ide.navigation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * What a reference in a Seloste file refers to: the declaration, the file it is in and where its name
 * is written there. Go to declaration and the hover on a reference use it; a language server's
 * definition request would too.
 */
public class Declarations {

	/**
	 * A reference and its declaration.
	 *
	 * @param reference where the reference is written in the file asked about
	 * @param target the declaration (in the resource set of the file asked about)
	 * @param file the URI of the file the declaration is in
	 * @param name where the declaration's name is written in that file
	 */
	public record Link(ITextRegion reference, EObject target, URI file, ITextRegion name) {
	}

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private ILocationInFileProvider locations;

	/** The declaration the reference at {@code offset} refers to, or {@code null} (no reference, unresolved). */
	public Link at(XtextResource resource, int offset) {
		INode node = offsets.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (node == null) {
			return null;
		}
		EObject target = offsets.getCrossReferencedElement(node);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return null;
		}
		ITextRegion name = locations.getSignificantTextRegion(target);
		return new Link(new TextRegion(node.getOffset(), node.getLength()), target,
				EcoreUtil.getURI(target).trimFragment(), name);
	}
}
