package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.contentassist.SelosteContentAssistProcessor;

/**
 * Ctrl+Space in the Generic Editor: proposals at given places of the examples, in the file's keyword
 * language, references to another file of the project, closed sets and block templates.
 */
public class ContentAssistTest extends WorkbenchTestCase {

	private static final String FINNISH = "tietosuojaseloste.seloste";
	private static final String ENGLISH = "privacy-notice.seloste";

	@Test
	public void theProcessorIsContributedForSelosteFiles() {
		IConfigurationElement[] elements = Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.genericeditor.contentAssistProcessors");
		assertTrue(Arrays.stream(elements).anyMatch(e -> SelosteContentAssistProcessor.class.getName().equals(e.getAttribute("class"))
				&& "fi.seloste.contentType".equals(e.getAttribute("contentType"))));
	}

	@Test
	public void aFinnishFileGetsFinnishKeywordsOnly() throws Exception {
		ITextEditor editor = openExample("keywords-fi", FINNISH);
		int offset = document(editor).get().indexOf("peruste sopimus fi \"Käsittely");
		List<String> keywords = proposals(editor, offset, ContentAssistEntry.KIND_KEYWORD);
		assertTrue(keywords.containsAll(List.of("peruste", "tiedot", "säilytys", "koskee")), keywords.toString());
		assertEquals(List.of(), inLanguage(keywords, KeywordLanguage.ENGLISH));
	}

	@Test
	public void anEnglishFileGetsEnglishKeywordsOnly() throws Exception {
		ITextEditor editor = openExample("keywords-en", ENGLISH);
		int offset = document(editor).get().indexOf("basis legitimate-interests en \"Our legitimate interest is to perform");
		List<String> keywords = proposals(editor, offset, ContentAssistEntry.KIND_KEYWORD);
		assertTrue(keywords.containsAll(List.of("basis", "data", "retention", "concerns")), keywords.toString());
		assertEquals(List.of(), inLanguage(keywords, KeywordLanguage.FINNISH));
	}

	@Test
	public void aNewEmptyFileGetsFinnishKeywords() throws Exception {
		project = TestProject.withExamples("keywords-empty");
		org.eclipse.core.resources.IFile file = project.file("uusi.seloste");
		file.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
		ITextEditor editor = open(file);
		List<String> keywords = proposals(editor, 0, ContentAssistEntry.KIND_KEYWORD);
		assertEquals(List.of("organisaatio", "seloste", "tuo"), keywords);
	}

	@Test
	public void theLegalBasesAreProposedAfterPeruste() throws Exception {
		ITextEditor editor = openExample("bases", FINNISH);
		int offset = document(editor).get().indexOf("peruste sopimus fi \"Käsittely") + "peruste ".length();
		List<String> values = proposals(editor, offset, ContentAssistEntry.KIND_VALUE);
		assertEquals(new TreeSet<>(List.of("suostumus", "sopimus", "lakisääteinen-velvoite", "elintärkeä-etu",
				"yleisen-edun-tehtävä", "oikeutettu-etu")), new TreeSet<>(values));
		ICompletionProposal contract = find(editor, offset, "sopimus");
		assertTrue(contract.getDisplayString().contains("6 artiklan 1 kohdan b alakohta"), contract.getDisplayString());
	}

	@Test
	public void aCategoryDeclaredInAnotherFileIsProposed() throws Exception {
		project = TestProject.withExamples("crossref", "organisation/organisation.seloste",
				"organisation/asiakasrekisteri.seloste");
		ITextEditor editor = open(project.file("asiakasrekisteri.seloste"));
		String text = document(editor).get();
		int offset = text.indexOf("tiedot Yhteystiedot, Tehtavatiedot") + "tiedot Yh".length();
		List<String> references = proposals(editor, offset, ContentAssistEntry.KIND_REFERENCE);
		// Yhteystiedot is declared in organisation.seloste only
		assertTrue(references.contains("Yhteystiedot"), references.toString());
		assertEquals("Yhteystiedot – tietoryhmä, organisation.seloste", find(editor, offset, "Yhteystiedot").getDisplayString());

		project.file("organisation.seloste").delete(true, null);
		List<String> without = proposals(editor, offset, ContentAssistEntry.KIND_REFERENCE);
		assertFalse(without.stream().anyMatch(r -> r.endsWith("Yhteystiedot")), without.toString());
	}

