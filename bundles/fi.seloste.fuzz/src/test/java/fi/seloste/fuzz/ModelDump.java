package fi.seloste.fuzz;

import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What a text means, as text to compare: every object of the model with its attributes and the
 * written text of its references (so that an unresolved reference compares too), then every comment
 * with its white space collapsed. Two texts with the same dump say the same in the same words.
 */
final class ModelDump {

	private ModelDump() {
	}

	static String of(XtextResource resource) {
		StringBuilder dump = new StringBuilder();
		for (EObject root : resource.getContents()) {
			object(root, 0, dump);
			for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
				EObject object = all.next();
				int depth = 0;
				for (EObject parent = object.eContainer(); parent != null; parent = parent.eContainer()) {
					depth++;
				}
				object(object, depth, dump);
			}
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getText().strip().startsWith("/")) {
				dump.append("comment ").append(leaf.getText().strip().replaceAll("\\s+", " ")).append('\n');
			}
		}
		return dump.toString();
	}

	private static void object(EObject object, int depth, StringBuilder dump) {
		dump.append("  ".repeat(depth)).append(object.eClass().getName());
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (object.eIsSet(attribute)) {
				dump.append(' ').append(attribute.getName()).append('=').append(object.eGet(attribute));
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					dump.append(' ').append(reference.getName()).append("->").append(NodeModelUtils.getTokenText(node));
				}
			}
		}
		dump.append('\n');
	}
}
