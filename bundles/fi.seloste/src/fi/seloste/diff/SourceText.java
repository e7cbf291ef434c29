package fi.seloste.diff;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** How an element is written in its source: its tokens with whitespace and comments collapsed, its line. */
final class SourceText {

	private static final int LONGEST_SUMMARY = 400;

	private SourceText() {
	}

	static String of(EObject element) {
		if (element == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? null : NodeModelUtils.getTokenText(node);
	}

	static String of(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (INode node : nodes) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(NodeModelUtils.getTokenText(node));
		}
		return text.toString();
	}

	/** The element's header, up to its block: {@code purpose Marketing en "…" fi "…"}. */
	static String summary(EObject element) {
		String text = of(element);
		if (text == null) {
			return null;
		}
		int block = text.indexOf(" {");
		String header = block < 0 ? text : text.substring(0, block);
		return header.length() <= LONGEST_SUMMARY ? header : header.substring(0, LONGEST_SUMMARY - 1) + "…";
	}

	static int line(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}

	static String file(EObject element) {
		if (element == null || element.eResource() == null || element.eResource().getURI() == null) {
			return null;
		}
		return org.eclipse.emf.common.util.URI.decode(element.eResource().getURI().lastSegment());
	}
}
