package fi.seloste.ide.highlighting;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Finds the names in a linked Seloste file that refer to a declaration ({@code tiedot Yhteystiedot},
 * {@code käytä Kuura.Hosting}, {@code vastaanottaja Mailjet}, …) and that the linker resolved. An
 * unresolved reference stays plain text: colouring it would claim a link that does not exist. Shared by
 * the Eclipse editor (which colours every position alike) and the language server's semantic tokens
 * (which read the LSP token type among the ids).
 */
public class ReferenceHighlightingCalculator implements ISemanticHighlightingCalculator {

	/** The style id handed to the acceptor for a resolved reference. */
	public static final String REFERENCE = "reference";

	/** The LSP semantic token type of a resolved reference: a name that stands for a declaration. */
	public static final String TOKEN_TYPE = "variable";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			EObject element = contents.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
					highlight(element, reference, acceptor);
				}
			}
		}
	}

	private static void highlight(EObject element, EReference reference, IHighlightedPositionAcceptor acceptor) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
		if (nodes.isEmpty()) {
			return;
		}
		if (reference.isMany()) {
			// One node per written name, in the order of the list (the parser adds them as it reads them).
			List<?> targets = (List<?>) element.eGet(reference, true);
			for (int i = 0; i < Math.min(nodes.size(), targets.size()); i++) {
				accept(nodes.get(i), (EObject) targets.get(i), acceptor);
			}
		} else {
			accept(nodes.get(0), (EObject) element.eGet(reference, true), acceptor);
		}
	}

	private static void accept(INode node, EObject target, IHighlightedPositionAcceptor acceptor) {
		if (target != null && !target.eIsProxy() && node.getLength() > 0) {
			acceptor.addPosition(node.getOffset(), node.getLength(), REFERENCE, TOKEN_TYPE);
		}
	}
}
