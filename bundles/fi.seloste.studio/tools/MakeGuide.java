import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the Seloste guide that Studio's Help &gt; Help Contents opens: HTML pages from the repository's
 * own documents (README's user sections, docs/language.md, docs/checks.md) with a contents page and a
 * search over every section (search.js, no server). Run by the build of fi.seloste.studio
 * (generate-resources, see its pom.xml); the output is never committed.
 * Usage: java MakeGuide.java REPOSITORY_ROOT OUTPUT_DIR
 * Only the Markdown these documents use is understood: headings, paragraphs, lists, tables, fenced code,
 * inline code, emphasis, links (to the other pages where they point to one) and &lt;br&gt; in tables.
 */
public class MakeGuide {

	record Page(String file, String title, String summary, String markdown) {
	}

	record Section(String page, String anchor, String title, StringBuilder text) {
	}

	private static final Map<String, String> LINKS = Map.of("docs/language.md", "language.html", "language.md",
			"language.html", "docs/checks.md", "checks.html", "checks.md", "checks.html");

	private final List<Section> sections = new ArrayList<>();

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		Path out = Path.of(args[1]);
		Files.createDirectories(out);
		String readme = Files.readString(root.resolve("README.md"));
		List<Page> pages = List.of(
				new Page("studio.html", "Seloste Studio and the editor",
						"Getting started: the welcome page, the editor's features, generate on save, the preview, a short example.",
						readmeSections(readme, "Seloste Studio", "The Eclipse editor", "A short example")),
				new Page("language.html", "The Seloste language",
						"Every element of a .seloste file, in Finnish and English keywords.",
						Files.readString(root.resolve("docs/language.md"))),
				new Page("checks.html", "Checks",
						"Every check of the editor and the command line, with its legal source and quick fix.",
						Files.readString(root.resolve("docs/checks.md"))),
				new Page("howto.html", "How-to: the command line and CI",
						"Checking and generating notices from a terminal, in a Maven build or in CI; installing into Eclipse.",
						readmeSections(readme, "The command line", "Checking notices in CI", "Installing into an existing Eclipse")));
		MakeGuide guide = new MakeGuide();
		for (Page page : pages) {
			String body = guide.html(page.file(), page.markdown());
			write(out.resolve(page.file()), document(page.title(), body));
		}
		write(out.resolve("index.html"), document("Seloste guide", index(readme, pages)));
		write(out.resolve("search.js"), guide.searchIndex());
		write(out.resolve("guide.css"), CSS);
	}

	/** The README's level-2 sections of those titles, in the order given, as level-1 headings. */
	static String readmeSections(String readme, String... titles) {
		Map<String, String> byTitle = new LinkedHashMap<>();
		String[] parts = readme.split("(?m)^(?=## )");
		for (String part : parts) {
			if (part.startsWith("## ")) {
				String title = part.substring(3, part.indexOf('\n') < 0 ? part.length() : part.indexOf('\n')).strip();
				byTitle.put(title, "#" + part.substring(2));
			}
		}
		StringBuilder text = new StringBuilder();
		for (String title : titles) {
			String section = byTitle.get(title);
			if (section == null) {
				throw new IllegalArgumentException("README has no section " + title);
			}
			// pictures of the repository are not in the guide: their rows and lines are left out
			for (String line : section.split("\n", -1)) {
				if (!line.contains("![") && !line.strip().equals("| | |") && !line.strip().equals("|---|---|")
						&& !line.contains("docs/images/") && !line.startsWith("More pictures")) {
					text.append(line).append('\n');
				}
			}
			text.append('\n');
		}
		return text.toString();
	}

	static String index(String readme, List<Page> pages) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>Seloste guide</h1>\n");
		String intro = readme.substring(readme.indexOf('\n') + 1, readme.indexOf("\n## ")).strip();
		body.append("<p>").append(inline(intro.split("\n\n")[0].replace('\n', ' '))).append("</p>\n");
		body.append("<p class=\"search\"><input id=\"search\" type=\"search\" placeholder=\"Search the guide\" autofocus>"
				+ "</p>\n<ul id=\"results\"></ul>\n<h2>Contents</h2>\n<ul class=\"contents\">\n");
		for (Page page : pages) {
			body.append("<li><a href=\"").append(page.file()).append("\">").append(escape(page.title()))
					.append("</a><br><span>").append(escape(page.summary())).append("</span></li>\n");
		}
		body.append("</ul>\n<script src=\"search.js\"></script>\n");
		return body.toString();
	}

	static String document(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
				+ "</title>\n<link rel=\"stylesheet\" href=\"guide.css\">\n</head>\n<body>\n<nav><a href=\"index.html\">Seloste guide</a></nav>\n"
				+ body + "</body>\n</html>\n";
	}

	String html(String file, String markdown) {
		StringBuilder html = new StringBuilder();
		String[] lines = markdown.replace("\r", "").split("\n", -1);
		Section section = null;
		for (int i = 0; i < lines.length;) {
			String line = lines[i];
			if (line.startsWith("```")) {
				StringBuilder code = new StringBuilder();
				for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
					code.append(lines[i]).append('\n');
				}
				i++;
				html.append("<pre><code>").append(escape(code.toString())).append("</code></pre>\n");
				if (section != null) {
					section.text().append(code).append(' ');
				}
				continue;
			}
			Matcher heading = Pattern.compile("^(#{1,6}) (.*)$").matcher(line);
			if (heading.matches()) {
				int level = heading.group(1).length();
				String title = heading.group(2).strip();
				String anchor = anchor(title);
				html.append("<h").append(level).append(" id=\"").append(anchor).append("\">").append(inline(title))
						.append("</h").append(level).append(">\n");
				section = new Section(file, anchor, plain(title), new StringBuilder());
				sections.add(section);
				i++;
				continue;
			}
			if (line.startsWith("|")) {
				List<String> rows = new ArrayList<>();
				for (; i < lines.length && lines[i].startsWith("|"); i++) {
					rows.add(lines[i]);
				}
				table(rows, html, section);
				continue;
			}
			if (line.matches("^\\s*([*-]|\\d+\\.) .*")) {
				boolean ordered = line.strip().matches("^\\d+\\..*");
				html.append(ordered ? "<ol>\n" : "<ul>\n");
				StringBuilder item = null;
				for (; i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("```"); i++) {
					String l = lines[i];
					Matcher bullet = Pattern.compile("^\\s*(?:[*-]|\\d+\\.) (.*)$").matcher(l);
					if (bullet.matches()) {
						if (item != null) {
							html.append("<li>").append(inline(item.toString())).append("</li>\n");
						}
						item = new StringBuilder(bullet.group(1));
					} else {
						item.append(' ').append(l.strip());
					}
				}
				if (item != null) {
					html.append("<li>").append(inline(item.toString())).append("</li>\n");
				}
				html.append(ordered ? "</ol>\n" : "</ul>\n");
				continue;
			}
			if (line.isBlank()) {
				i++;
				continue;
			}
			StringBuilder paragraph = new StringBuilder();
			for (; i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("#") && !lines[i].startsWith("```")
					&& !lines[i].startsWith("|") && !lines[i].matches("^\\s*([*-]|\\d+\\.) .*"); i++) {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(lines[i].strip());
			}
			html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
			if (section != null) {
				section.text().append(plain(paragraph.toString())).append(' ');
			}
		}
		return html.toString();
	}

	private static void table(List<String> rows, StringBuilder html, Section section) {
		html.append("<table>\n");
		boolean head = rows.size() > 1 && rows.get(1).matches("^\\|[-:| ]+\\|?$");
		for (int r = 0; r < rows.size(); r++) {
			if (head && r == 1) {
				continue;
			}
			String row = rows.get(r).strip();
			row = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
			String cell = head && r == 0 ? "th" : "td";
			html.append("<tr>");
			for (String value : row.split("(?<!\\\\)\\|", -1)) {
				html.append('<').append(cell).append('>').append(inline(value.strip())).append("</").append(cell).append('>');
				if (section != null) {
					section.text().append(plain(value)).append(' ');
				}
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	/** Inline Markdown: code spans first (nothing inside them is markup), then links, emphasis, <br>. */
	static String inline(String text) {
		StringBuilder out = new StringBuilder();
		Matcher code = Pattern.compile("`([^`]+)`").matcher(text);
		int at = 0;
		while (code.find()) {
			out.append(spans(text.substring(at, code.start())));
			out.append("<code>").append(escape(code.group(1))).append("</code>");
			at = code.end();
		}
		out.append(spans(text.substring(at)));
		return out.toString();
	}

	private static String spans(String text) {
		String html = escape(text).replace("\\|", "|").replace("&lt;br&gt;", "<br>");
		Matcher link = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)").matcher(html);
		StringBuilder out = new StringBuilder();
		while (link.find()) {
			String target = link.group(2);
			String page = LINKS.get(target.replaceFirst("#.*", ""));
			String replacement;
			if (page != null) {
				replacement = "<a href=\"" + page + (target.contains("#") ? target.substring(target.indexOf('#')) : "") + "\">" + link.group(1) + "</a>";
			} else if (target.startsWith("http://") || target.startsWith("https://")) {
				replacement = "<a href=\"" + target + "\">" + link.group(1) + "</a>";
			} else {
				replacement = link.group(1); // a file of the repository: not in the guide
			}
			link.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		link.appendTail(out);
		return out.toString().replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>")
				.replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "<em>$1</em>");
	}

	static String plain(String text) {
		return text.replaceAll("<br>", " ").replaceAll("[`*]", "").replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
	}

	static String anchor(String title) {
		return plain(title).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n', '\r', '\t' -> out.append(' ');
			case '<' -> out.append("\\u003c");
			default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	String searchIndex() {
		StringBuilder js = new StringBuilder("// The guide's sections for the search on index.html (made by MakeGuide.java)\nvar SECTIONS = [\n");
		for (Section section : sections) {
			js.append("{p:").append(json(section.page())).append(",a:").append(json(section.anchor())).append(",t:")
					.append(json(section.title())).append(",x:").append(json(section.text().toString().replaceAll("\\s+", " ")))
					.append("},\n");
		}
		js.append("];\n").append(SEARCH);
		return js.toString();
	}

	private static final String SEARCH = """
			// every word typed must occur in the section's title or text; titles first
			(function () {
				var input = document.getElementById('search'), results = document.getElementById('results');
				function show() {
					var words = input.value.toLowerCase().split(/\\s+/).filter(function (w) { return w; });
					results.innerHTML = '';
					if (!words.length) return;
					var found = SECTIONS.map(function (s) {
						var t = s.t.toLowerCase(), x = s.x.toLowerCase(), score = 0;
						for (var i = 0; i < words.length; i++) {
							if (t.indexOf(words[i]) >= 0) score += 10; else if (x.indexOf(words[i]) >= 0) score += 1; else return null;
						}
						return { s: s, score: score };
					}).filter(function (f) { return f; }).sort(function (a, b) { return b.score - a.score; }).slice(0, 40);
					if (!found.length) { results.innerHTML = '<li>No section contains every word.</li>'; return; }
					found.forEach(function (f) {
						var li = document.createElement('li'), a = document.createElement('a');
						a.href = f.s.p + '#' + f.s.a; a.textContent = f.s.t;
						var x = f.s.x.toLowerCase().indexOf(words[0]), span = document.createElement('span');
						span.textContent = ' \\u2014 ' + f.s.x.substr(Math.max(0, x - 40), 140).trim() + '\\u2026';
						li.appendChild(a); li.appendChild(span); results.appendChild(li);
					});
				}
				input.addEventListener('input', show);
				var q = /[?&]q=([^&]*)/.exec(location.search);
				if (q) { input.value = decodeURIComponent(q[1].replace(/\\+/g, ' ')); show(); }
			})();
			""";

	private static final String CSS = """
			body { font-family: sans-serif; max-width: 60em; margin: 0 auto; padding: 0 1.5em 2em; line-height: 1.45; color: #1b2733; }
			nav { padding: .6em 0; border-bottom: 3px solid #1F4E79; margin-bottom: 1em; }
			nav a { color: #1F4E79; font-weight: bold; text-decoration: none; }
			h1, h2, h3 { color: #1F4E79; }
			code { background: #eef3f8; padding: 0 .2em; }
			pre { background: #eef3f8; padding: .7em; overflow: auto; }
			pre code { padding: 0; }
			table { border-collapse: collapse; margin: 1em 0; }
			th, td { border: 1px solid #b7cbe0; padding: .3em .5em; vertical-align: top; text-align: left; }
			th { background: #eef3f8; }
			.search input { width: 100%; font-size: 1.1em; padding: .4em; }
			.contents li { margin-bottom: .6em; }
			.contents span, #results span { color: #4a5f75; }
			""";

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
