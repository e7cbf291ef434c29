package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

import fi.seloste.generator.HtmlFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.PdfFormat;
import fi.seloste.generator.MarkdownFormat;
import fi.seloste.generator.OutputFile;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/** Hostile strings in names, texts and addresses come out escaped and inert in every format. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class EscapingTest {

	/** The payloads, written as Seloste string contents (\" is a quote). */
	private static final List<String> PAYLOADS = List.of(
			"<script>alert(1)</script>",
			"\\\"><img src=x onerror=alert(1)>",
			"javascript:alert(1)",
			"]]><!--",
			"[x](javascript:alert(1))",
			"<a href='javascript:alert(1)'>klikkaa</a>",
			"![kuva](http://evil.example/x.png)",
			"# otsikko\\n\\n* lista | taulu |",
			"`koodi` **lihava** _kursiivi_ &amp; &lt;",
			"<style>body{display:none}</style>",
			"' onmouseover='alert(1)");

	@Inject
	private SelosteTestModels models;

	private Notice notice() {
		StringBuilder text = new StringBuilder("seloste Paha {\n\totsikko \"" + PAYLOADS.get(0) + "\"\n\tkielet fi, en\n");
		for (String payload : PAYLOADS) {
			text.append("\tkuvaus fi \"").append(payload).append("\" en \"").append(payload).append("\"\n");
		}
		text.append("""
					rekisterinpitäjä Ohjain {
						nimi "%1$s"
						verkkosivu "javascript:alert(1)"
						sähköposti "x@example.fi\\"><script>alert(1)</script>"
						puhelin "javascript:alert(1)"
						osoite "%2$s"
					}
					rekisteri R "%3$s" {
						tietoryhmä T "%4$s" erityinen
						tarkoitus P "%5$s" {
							peruste sopimus "%6$s"
							tiedot T
							säilytys kriteeri "%7$s"
						}
						vastaanottaja V "%8$s" {
							verkkosivu "https://example.fi/\\"onmouseover=\\"alert(1)"
							verkkosivu "data:text/html,<script>alert(1)</script>"
						}
					}
					eväste E "%9$s" {
						tarkoitus "%10$s"
						kesto kriteeri "%11$s"
					}
					muutos 2026-01-01 "%1$s"
				}
				""".formatted(PAYLOADS.toArray()));
		XtextResource resource = models.parse(text.toString());
		assertTrue(resource.getParseResult().getSyntaxErrors().iterator().hasNext() == false,
				() -> "the test notice does not parse: " + resource.getErrors());
		return (Notice) ((SelosteFile) resource.getContents().get(0)).getElements().get(0);
	}

	private static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main", "header",
			"nav", "h1", "h2", "h3", "p", "ol", "ul", "li", "a", "section", "dl", "dt", "dd", "div", "table", "thead",
			"tbody", "tr", "th", "td", "strong", "span");

	@Test
	void htmlHasOnlyItsOwnElementsAndSafeLinks() {
		for (OutputFile file : new HtmlFormat().render(notice(), List.of(Language.FI, Language.EN))) {
			String html = new String(file.content(), StandardCharsets.UTF_8);
			// the one <style> element is ours: everything user-given is outside it
			String body = html.substring(html.indexOf("</style>") + "</style>".length());
			Set<String> tags = new TreeSet<>();
			Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(body);
			while (tag.find()) {
				tags.add(tag.group(1).toLowerCase());
			}
			assertTrue(TAGS.containsAll(tags), "unexpected elements " + tags);
			assertEquals(1, html.split("<style", -1).length - 1, "one style element");
			Matcher attributes = Pattern.compile("<[a-z0-9]+((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*>").matcher(body);
			int elements = 0;
			while (attributes.find()) {
				elements++;
				Matcher attribute = Pattern.compile("([a-z-]+)=\"([^\"]*)\"").matcher(attributes.group(1));
				while (attribute.find()) {
					String name = attribute.group(1);
					assertTrue(Set.of("href", "id", "lang", "class", "scope", "data-label", "aria-labelledby")
							.contains(name), "attribute " + name);
					if (name.equals("href")) {
						assertTrue(attribute.group(2).matches("(https?://|mailto:|tel:|#).*"),
								"link " + attribute.group(2));
					}
				}
			}
			assertTrue(elements > 20);
			// every tag in the body is one of the well-formed ones matched above: no attribute smuggled in
			assertEquals(countOpenTags(body), elements, "an element with an unexpected attribute shape");
			assertFalse(body.contains("javascript:alert(1)\""), "a javascript: URL in an attribute");
			assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
			assertTrue(body.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
			assertTrue(body.contains("javascript:alert(1)"), "the javascript: address appears as text");
			assertTrue(body.contains(file.name().contains(".fi.") ? "<strong>erityinen henkilötietoryhmä (EU:n tietosuoja-asetuksen 9 artikla)</strong>"
					: "<strong>special category of personal data (Article 9 GDPR)</strong>"), "the special category is marked");
		}
	}

	private static int countOpenTags(String body) {
		Matcher matcher = Pattern.compile("<[a-zA-Z]").matcher(body);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	@Test
	void markdownHasNoRawHtmlNorUnsafeLinks() {
		for (OutputFile file : new MarkdownFormat().render(notice(), List.of(Language.FI, Language.EN))) {
			String md = new String(file.content(), StandardCharsets.UTF_8);
			String withoutAnchors = md.replaceAll("<a id=\"[a-z]+\"></a>", "").replaceAll("\\]\\(<[^<>\\s]+>\\)", "]()");
			assertFalse(withoutAnchors.contains("<"), "raw HTML in Markdown:\n" + md);
			Matcher link = Pattern.compile("(?<!\\\\)\\]\\((<?)([^)>]*)").matcher(md);
			while (link.find()) {
				assertTrue(link.group(2).matches("(https?://|mailto:|tel:|#).*"), "link " + link.group(2));
			}
			assertFalse(Pattern.compile("(?<!\\\\)\\]\\(javascript").matcher(md).find(), "an unescaped ](javascript");
			assertTrue(md.contains("\\[x\\](javascript:alert(1))"), md);
			assertTrue(md.contains("http\\://evil"), "no GFM autolink");
			assertTrue(md.contains("\\# otsikko"), "no heading from a user string");
			assertTrue(md.contains("\\!\\[kuva\\]"));
			for (String line : md.split("\n")) {
				assertFalse(line.startsWith("# otsikko") || line.startsWith("* lista"), "a user string made a block");
			}
		}
	}

	@Inject
	private NoticeFormats formats;

	/** A payload as the parser reads it: the Seloste escapes \" and \n resolved. */
	private static String decoded(String payload) {
		return payload.replace("\\\"", "\"").replace("\\n", "\n");
	}

	/** JSON outputs stay well-formed, and Seloste JSON keeps each payload exactly, as data. */
	@Test
	void machineReadableFormatsStayWellFormedAndKeepPayloadsAsData() throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		for (String id : List.of("json", "tilt", "dpv")) {
			for (OutputFile file : formats.byId(id).orElseThrow().render(notice(), List.of(Language.FI, Language.EN))) {
				JsonNode tree = mapper.readTree(file.content());
				List<String> strings = new ArrayList<>();
				collectStrings(tree, strings);
				assertFalse(strings.isEmpty(), file.name());
				if (id.equals("json")) {
					for (String payload : PAYLOADS) {
						assertTrue(strings.contains(decoded(payload)), file.name() + " lost the payload " + payload);
					}
				}
			}
		}
	}

	private static void collectStrings(JsonNode node, List<String> into) {
		if (node.isTextual()) {
			into.add(node.asText());
		}
		node.forEach(child -> collectStrings(child, into));
	}

	/** The PDF carries the payloads as plain text: no JavaScript; links jump inside it or to http(s), mailto, tel. */
	@Test
	void pdfHasNoScriptsAndOnlySafeLinks() throws IOException {
		for (OutputFile file : new PdfFormat().render(notice(), List.of(Language.FI))) {
			try (PDDocument document = Loader.loadPDF(file.content())) {
				assertTrue(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION) == null,
						file.name());
				assertTrue(document.getDocumentCatalog().getNames() == null
						|| document.getDocumentCatalog().getNames().getJavaScript() == null, file.name());
				for (PDPage page : document.getPages()) {
					for (PDAnnotation annotation : page.getAnnotations()) {
						if (annotation instanceof PDAnnotationLink link && link.getAction() != null) {
							PDAction action = link.getAction();
							if (action instanceof PDActionGoTo) {
								continue; // a jump inside the document: the table of contents
							}
							assertTrue(action instanceof PDActionURI, file.name() + ": " + action.getSubType());
							String uri = ((PDActionURI) action).getURI();
							assertTrue(uri.matches("(?i)(https?://|mailto:|tel:).*"), file.name() + ": " + uri);
						}
					}
				}
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				assertTrue(text.contains("<script>alert(1)</script>"), file.name());
			}
		}
	}
}
