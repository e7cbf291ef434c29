package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.generator.NoticeDocument.Block;
import fi.seloste.generator.NoticeDocument.Field;
import fi.seloste.generator.NoticeDocument.Fields;
import fi.seloste.generator.NoticeDocument.Inline;
import fi.seloste.generator.NoticeDocument.Items;
import fi.seloste.generator.NoticeDocument.Link;
import fi.seloste.generator.NoticeDocument.Paragraph;
import fi.seloste.generator.NoticeDocument.Run;
import fi.seloste.generator.NoticeDocument.Section;
import fi.seloste.generator.NoticeDocument.Subheading;
import fi.seloste.generator.NoticeDocument.Table;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;

/**
 * {@code <notice>.<lang>.md}: the same content as the HTML page in CommonMark (with a GFM table for
 * cookies). Markdown metacharacters and HTML in user strings are escaped; links only for http(s),
 * mailto and tel.
 */
public class MarkdownFormat implements NoticeFormat {

	@Override
	public String id() {
		return "md";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		List<OutputFile> files = new ArrayList<>();
		for (Language language : languages) {
			files.add(OutputFile.text(notice.getName() + "." + language.getLiteral() + ".md",
					render(NoticeDocumentBuilder.build(notice, language))));
		}
		return files;
	}

	public static String render(NoticeDocument document) {
		Labels labels = Labels.of(document.language());
		StringBuilder md = new StringBuilder();
		md.append("# ").append(inline(document.title())).append("\n\n");
		for (List<Inline> intro : document.intro()) {
			md.append(block(inline(intro))).append("\n\n");
		}
		md.append("## ").append(escape(labels.get("contents"))).append("\n\n");
		int number = 1;
		for (Section section : document.sections()) {
			md.append(number++).append(". [").append(escape(section.title())).append("](#").append(section.id())
					.append(")\n");
		}
		md.append('\n');
		for (Section section : document.sections()) {
			md.append("<a id=\"").append(section.id()).append("\"></a>\n\n## ").append(escape(section.title()))
					.append("\n\n");
			for (Block block : section.blocks()) {
				block(md, block);
			}
		}
		return md.toString().stripTrailing() + "\n";
	}

	private static void block(StringBuilder md, Block block) {
		switch (block) {
			case Paragraph p -> md.append(block(inline(p.content()))).append("\n\n");
			case Subheading h -> md.append("### ").append(inline(h.content())).append("\n\n");
			case Fields f -> {
				if (f.fields().isEmpty()) {
					return;
				}
				for (Field field : f.fields()) {
					md.append("- **").append(escape(field.label())).append(":** ").append(inline(field.value()))
							.append('\n');
				}
				md.append('\n');
			}
			case Items items -> {
				for (List<Inline> item : items.items()) {
					md.append("- ").append(block(inline(item))).append('\n');
				}
				md.append('\n');
			}
			case Table table -> {
				md.append('|');
				table.headers().forEach(h -> md.append(' ').append(escape(h)).append(" |"));
				md.append("\n|");
				table.headers().forEach(h -> md.append(" --- |"));
				md.append('\n');
				for (List<List<Inline>> row : table.rows()) {
					md.append('|');
					row.forEach(cell -> md.append(' ').append(inline(cell)).append(" |"));
					md.append('\n');
				}
				md.append('\n');
			}
		}
	}

	private static String inline(List<Inline> content) {
		StringBuilder md = new StringBuilder();
		for (Inline inline : content) {
			switch (inline) {
				case Run run -> {
					String text = escape(run.text());
					if (run.strong() && !text.isBlank()) {
						String trimmed = text.strip();
						int start = text.indexOf(trimmed);
						text = text.substring(0, start) + "**" + trimmed + "**" + text.substring(start + trimmed.length());
					}
					md.append(text);
				}
				case Link link -> md.append('[').append(escape(link.text())).append("](<")
						.append(link.href().replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")).append(">)");
			}
		}
		return md.toString();
	}

	/**
	 * Escapes a string for running Markdown text: the characters of emphasis, code, links, images,
	 * tables and escapes are backslash-escaped; {@code <}, {@code >} and {@code &} become entities (no
	 * raw HTML); {@code ://} and {@code www.} are broken so that GFM makes no autolink; line breaks
	 * become spaces (no new blocks). What would start a block at the start of a line is escaped by
	 * {@link #block(String)}.
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '\n', '\r', '\t' -> out.append(' ');
				case '\\', '`', '*', '_', '[', ']', '|', '~', '!' -> out.append('\\').append(c);
				case ':' -> out.append(text.startsWith("//", i + 1) ? "\\:" : ":");
				case '.' -> out.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern
			.compile("^(\\s*)([#+=>-]|\\d+[.)])");

	/** Escapes what would make the start of a line a heading, list, quote or rule. */
	static String block(String line) {
		java.util.regex.Matcher matcher = BLOCK_START.matcher(line);
		if (!matcher.find()) {
			return line;
		}
		String marker = matcher.group(2);
		int at = matcher.end(1) + marker.length() - 1;
		return line.substring(0, at) + "\\" + line.substring(at);
	}
}
