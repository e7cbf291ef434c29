package fi.seloste.ui.internal.folding;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The regions of a parsed Seloste file that can be folded: every element with a {@code { … }} block
 * that spans more than one line. A region covers whole lines, from the start of the element's first
 * line to the start of the line after its last, as projection annotations need.
 */
public final class FoldableBlocks {

	private FoldableBlocks() {
	}

	public static List<IRegion> of(XtextResource resource) {
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		// sorted and without duplicates: an element and its only child may cover the same lines
		TreeSet<Region> regions = new TreeSet<>((a, b) -> a.getOffset() != b.getOffset()
				? Integer.compare(a.getOffset(), b.getOffset()) : Integer.compare(a.getLength(), b.getLength()));
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			EObject element = contents.next();
			ICompositeNode node = element.eContainer() == null ? null : NodeModelUtils.getNode(element);
			if (node != null && hasBlock(node) && node.getStartLine() < node.getEndLine()) {
				int start = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
				int lineEnd = text.indexOf('\n', node.getEndOffset());
				int end = lineEnd < 0 ? text.length() : lineEnd + 1;
				regions.add(new Region(start, end - start));
			}
		}
		return new ArrayList<>(regions);
	}

	private static boolean hasBlock(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return true;
			}
		}
		return false;
	}
}
