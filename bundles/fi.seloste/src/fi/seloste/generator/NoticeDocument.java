package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.seloste.Language;

/**
 * A notice in one language as headings, paragraphs, lists and tables: what the HTML and Markdown
 * formats both render, so that they say the same. User strings stay raw here; each format escapes.
 */
public record NoticeDocument(Language language, List<Inline> title, List<List<Inline>> intro, List<Section> sections) {

	/** A piece of running text. */
	public sealed interface Inline permits Run, Link {
	}

	/**
	 * Text; {@code language} is set only when the text is in another language than the document (a
	 * fallback), {@code strong} marks a label or flag.
	 */
	public record Run(String text, Language language, boolean strong) implements Inline {
		public static Run of(String text) {
			return new Run(text, null, false);
		}

		public static Run strong(String text) {
			return new Run(text, null, true);
		}
	}

	/** A link whose target has been checked to be http(s), mailto or tel. */
	public record Link(String href, String text) implements Inline {
	}

	public sealed interface Block permits Paragraph, Subheading, Fields, Items, Table {
	}

	public record Paragraph(List<Inline> content) implements Block {
	}

	public record Subheading(List<Inline> content) implements Block {
	}

	public record Field(String label, List<Inline> value) {
	}

	public record Fields(List<Field> fields) implements Block {
	}

	public record Items(List<List<Inline>> items) implements Block {
	}

	public record Table(List<String> headers, List<List<List<Inline>>> rows) implements Block {
	}

	public record Section(String id, String title, List<Block> blocks) {
	}

	/** Collects inline content, joining pieces with separators. */
	static final class Line {
		private final List<Inline> content = new ArrayList<>();

		Line add(Inline inline) {
			content.add(inline);
			return this;
		}

		Line add(String text) {
			if (!text.isEmpty()) {
				content.add(Run.of(text));
			}
			return this;
		}

		Line strong(String text) {
			content.add(Run.strong(text));
			return this;
		}

		Line addAll(List<Inline> inlines) {
			content.addAll(inlines);
			return this;
		}

		/** Adds the separator first when something is already there and the part is not empty. */
		Line append(String separator, List<Inline> part) {
			if (!part.isEmpty()) {
				if (!content.isEmpty()) {
					add(separator);
				}
				content.addAll(part);
			}
			return this;
		}

		boolean isEmpty() {
			return content.isEmpty();
		}

		List<Inline> build() {
			return List.copyOf(content);
		}
	}
}