	/** Issue 10, item 4: another notice's data categories were offered (and accepted) by qualified name. */
	@Test
	public void anotherNoticesCategoriesAreNotProposed() throws Exception {
		project = TestProject.withExamples("scope", "organisation/organisation.seloste",
				"organisation/asiakasrekisteri.seloste", "organisation/rekrytointirekisteri.seloste");
		ITextEditor editor = open(project.file("asiakasrekisteri.seloste"));
		int offset = document(editor).get().indexOf("tiedot Yhteystiedot, Tehtavatiedot") + "tiedot ".length();
		List<String> references = proposals(editor, offset, ContentAssistEntry.KIND_REFERENCE);
		assertTrue(references.contains("Yhteystiedot"), references.toString());
		assertFalse(references.stream().anyMatch(r -> r.contains("Hakemustiedot") || r.contains("KuuraRekrytointi")),
				references.toString());
	}

	@Test
	public void thePurposesOfTheRegisterAreProposedAfterTarkoituksiin() throws Exception {
		ITextEditor editor = openExample("purposes", FINNISH);
		String text = document(editor).get();
		int offset = text.indexOf("tarkoituksiin Kirjanpito") + "tarkoituksiin Kir".length();
		List<String> references = proposals(editor, offset, ContentAssistEntry.KIND_REFERENCE);
		assertTrue(references.contains("Kirjanpito"), references.toString());
		assertEquals("Kirjanpito – tarkoitus, tietosuojaseloste.seloste", find(editor, offset, "Kirjanpito").getDisplayString());
	}

	@Test
	public void countryCodesAreProposedAfterMaa() throws Exception {
		ITextEditor editor = openExample("countries", FINNISH);
		IDocument document = document(editor);
		int at = document.get().indexOf("\tvastaanottaja ");
		int lineEnd = document.get().indexOf('\n', at);
		document.replace(lineEnd, 0, "\n\t\t\tmaa \"S");
		int offset = lineEnd + "\n\t\t\tmaa \"S".length();
		List<String> values = proposals(editor, offset, ContentAssistEntry.KIND_VALUE);
		assertTrue(values.containsAll(List.of("\"SE\"", "\"SG\"")), values.toString());
		assertTrue(values.stream().allMatch(v -> v.startsWith("\"S")), values.toString());
		assertTrue(find(editor, offset, "\"SE\"").getDisplayString().contains("Ruotsi"));
	}

	static Stream<Arguments> templates() {
		return Stream.of(
				Arguments.of(FINNISH, "\n\t\ttarkoitus ", "tar", "tarkoitus UusiTarkoitus", "UusiTarkoitus"),
				Arguments.of(FINNISH, "\n\t\ttarkoitus ", "vas", "vastaanottaja UusiVastaanottaja", "UusiVastaanottaja"),
				Arguments.of(FINNISH, "\n\t\ttarkoitus ", "sii", "siirto {", "Vastaanottaja"),
				Arguments.of(FINNISH, "\n\trekisteri ", "evä", "eväste UusiEväste", "UusiEväste"),
				Arguments.of(ENGLISH, "\n\t\tpurpose ", "pur", "purpose NewPurpose", "NewPurpose"),
				Arguments.of(ENGLISH, "\n\t\tpurpose ", "rec", "recipient NewRecipient", "NewRecipient"),
				Arguments.of(ENGLISH, "\n\t\tpurpose ", "tra", "transfer {", "Recipient"),
				Arguments.of(ENGLISH, "\n\tregister ", "coo", "cookie NewCookie", "NewCookie"));
	}

