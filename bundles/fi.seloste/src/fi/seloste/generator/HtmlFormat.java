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
 * {@code <notice>.<lang>.html}: one standalone HTML5 page per language, inline CSS (screen, phone and
 * print), no scripts and no external resources. Every user string is escaped; links only for http(s),
 * mailto and tel.
 */
public class HtmlFormat implements NoticeFormat {

	static final String CSS = """
			:root{color-scheme:light;--ink:#1d1d1f;--muted:#55575d;--line:#d6d8dc;--accent:#0b5cad;--bg:#fff;--soft:#f4f6f8}
			*{box-sizing:border-box}
			body{margin:0;background:var(--bg);color:var(--ink);font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
			main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
			h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
			h2{font-size:1.3rem;line-height:1.3;margin:2.25rem 0 .75rem;padding-top:.75rem;border-top:1px solid var(--line)}
			h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
			a{color:var(--accent)}
			nav{background:var(--soft);border-radius:.5rem;padding:.75rem 1rem;margin:1.5rem 0}
			nav h2{border:0;margin:0 0 .25rem;padding:0;font-size:1rem}
			nav ol{margin:0;padding-left:1.5rem}
			dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:.5rem 0 1rem}
			dt{font-weight:600;color:var(--muted)}
			dd{margin:0}
			ul{padding-left:1.25rem}
			li{margin:.25rem 0}
			.table{overflow-x:auto;margin:.5rem 0 1rem;position:relative;left:50%;transform:translateX(-50%);width:min(64rem,calc(100vw - 3rem))}
			table{border-collapse:collapse;width:100%;font-size:.9rem;table-layout:fixed}
			th,td{border:1px solid var(--line);padding:.4rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto}
			th:nth-child(1){width:17%}th:nth-child(2){width:12%}th:nth-child(3){width:19%}
			th:nth-child(4){width:25%}th:nth-child(5){width:14%}th:nth-child(6){width:13%}
			th{background:var(--soft)}
			@media (max-width:32rem){
			  h1{font-size:1.45rem}
			  dl{grid-template-columns:1fr;gap:0}
			  dd{margin-bottom:.5rem}
			}
			@media (max-width:56rem){
			  .table{position:static;transform:none;width:auto}
			  table,thead,tbody,tr,th,td{display:block;width:auto}
			  thead{position:absolute;left:-9999px}
			  tr{border:1px solid var(--line);border-radius:.4rem;margin-bottom:.75rem;padding:.25rem .5rem}
			  td{border:0;padding:.2rem 0}
			  td:empty{display:none}
			  td::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}
			}
			@media print{
			  body{font-size:11pt;color:#000}
			  main{max-width:none;padding:0}
			  nav{display:none}
			  h2{break-after:avoid;border-top:0}
			  h3{break-after:avoid}
			  .table{position:static;transform:none;width:auto}
			  tr,dl,li{break-inside:avoid}
			  a{color:#000;text-decoration:none}
			}""";

	@Override
	public String id() {
		return "html";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		List<OutputFile> files = new ArrayList<>();
		for (Language language : languages) {
			files.add(OutputFile.text(notice.getName() + "." + language.getLiteral() + ".html",
					render(NoticeDocumentBuilder.build(notice, language))));
		}
		return files;
	}

	public static String render(NoticeDocument document) {
		Labels labels = Labels.of(document.language());
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"").append(document.language().getLiteral()).append("\">\n<head>\n")
				.append("<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(plain(document.title())).append("</title>\n")
				.append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>");
		inline(html, document.title());
		html.append("</h1>\n");
		for (List<Inline> intro : document.intro()) {
			html.append("<p>");
			inline(html, intro);
			html.append("</p>\n");
		}
		html.append("</header>\n<nav aria-labelledby=\"toc\">\n<h2 id=\"toc\">").append(escape(labels.get("contents")))
				.append("</h2>\n<ol>\n");
		for (Section section : document.sections()) {
			html.append("<li><a href=\"#").append(section.id()).append("\">").append(escape(section.title()))
					.append("</a></li>\n");
		}
		html.append("</ol>\n</nav>\n");
		for (Section section : document.sections()) {
			html.append("<section id=\"").append(section.id()).append("\">\n<h2>").append(escape(section.title()))
					.append("</h2>\n");
			for (Block block : section.blocks()) {
				block(html, block);
			}
			html.append("</section>\n");
		}
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	/** Renders one block of a {@link NoticeDocument}; also used by {@link RopaFormat} for the contact sections. */
	static void block(StringBuilder html, Block block) {
		switch (block) {
			case Paragraph p -> {
				html.append("<p>");
				inline(html, p.content());
				html.append("</p>\n");
			}
			case Subheading h -> {
				html.append("<h3>");
				inline(html, h.content());
				html.append("</h3>\n");
			}
			case Fields f -> {
				if (f.fields().isEmpty()) {
					return;
				}
				html.append("<dl>\n");
				for (Field field : f.fields()) {
					html.append("<dt>").append(escape(field.label())).append("</dt><dd>");
					inline(html, field.value());
					html.append("</dd>\n");
				}
				html.append("</dl>\n");
			}
			case Items items -> {
				html.append("<ul>\n");
				for (List<Inline> item : items.items()) {
					html.append("<li>");
					inline(html, item);
					html.append("</li>\n");
				}
				html.append("</ul>\n");
			}
			case Table table -> {
				html.append("<div class=\"table\">\n<table>\n<thead><tr>");
				table.headers().forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
				html.append("</tr></thead>\n<tbody>\n");
				for (List<List<Inline>> row : table.rows()) {
					html.append("<tr>");
					for (int i = 0; i < row.size(); i++) {
						html.append("<td data-label=\"").append(escape(table.headers().get(i))).append("\">");
						inline(html, row.get(i));
						html.append("</td>");
					}
					html.append("</tr>\n");
				}
				html.append("</tbody>\n</table>\n</div>\n");
			}
		}
	}

	private static void inline(StringBuilder html, List<Inline> content) {
		for (Inline inline : content) {
			switch (inline) {
				case Run run -> {
					String text = escape(run.text());
					if (run.strong()) {
						text = "<strong>" + text + "</strong>";
					}
					if (run.language() != null) {
						text = "<span lang=\"" + run.language().getLiteral() + "\">" + text + "</span>";
					}
					html.append(text);
				}
				case Link link -> html.append("<a href=\"").append(escape(link.href())).append("\">")
						.append(escape(link.text())).append("</a>");
			}
		}
	}

	private static String plain(List<Inline> content) {
		StringBuilder text = new StringBuilder();
		for (Inline inline : content) {
			text.append(switch (inline) {
				case Run run -> run.text();
				case Link link -> link.text();
			});
		}
		return escape(text.toString());
	}

	/** Escapes text for element content and quoted attribute values. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
