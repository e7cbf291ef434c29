package fi.seloste.validation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.law.RepealedDirective;
import fi.seloste.model.Selostes;
import fi.seloste.model.TextCharacters;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Declaration;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Organisation;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;

/** One keyword language per file, every text in every output language, nothing empty or unfinished. */
public class StyleValidator extends SelosteCheckBase {

	/** Details that are the same in every language: names, identifiers, addresses and codes. */
	private static final Set<DetailKind> LANGUAGE_NEUTRAL = EnumSet.of(DetailKind.NAME, DetailKind.BUSINESS_ID,
			DetailKind.ADDRESS, DetailKind.POSTAL_ADDRESS, DetailKind.PHONE, DetailKind.EMAIL, DetailKind.WEBSITE,
			DetailKind.COUNTRY, DetailKind.ORGANISATION);

	@Inject
	private KeywordTranslator translator;

	@Inject
	private BilingualKeywords keywords;

	@Inject
	private ResourceDescriptionsProvider index;

	@Check
	public void checkFileDeclaresSomething(SelosteFile file) {
		if (file.getElements().isEmpty()) {
			report(SelosteCheck.EMPTY_FILE, file, Literals.SELOSTE_FILE__ELEMENTS);
		}
	}

	@Check
	public void checkKeywordLanguage(SelosteFile file) {
		if (!(file.eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			return;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		Map<KeywordLanguage, Integer> counts = translator.count(root);
		int finnish = counts.get(KeywordLanguage.FINNISH);
		int english = counts.get(KeywordLanguage.ENGLISH);
		if (finnish == 0 || english == 0) {
			return;
		}
		KeywordLanguage minority = finnish >= english ? KeywordLanguage.ENGLISH : KeywordLanguage.FINNISH;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && keywords.languageOf(leaf.getText()) == minority
					&& KeywordTranslator.isKeyword(leaf)) {
				String message = messages.message(SelosteCheck.MIXED_KEYWORD_LANGUAGES, language(file), finnish, english);
				getMessageAcceptor().acceptWarning(message, file, leaf.getOffset(), leaf.getLength(),
						SelosteCheck.MIXED_KEYWORD_LANGUAGES.code(), minority.other().code());
				return;
			}
		}
	}

	@Check
	public void checkTextLanguages(Text text) {
		Notice notice = Selostes.noticeOf(text);
		if (notice == null || !isTranslatable(text)) {
			return;
		}
		List<Language> declared = outputLanguages(notice);
		Set<Language> given = Texts.variants(text).keySet();
		List<Language> missing = declared.stream().filter(l -> !given.contains(l)).toList();
		if (!missing.isEmpty()) {
			String codes = missing.stream().map(l -> l.getLiteral()).collect(Collectors.joining(","));
			report(SelosteCheck.TEXT_VARIANT_MISSING, text, null, data(codes), languageList(missing, "language.adjective.", text),
					languageList(missing, "language.in.", text));
		}
	}

	/** The notice's languages, read once per validation run (asked for every text of the notice). */
	private List<Language> outputLanguages(Notice notice) {
		return perRun("outputLanguages", notice, () -> Texts.outputLanguages(notice));
	}

	/** Inflected language names joined for a message: "ruotsinkielinen ja englanninkielinen", "ruotsiksi ja englanniksi". */
	private String languageList(List<Language> languages, String form, EObject context) {
		List<String> names = languages.stream().map(l -> messages.name(form + l.getName(), language(context))).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " " + messages.name("language.and", language(context))
				+ " " + names.get(names.size() - 1);
	}

	private static boolean isTranslatable(Text text) {
		return !(text.eContainer() instanceof Detail detail && LANGUAGE_NEUTRAL.contains(detail.getKind()));
	}

	@Check
	public void checkVariantLanguage(TextVariant variant) {
		Notice notice = Selostes.noticeOf(variant);
		if (notice == null || !perRun("declaresLanguages", notice,
				() -> !Selostes.members(notice.getMembers(), Languages.class).isEmpty())) {
			return;
		}
		if (!outputLanguages(notice).contains(variant.getLanguage())) {
			report(SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED, variant, Literals.TEXT_VARIANT__LANGUAGE,
					data(variant.getLanguage().getLiteral()), variant.getLanguage().getLiteral());
		}
	}

	@Check
	public void checkPlainText(Text text) {
		if (text.getPlain() != null) {
			checkString(text.getPlain(), text, Literals.TEXT__PLAIN);
		}
	}

	@Check
	public void checkVariantText(TextVariant variant) {
		checkString(variant.getText(), variant, Literals.TEXT_VARIANT__TEXT);
	}

	private void checkString(String value, EObject owner, EStructuralFeature feature) {
		if (value.isBlank()) {
			report(SelosteCheck.EMPTY_TEXT, owner, feature);
		}
		StringScan scan = STRING_SCANS.get(value);
		for (String placeholder : scan.placeholders()) {
			report(SelosteCheck.PLACEHOLDER, owner, feature, placeholder);
		}
		// Every string of the language is a Text, so this is the one place where a character is refused.
		scan.forbidden().ifPresent(c -> report(SelosteCheck.FORBIDDEN_CHARACTER, owner, feature,
				String.format(java.util.Locale.ROOT, "U+%04X", c)));
		scan.repealedDirective().ifPresent(name -> report(SelosteCheck.REPEALED_DIRECTIVE_NAMED, owner, feature, name));
	}

	/** What {@link #checkString} looks for in a string, found once per distinct string (every text is scanned). */
	private record StringScan(List<String> placeholders, java.util.OptionalInt forbidden,
			java.util.Optional<String> repealedDirective) {
	}

	private static final TextMemo<String, StringScan> STRING_SCANS = TextMemo.of(value -> new StringScan(
			List.copyOf(Placeholders.in(value)), TextCharacters.firstForbidden(value), RepealedDirective.firstIn(value)));

	/** An organisation's declaration that no file of the project refers to. */
	@Check
	public void checkOrganisationElementUsed(Organisation organisation) {
		Set<URI> referenced = ReleasedFiles.referencedTargets(organisation.eResource()).orElseGet(() -> {
			IResourceDescriptions descriptions = index.getResourceDescriptions(organisation.eResource());
			Set<URI> targets = new HashSet<>();
			for (IResourceDescription description : descriptions.getAllResourceDescriptions()) {
				targets.addAll(referenceTargets(description, organisation.eResource().getResourceSet()));
			}
			return targets;
		});
		for (EObject member : organisation.getMembers()) {
			if (member instanceof Declaration declaration && !referenced.contains(EcoreUtil.getURI(declaration))) {
				EStructuralFeature name = declaration.eClass().getEStructuralFeature("name");
				report(SelosteCheck.UNUSED_ORGANISATION_ELEMENT, declaration, name, nameOf(declaration));
			}
		}
	}

	/**
	 * What a file refers to: read from the file itself when it is loaded (the language server's index holds
	 * no references for the files of a build in progress, and a loaded file is the newest text anyway),
	 * else from the index.
	 */
	private static Set<URI> referenceTargets(IResourceDescription description, ResourceSet resourceSet) {
		Resource loaded = resourceSet == null ? null : resourceSet.getResource(description.getURI(), false);
		if (loaded != null && loaded.isLoaded()) {
			return ReleasedFiles.referenceTargets(loaded);
		}
		Set<URI> targets = new HashSet<>();
		for (IReferenceDescription reference : description.getReferenceDescriptions()) {
			targets.add(reference.getTargetEObjectUri());
		}
		return targets;
	}
}
