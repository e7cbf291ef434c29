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
		// a template states no fact (B18): the legal basis, safeguard, country, cookie type and lifetime are left
		// for the user to choose (empty: the block does not parse until they are chosen)
		String inserted = text.substring(line, text.indexOf("\n" + indentation + "}", line));
		for (String fact : List.of("suostumus", "consent", "\"FI\"", "vakiolausekkeet", "standard-contractual-clauses",
				"analytiikka", "analytics", " 12 ")) {
			assertFalse(inserted.contains(fact), "the template states " + fact + ": " + inserted);
		}
		String chosen = withFactsChosen(text, line + indentation.length(), entry(template));
		IParseResult parsed = SelosteInjector.get().getInstance(IParser.class).parse(new StringReader(chosen));
		assertFalse(parsed.hasSyntaxErrors(), () -> parsed.getSyntaxErrors().toString());
		// every line of the block is indented from the block's own line, the closing brace aligned with it
		String block = text.substring(line, text.indexOf("\n" + indentation + "}", line) + indentation.length() + 2);
		assertTrue(block.lines().skip(1).allMatch(l -> l.startsWith(indentation)), block);
		// the first value to fill in is selected
		Point selection = viewer.getSelectedRange();
		String selected = text.substring(selection.x, selection.x + selection.y);
		assertEquals(firstValue, selected);
	}

	/** The text with a value typed into each empty value of the template inserted at {@code start}. */
	private static String withFactsChosen(String text, int start, ContentAssistEntry template) {
		java.util.Map<String, String> values = java.util.Map.of("peruste", "suostumus", "basis", "consent", "suojatoimi",
				"vakiolausekkeet", "safeguard", "standard-contractual-clauses", "luokka", "analytiikka", "type",
				"analytics", "kesto", "12", "lifetime", "12");
		StringBuilder chosen = new StringBuilder(text);
		List<org.eclipse.xtext.util.TextRegion> empty = template.getEditPositions().stream().filter(r -> r.getLength() == 0)
				.sorted((a, b) -> Integer.compare(b.getOffset(), a.getOffset())).toList();
		for (org.eclipse.xtext.util.TextRegion position : empty) {
			int at = start + position.getOffset();
			String[] words = text.substring(text.lastIndexOf('\n', at - 1) + 1, at).strip().split("\\s+");
			String value = values.get(words[words.length - 1]);
			assertNotNull(value, "an empty value after " + words[words.length - 1]);
			chosen.insert(at, value);
		}
		return chosen.toString();
	}

	/** B3: a proposal chosen with a word selected replaces the word (was: oikeutettu-etusopimus). */
	@Test
	public void aProposalReplacesTheSelectedWord() throws Exception {
		ITextEditor editor = openExample("selected", FINNISH);
		IDocument document = document(editor);
		int offset = document.get().indexOf("peruste sopimus fi \"Käsittely") + "peruste ".length();
		ITextViewer viewer = viewer(editor);
		viewer.setSelectedRange(offset, "sopimus".length());
		ICompletionProposal interest = find(editor, offset, "oikeutettu-etu");
		((ICompletionProposalExtension2) interest).apply(viewer, '\0', 0, offset);
		assertTrue(document.get().contains("peruste oikeutettu-etu fi \"Käsittely"),
				document.get().substring(offset - 8, offset + 40));
	}

	/** B9: no grammar names ("plain" – STRING, name – ID) and no punctuation among the proposals. */
	@Test
	public void neitherGrammarNamesNorPunctuationAreProposed() throws Exception {
		ITextEditor editor = openExample("noise", FINNISH);
		IDocument document = document(editor);
		String text = document.get();
		int[] offsets = { text.indexOf("tiedot Yhteystiedot, Sahkoposti") + "tiedot Yhteystiedot".length(),
				text.indexOf("\t\t\tkoskee Asiakkaat"), text.indexOf("peruste sopimus fi \"Käsittely") + "peruste sopimus ".length(),
				text.indexOf("\ttarkoitus ") + "\ttarkoitus ".length() };
		for (int offset : offsets) {
			for (ICompletionProposal proposal : all(editor, offset)) {
				ContentAssistEntry entry = entry(proposal);
				assertTrue(Character.isLetter(entry.getProposal().charAt(0)) || entry.getProposal().startsWith("\""),
						"punctuation proposed at " + offset + ": " + proposal.getDisplayString());
				assertFalse(Set.of("STRING", "ID", "INT").contains(String.valueOf(entry.getDescription())),
						"a grammar name at " + offset + ": " + proposal.getDisplayString());
			}
		}
	}

	/** B9: while a new name or a text is typed, nothing pops up to take Tab or Enter. */
	@Test
	public void typingANameOrATextProposesNothing() throws Exception {
		ITextEditor editor = openExample("typing-name", FINNISH);
		IDocument document = document(editor);
		int line = document.get().indexOf("\n\t\ttarkoitus ") + 1;
		document.replace(line, 0, "\t\ttarkoitus Uusi\n");
		assertEquals(List.of(), displayed(editor, line + "\t\ttarkoitus Uusi".length()), "a new purpose's name");
		int inText = document.get().indexOf("peruste sopimus fi \"Käsittely") + "peruste sopimus fi \"Käsit".length();
		assertEquals(List.of(), displayed(editor, inText), "inside a text");
	}

	/** B9: right after a word only what completes it, never a keyword or template glued to it (sopimustarkoitus). */
	@Test
	public void nothingIsGluedToTheWordBeforeTheCaret() throws Exception {
		ITextEditor editor = openExample("glued", FINNISH);
		int offset = document(editor).get().indexOf("peruste sopimus fi \"Käsittely") + "peruste sopimus".length();
		for (ICompletionProposal proposal : all(editor, offset)) {
			assertFalse(entry(proposal).getPrefix().isEmpty(), "glued to sopimus: " + proposal.getDisplayString());
		}
	}

	/** B9: a declaration reachable by a simple and a qualified name is listed once. */
	@Test
	public void aDeclarationIsProposedOnce() throws Exception {
		project = TestProject.withExamples("assist-once", "organisation/organisation.seloste",
				"organisation/asiakasrekisteri.seloste");
		ITextEditor editor = open(project.file("asiakasrekisteri.seloste"));
		int offset = document(editor).get().indexOf("tiedot Yhteystiedot, Tehtavatiedot") + "tiedot ".length();
		List<String> references = proposals(editor, offset, ContentAssistEntry.KIND_REFERENCE);
		assertTrue(references.contains("Yhteystiedot"), references.toString());
		assertFalse(references.stream().anyMatch(r -> r.endsWith(".Yhteystiedot")), references.toString());
	}

	/** B9: every proposal has a text of its own for the popup's information pane; a template shows itself. */
	@Test
	public void everyProposalHasItsOwnInformation() throws Exception {
		ITextEditor editor = openExample("information", FINNISH);
		int offset = document(editor).get().indexOf("\t\ttarkoitus ") + 2;
		ICompletionProposal[] proposals = all(editor, offset);
		assertTrue(proposals.length > 0);
		for (ICompletionProposal proposal : proposals) {
			String info = proposal.getAdditionalProposalInfo();
			assertTrue(info != null && !info.isBlank(), "no information for " + proposal.getDisplayString());
			if (isTemplate(proposal)) {
				assertTrue(info.contains(entry(proposal).getProposal()), info);
			}
		}
	}

	private static List<String> displayed(ITextEditor editor, int offset) {
		return Arrays.stream(all(editor, offset)).map(ICompletionProposal::getDisplayString).toList();
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
