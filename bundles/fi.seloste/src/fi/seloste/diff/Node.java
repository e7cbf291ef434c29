package fi.seloste.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * One element of a notice as the diff sees it: its kind, its name (declared elements) or distinguishing
 * kind (bases, rights, safeguards …), its own value, named attributes and child elements. Values compare
 * by meaning ({@link Value#compared()}), not by the keywords' language or layout.
 */
final class Node {

	final Subject subject;
	/** The declared name (ID), or null for an element without one. */
	final String name;
	/** What tells unnamed elements of one subject apart (a basis's kind, a right's kind); may be null. */
	final String discriminator;
	final EObject source;
	/** How the element is written, up to its block: shown when it is added or removed. */
	final String summary;
	Value value;
	final Map<String, Value> attributes = new LinkedHashMap<>();
	final List<Node> children = new ArrayList<>();
	Node parent;

	Node(Subject subject, String name, String discriminator, EObject source) {
		this.subject = subject;
		this.name = name;
		this.discriminator = discriminator;
		this.source = source;
		this.summary = SourceText.summary(source);
	}

	Node value(Value value) {
		this.value = value;
		return this;
	}

	Node attribute(String key, Value attribute) {
		if (attribute != null) {
			attributes.put(key, attribute);
		}
		return this;
	}

	Node add(Node child) {
		if (child != null) {
			child.parent = this;
			children.add(child);
		}
		return this;
	}

	/** Matching key within the parent: the kind and the name, else the kind and the discriminator. */
	String key() {
		return subject + ":" + (name != null ? name : discriminator == null ? "" : discriminator);
	}

	/** This element's part of a path: {@code purpose Marketing}, {@code basis consent}, {@code title}. */
	String segment() {
		String label = name != null ? name : discriminator;
		return label == null ? subject.pathWord() : subject.pathWord() + " " + label;
	}

	String path() {
		if (parent == null) {
			return "";
		}
		String parentPath = parent.path();
		return parentPath.isEmpty() ? segment() : parentPath + " / " + segment();
	}

	/**
	 * What the element states, without its own name: equal signatures mean a rename (or nothing) when the
	 * names differ. Children are sorted, so reordering does not change a signature.
	 */
	String signature(Renames renames) {
		if (signatureRenames != renames || signatureVersion != renames.version()) {
			signature = computeSignature(renames);
			signatureRenames = renames;
			signatureVersion = renames.version();
		}
		return signature;
	}

	private String signature;
	private Renames signatureRenames;
	private int signatureVersion;

	private String computeSignature(Renames renames) {
		StringBuilder text = new StringBuilder(subject.name()).append('|').append(discriminator).append('|');
		if (value != null) {
			text.append(value.comparedUnder(renames));
		}
		attributes.forEach((k, v) -> text.append('|').append(k).append('=').append(v.comparedUnder(renames)));
		List<String> childSignatures = new ArrayList<>();
		for (Node child : children) {
			childSignatures.add((child.name == null ? "" : renames.current(child.subject, child.name)) + "#"
					+ child.signature(renames));
		}
		childSignatures.sort(null);
		childSignatures.forEach(s -> text.append("{").append(s).append("}"));
		return text.toString();
	}

	@Override
	public String toString() {
		return path();
	}
}