	@ParameterizedTest(name = "{0}: {2} → {3}")
	@MethodSource("templates")
	public void aTemplateInsertsAValidBlockInTheFormattersLayout(String example, String before, String prefix,
			String start, String firstValue) throws Exception {
		ITextEditor editor = openExample("template", example);
		IDocument document = document(editor);
		int line = document.get().indexOf(before) + 1;
		String indentation = before.substring(1, before.lastIndexOf('\t') + 1);
		// a line with the start of a keyword, before the member the anchor names
		document.replace(line, 0, indentation + prefix + "\n");
		int offset = line + indentation.length() + prefix.length();

		ICompletionProposal template = Arrays.stream(all(editor, offset))
				.filter(p -> p.getDisplayString().startsWith(start.split(" ")[0]) && isTemplate(p)).findFirst()
				.orElse(null);
		assertNotNull(template, "no template starting with " + start);
		ITextViewer viewer = viewer(editor);
		((ICompletionProposalExtension2) template).apply(viewer, '\0', 0, offset);

		String text = document.get();
		assertTrue(text.startsWith(indentation + start, line), text.substring(line, line + 80));
		IParseResult parsed = SelosteInjector.get().getInstance(IParser.class).parse(new StringReader(text));
		assertFalse(parsed.hasSyntaxErrors(), () -> parsed.getSyntaxErrors().toString());
		// every line of the block is indented from the block's own line, the closing brace aligned with it
		String block = text.substring(line, text.indexOf("\n" + indentation + "}", line) + indentation.length() + 2);
		assertTrue(block.lines().skip(1).allMatch(l -> l.startsWith(indentation)), block);
		// the first value to fill in is selected
		Point selection = viewer.getSelectedRange();
		String selected = text.substring(selection.x, selection.x + selection.y);
		assertEquals(firstValue, selected);
	}

	@Test
	public void theTemplatesAreThereInFinnishAndEnglish() throws Exception {
		assertEquals(keys("fi/seloste/ide/contentassist/templates.properties"),
				keys("fi/seloste/ide/contentassist/templates_fi.properties"));
	}

	/** The keys of a properties file of the ide bundle. */
	static Set<String> keys(String path) throws java.io.IOException {
		java.util.Properties properties = new java.util.Properties();
		try (java.io.InputStream in = fi.seloste.ide.contentassist.SelosteCompletions.class.getClassLoader()
				.getResourceAsStream(path)) {
			assertNotNull(in, path);
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static boolean isTemplate(ICompletionProposal proposal) {
		return proposal.getDisplayString().contains("{");
	}

	private ITextEditor openExample(String name, String example) throws Exception {
		project = TestProject.withExamples("assist-" + name, example);
		return open(project.file(example));
	}

	private static ICompletionProposal[] all(ITextEditor editor, int offset) {
		return new SelosteContentAssistProcessor().computeCompletionProposals(viewer(editor), offset);
	}

	private static ICompletionProposal find(ITextEditor editor, int offset, String proposal) {
		return Arrays.stream(all(editor, offset)).filter(p -> entry(p).getProposal().equals(proposal)).findFirst()
				.orElseThrow();
	}

	/** The proposals of one kind at the offset, as they would be inserted. */
	private static List<String> proposals(ITextEditor editor, int offset, String kind) {
		return Arrays.stream(all(editor, offset)).map(ContentAssistTest::entry).filter(e -> kind.equals(e.getKind()))
				.map(ContentAssistEntry::getProposal).collect(Collectors.toList());
	}

	private static ContentAssistEntry entry(ICompletionProposal proposal) {
		return fi.seloste.ui.internal.contentassist.ProposalEntries.entryOf(proposal);
	}

	private static List<String> inLanguage(List<String> keywords, KeywordLanguage language) {
		BilingualKeywords bilingual = SelosteInjector.get().getInstance(BilingualKeywords.class);
		Set<String> result = new TreeSet<>();
		for (String keyword : keywords) {
			if (bilingual.languageOf(keyword) == language) {
				result.add(keyword);
			}
		}
		return List.copyOf(result);
	}
}
