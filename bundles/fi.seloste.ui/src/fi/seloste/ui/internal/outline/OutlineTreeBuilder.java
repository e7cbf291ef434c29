package fi.seloste.ui.internal.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;

/**
 * Makes the outline of a parsed Seloste file: the elements a reader of the notice looks for, nested as
 * in the file. Labels are made of the keywords as written, so a Finnish file has a Finnish outline and
 * an English file an English one, with no translation table to keep in step with the grammar.
 */
public final class OutlineTreeBuilder {

	/** What the outline shows; elements of other kinds are looked through for these. */
	private static final Set<EClass> SHOWN = Set.of(Literals.IMPORT, Literals.ORGANISATION, Literals.NOTICE,
			Literals.USE, Literals.CONTROLLER, Literals.PERSON, Literals.NO_DPO, Literals.PARTY, Literals.SUPERVISORY_AUTHORITY,
			Literals.SECURITY, Literals.REGISTER, Literals.SUBJECT_GROUP, Literals.DATA_CATEGORY, Literals.PURPOSE,
			Literals.SOURCE, Literals.TRANSFER, Literals.NO_TRANSFERS, Literals.NO_RECIPIENTS, Literals.RETENTION,
			Literals.COOKIE, Literals.COOKIE_POLICY, Literals.RIGHTS, Literals.AUTOMATED_PROCESSING,
			Literals.PROVISION);

	private final Set<String> keywords;

	/** @param keywords every keyword of the language, both languages */
	public OutlineTreeBuilder(Set<String> keywords) {
		// the language codes start a text's variants ("lähde rekisteröity fi "…""): not part of a label
		Set<String> words = new HashSet<>(keywords);
		for (EEnumLiteral language : Literals.LANGUAGE.getELiterals()) {
			words.remove(language.getLiteral());
		}
		this.keywords = Set.copyOf(words);
	}

	public List<OutlineNode> build(XtextResource resource) {
		List<OutlineNode> roots = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			collect(root, roots);
		}
		return roots;
	}

	/** Adds the outline entries of {@code element}'s contents to {@code into}. */
	private void collect(EObject parent, List<OutlineNode> into) {
		for (EObject element : parent.eContents()) {
			if (SHOWN.contains(element.eClass())) {
				OutlineNode node = node(element);
				if (node != null) {
					into.add(node);
				}
			} else {
				collect(element, into);
			}
		}
	}

	private OutlineNode node(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return null;
		}
		List<OutlineNode> children = new ArrayList<>();
		collect(element, children);
		INode selection = selection(element, node);
		return new OutlineNode(label(element, node), node.getOffset(), node.getLength(), selection.getOffset(),
				selection.getLength(), List.copyOf(children), element.eClass().getName());
	}

	private static INode selection(EObject element, ICompositeNode node) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null && element.eGet(name) != null) {
			List<INode> names = NodeModelUtils.findNodesForFeature(element, name);
			if (!names.isEmpty()) {
				return names.get(0);
			}
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf;
			}
		}
		return node;
	}

	String label(EObject element, ICompositeNode node) {
		StringJoiner label = new StringJoiner(" ");
		List<String> words = leadingKeywords(node);
		if (element instanceof Retention retention && retention.getPeriod() != null && !words.isEmpty()) {
			// "säilytys" alone says nothing: the period is what the reader looks for
			label.add(words.get(0)).add(text(NodeModelUtils.getNode(retention.getPeriod())));
		} else {
			words.forEach(label::add);
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null && element.eGet(name) instanceof String value) {
			label.add(value);
		}
		if (element.eClass() == Literals.IMPORT) {
			label.add(text(NodeModelUtils.findNodesForFeature(element, Literals.IMPORT__IMPORTED_NAMESPACE)));
		}
		if (element.eClass() == Literals.USE) {
			label.add(text(NodeModelUtils.findNodesForFeature(element, Literals.USE__ELEMENT)));
		}
		if (element instanceof Transfer transfer && transfer.getName() == null) {
			for (EObject member : transfer.getMembers()) {
				if (member instanceof TransferRecipient recipient) {
					label.add(text(NodeModelUtils.findNodesForFeature(recipient, Literals.TRANSFER_RECIPIENT__RECIPIENT)));
				}
			}
		}
		String result = label.toString();
		if (element instanceof Purpose purpose) {
			String bases = bases(purpose);
			if (!bases.isEmpty()) {
				result += " (" + bases + ")";
			}
		}
		return result;
	}

	/** The purpose's legal bases as written, without the "peruste" / "basis" keyword. */
	private String bases(Purpose purpose) {
		StringJoiner bases = new StringJoiner(", ");
		for (EObject member : purpose.getMembers()) {
			if (member instanceof LegalBasis basis) {
				List<String> words = leadingKeywords(NodeModelUtils.getNode(basis));
				if (words.size() > 1) {
					bases.add(words.get(1));
				}
			}
		}
		return bases.toString();
	}

	/** The keywords the element starts with: "rekisteri", "lähde rekisteröity", "profilointi ei-käytössä". */
	private List<String> leadingKeywords(ICompositeNode node) {
		List<String> words = new ArrayList<>();
		if (node == null) {
			return words;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (!keywords.contains(leaf.getText())) {
				break;
			}
			words.add(leaf.getText());
		}
		return words;
	}

	private static String text(List<INode> nodes) {
		StringJoiner text = new StringJoiner(", ");
		for (INode node : nodes) {
			text.add(text(node));
		}
		return text.toString();
	}

	private static String text(INode node) {
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
