package fi.seloste.ide.navigation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * The declaration at a place in a Seloste file (its name, or a reference to it) and where it is named:
 * its declaration and every reference the linker resolved to it. Find References, mark occurrences and
 * the linked editing of a rename use it in Eclipse; a language server's references and document
 * highlight requests answer the same.
 */
public class References {

	/**
	 * A place where a declaration is named.
	 *
	 * @param file        the file
	 * @param region      where the name is written (a reference as written, qualified or not)
	 * @param declaration whether it is the declaration's own name
	 */
	public record Occurrence(URI file, ITextRegion region, boolean declaration) {
	}

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private ILocationInFileProvider locations;

	/**
	 * The declaration whose name, or a resolved reference to which, is at {@code offset} (the caret
	 * just after a name counts too); {@code null} elsewhere: in a keyword, a string, a comment.
	 */
	public EObject declarationAt(XtextResource resource, int offset) {
		if (resource == null || resource.getParseResult() == null) {
			return null;
		}
		EObject found = at(resource, offset);
		return found != null || offset == 0 ? found : at(resource, offset - 1);
	}

	private EObject at(XtextResource resource, int offset) {
		INode reference = offsets.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			EObject target = offsets.getCrossReferencedElement(reference);
			return target == null || target.eIsProxy() ? null : target;
		}
		EObject element = offsets.resolveContainedElementAt(resource, offset);
		if (element == null || nameAttribute(element) == null) {
			return null;
		}
		ITextRegion name = nameRegion(element);
		return name != null && name.getOffset() <= offset && offset < name.getOffset() + name.getLength() ? element
				: null;
	}

	/** The attribute that holds a declaration's name, or {@code null} for an element without one. */
	public static EAttribute nameAttribute(EObject element) {
		EAttribute name = SimpleAttributeResolver.NAME_RESOLVER.getAttribute(element);
		return name != null && element.eGet(name) instanceof String ? name : null;
	}

	/** Where the declaration's name is written in its file, or {@code null}. */
	public ITextRegion nameRegion(EObject declaration) {
		EAttribute name = nameAttribute(declaration);
		if (name == null) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(declaration, name);
		return nodes.isEmpty() ? null : new TextRegion(nodes.get(0).getOffset(), nodes.get(0).getLength());
	}

	/**
	 * The declaration's name (if it is in one of the resources) and every resolved reference to it in
	 * the resources, file by file in the order given, each in text order.
	 */
	public List<Occurrence> occurrences(EObject declaration, Iterable<? extends Resource> resources) {
		List<Occurrence> result = new ArrayList<>();
		for (Resource resource : resources) {
			List<Occurrence> inFile = new ArrayList<>();
			if (resource == declaration.eResource()) {
				ITextRegion name = nameRegion(declaration);
				if (name != null) {
					inFile.add(new Occurrence(resource.getURI(), name, true));
				}
			}
			collectReferences(declaration, resource, inFile);
			inFile.sort(Comparator.comparingInt(o -> o.region().getOffset()));
			result.addAll(inFile);
		}
		return result;
	}

	/** The resolved references to the declaration in the resources, without the declaration. */
	public List<Occurrence> references(EObject declaration, Iterable<? extends Resource> resources) {
		return occurrences(declaration, resources).stream().filter(o -> !o.declaration()).toList();
	}

	private static void collectReferences(EObject declaration, Resource resource, List<Occurrence> result) {
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			EObject element = contents.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
				if (nodes.isEmpty()) {
					continue;
				}
				// one node per written name, in the order of the list (as in ReferenceHighlightingCalculator)
				// an unset single reference has no target: nothing written there names the declaration
				List<?> targets = reference.isMany() ? (List<?>) element.eGet(reference, true)
						: Collections.singletonList(element.eGet(reference, true));
				for (int i = 0; i < Math.min(nodes.size(), targets.size()); i++) {
					INode node = nodes.get(i);
					if (targets.get(i) != null && targets.get(i) == declaration && node.getLength() > 0) {
						result.add(new Occurrence(resource.getURI(), new TextRegion(node.getOffset(), node.getLength()),
								false));
					}
				}
			}
		}
	}
}
