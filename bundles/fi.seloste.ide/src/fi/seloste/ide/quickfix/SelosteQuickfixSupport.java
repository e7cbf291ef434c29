package fi.seloste.ide.quickfix;

import static fi.seloste.ide.quickfix.FixEdits.end;
import static fi.seloste.ide.quickfix.FixEdits.node;
import static fi.seloste.ide.quickfix.FixEdits.quote;
import static fi.seloste.ide.quickfix.FixEdits.text;
import static fi.seloste.model.Selostes.members;

import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import fi.seloste.ide.quickfix.Wording.Missing;
import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.AutomatedDetailKind;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Use;
import fi.seloste.seloste.Version;
import fi.seloste.validation.SelosteMessages;

/**
 * What the Seloste quick fixes share. A fix method may look at the diagnostic it is asked for
 * ({@link #data()}, {@link #element(Class)}) to decide which resolutions apply and to word their
 * labels; the edits themselves are computed when a resolution is applied, from the node model of
 * the element at the diagnostic ({@link FixEdits}).
 */
public abstract class SelosteQuickfixSupport extends AbstractDeclarativeIdeQuickfixProvider {

	private static final Logger LOG = Logger.getLogger(SelosteQuickfixSupport.class);

	private static final String LABELS = "fi.seloste.ide.quickfix.labels";

	/** The diagnostic whose resolutions are being collected, for the fix methods on this thread. */
	private record Request(Options options, Diagnostic diagnostic) {
	}

	private static final ThreadLocal<Request> REQUEST = new ThreadLocal<>();

	/** The edits of one resolution, given the element at the diagnostic. */
	@FunctionalInterface
	protected interface Fix {
		void apply(FixEdits edits, EObject element, List<String> data);
	}

	@Inject
	protected BilingualKeywords keywords;

	@Inject
	protected KeywordTranslator translator;

	@Inject
	protected SelosteMessages messages;

	@Inject
	protected IScopeProvider scopeProvider;

	@Inject
	protected IQualifiedNameProvider qualifiedNames;

	@Inject
	private EObjectAtOffsetHelper offsetHelper;

	private volatile Clock clock = Clock.systemDefaultZone();

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		Request previous = REQUEST.get();
		REQUEST.set(new Request(options, diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			if (previous == null) {
				REQUEST.remove();
			} else {
				REQUEST.set(previous);
			}
		}
	}

	/** The clock that says what "today" is (fixed in tests). */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	protected LocalDate today() {
		return LocalDate.now(clock);
	}

	// ------------------------------------------------------------------ the diagnostic being resolved

	/** The issue data of the diagnostic being resolved. */
	protected List<String> data() {
		Request request = REQUEST.get();
		return request == null ? List.of() : IssueData.of(request.diagnostic());
	}

	/** The first datum, or {@code null}. */
	protected String datum() {
		List<String> data = data();
		return data.isEmpty() ? null : data.get(0);
	}

	/** The resource the diagnostic belongs to, or {@code null} when unknown. */
	protected XtextResource resource() {
		Request request = REQUEST.get();
		return request != null && request.options() != null && request.options().getResource() instanceof XtextResource r
				? r : null;
	}

	/** The element at the start of the diagnostic, as the resolution will see it, or {@code null}. */
	protected EObject element() {
		Request request = REQUEST.get();
		XtextResource resource = resource();
		if (resource == null || request.options().getDocument() == null || request.diagnostic().getRange() == null) {
			return null;
		}
		try {
			int offset = request.options().getDocument().getOffSet(request.diagnostic().getRange().getStart());
			return offsetHelper.resolveContainedElementAt(resource, offset);
		} catch (IndexOutOfBoundsException e) {
			return null;
		}
	}

	/** The offset where the diagnostic starts, or -1 when unknown. */
	protected int diagnosticOffset() {
		Request request = REQUEST.get();
		if (request == null || request.options() == null || request.options().getDocument() == null
				|| request.diagnostic().getRange() == null) {
			return -1;
		}
		try {
			return request.options().getDocument().getOffSet(request.diagnostic().getRange().getStart());
		} catch (IndexOutOfBoundsException e) {
			return -1;
		}
	}

	/** The element at the diagnostic, or its nearest container, of the given type, or {@code null}. */
	protected <T extends EObject> T element(Class<T> type) {
		return within(element(), type);
	}

	protected static <T extends EObject> T within(EObject element, Class<T> type) {
		return element == null ? null : EcoreUtil2.getContainerOfType(element, type);
	}

	/** The keyword language of the diagnostic's file (for labels that show keywords). */
	protected KeywordLanguage fileKeywordLanguage() {
		XtextResource resource = resource();
		return resource == null || resource.getParseResult() == null ? KeywordLanguage.FINNISH
				: translator.dominantLanguage(resource.getParseResult().getRootNode());
	}

	/** A Finnish keyword (or keywords) as the file writes it. */
	protected String keyword(String finnish) {
		KeywordLanguage language = fileKeywordLanguage();
		return Arrays.stream(finnish.split(" ")).map(k -> keywords.in(k, language))
				.collect(Collectors.joining(" "));
	}

	// ------------------------------------------------------------------ labels

	/** A label in the language of the file's messages ({@link SelosteMessages#languageFor}). */
	protected String label(String key, Object... arguments) {
		KeywordLanguage language = messages.languageFor(resource());
		ResourceBundle bundle = ResourceBundle.getBundle(LABELS,
				language == KeywordLanguage.FINNISH ? Locale.of("fi") : Locale.ROOT,
				SelosteQuickfixSupport.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
	}

	/** A name used in labels and messages, from the validator's message bundle. */
	protected String name(String key) {
		return messages.name(key, messages.languageFor(resource()));
	}

	// ------------------------------------------------------------------ resolutions

	/** Offers a resolution whose text edits {@code fix} computes from the node model. */
	protected void accept(DiagnosticResolutionAcceptor acceptor, String label, Fix fix) {
		acceptor.accept(label, (ITextModification) (diagnostic, element, document) -> edits(fix, diagnostic, element,
				document));
	}

	private List<TextEdit> edits(Fix fix, Diagnostic diagnostic, EObject element, Document document) {
		if (element == null || !(element.eResource() instanceof XtextResource resource)
				|| resource.getParseResult() == null) {
			return List.of();
		}
		KeywordLanguage language = translator.dominantLanguage(resource.getParseResult().getRootNode());
		FixEdits edits = new FixEdits(document, language, keywords);
		try {
			fix.apply(edits, element, IssueData.of(diagnostic));
		} catch (RuntimeException e) {
			LOG.error("quick fix failed for " + diagnostic.getCode(), e);
			return List.of();
		}
		return edits.edits();
	}

	// ------------------------------------------------------------------ names

	/**
	 * The shortest name by which {@code target} can be referred to from {@code context} through
	 * {@code reference}; the fully qualified name when no shorter one resolves.
	 */
	protected String referenceName(EObject context, EReference reference, EObject target) {
		QualifiedName full = qualifiedNames.getFullyQualifiedName(target);
		if (full == null) {
			return "";
		}
		IScope scope = scopeProvider.getScope(context, reference);
		Resource resource = target.eResource();
		for (int skip = full.getSegmentCount() - 1; skip > 0; skip--) {
			QualifiedName candidate = full.skipFirst(skip);
			IEObjectDescription found = scope.getSingleElement(candidate);
			if (found != null && resource != null && found.getEObjectURI().equals(EcoreUtil.getURI(target))) {
				return written(candidate);
			}
		}
		return written(full);
	}

	/** A qualified name as source: segments that are keywords get the escape {@code ^}. */
	protected String written(QualifiedName name) {
		return name.getSegments().stream().map(s -> keywords.languageOf(s) != null ? "^" + s : s)
				.collect(Collectors.joining("."));
	}

	// ------------------------------------------------------------------ where fixes insert

	/** The last member of the given type directly in the notice, or {@code null}. */
	protected static EObject last(Notice notice, Class<? extends EObject> type) {
		EObject found = null;
		for (EObject member : notice.getMembers()) {
			if (type.isInstance(member)) {
				found = member;
			}
		}
		return found;
	}

	@SafeVarargs
	protected static EObject lastOf(List<? extends EObject> members, Class<? extends EObject>... types) {
		EObject found = null;
		for (EObject member : members) {
			for (Class<? extends EObject> type : types) {
				if (type.isInstance(member)) {
					found = member;
				}
			}
		}
		return found;
	}

	/** Inserts after the notice's opening lines (title, languages, dates, version, change log, uses). */
	protected static void insertAfterHeader(FixEdits edits, Notice notice, Lines lines) {
		EObject header = null;
		for (EObject member : notice.getMembers()) {
			if (member instanceof Title || member instanceof Languages || member instanceof DateEntry
					|| member instanceof Version || member instanceof Change || member instanceof Use) {
				header = member;
			} else {
				break;
			}
		}
		if (header != null) {
			edits.insertAfter(header, lines);
		} else {
			edits.prependMembers(notice, lines);
		}
	}

	// ------------------------------------------------------------------ what several concerns insert

	protected static final Set<SafeguardKind> SAFEGUARDS = EnumSet.complementOf(EnumSet.of(SafeguardKind.NONE_STATED));

	protected static String safeguardLine(EObject context, SafeguardKind safeguard) {
		String line = "suojatoimi " + safeguard.getLiteral();
		if (safeguard == SafeguardKind.DEROGATION) {
			line += " " + text(context, Missing.DEROGATION.placeholders());
		}
		if (needsCopy(safeguard)) {
			line += " kopio " + text(context, Missing.SAFEGUARD_COPY.placeholders());
		}
		return line;
	}

	protected static boolean needsCopy(SafeguardKind safeguard) {
		return safeguard == SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES
				|| safeguard == SafeguardKind.BINDING_CORPORATE_RULES;
	}

	protected static Lines authorityDetails(EObject context) {
		return new Lines()
				.add(0, "nimi " + text(context, Wording.ombudsmanName()))
				.add(0, "osoite " + quote(DataProtectionOmbudsman.ADDRESS))
				.add(0, "postiosoite " + quote(DataProtectionOmbudsman.POSTAL_ADDRESS))
				.add(0, "puhelin " + quote(DataProtectionOmbudsman.PHONE))
				.add(0, "sähköposti " + quote(DataProtectionOmbudsman.EMAIL))
				.add(0, "verkkosivu " + quote(DataProtectionOmbudsman.WEBSITE));
	}

	protected static Lines automatedProcessing(EObject context, String kind) {
		return new Lines().add(0, kind + " käytössä {")
				.addAll(1, automatedDetails(context, EnumSet.allOf(AutomatedDetailKind.class)))
				.add(0, "}");
	}

	protected static Lines automatedDetails(EObject context, Set<AutomatedDetailKind> kinds) {
		Lines lines = new Lines();
		for (AutomatedDetailKind kind : kinds) {
			Missing missing = switch (kind) {
				case LOGIC -> Missing.LOGIC;
				case SIGNIFICANCE -> Missing.SIGNIFICANCE;
				case CONSEQUENCES -> Missing.ENVISAGED_CONSEQUENCES;
			};
			lines.add(0, kind.getLiteral() + " " + text(context, missing.placeholders()));
		}
		return lines;
	}

	/** The purposes that may use a category: those of its register, else of its notice. */
	protected static List<Purpose> purposesNear(DataCategory category) {
		Register register = within(category, Register.class);
		if (register != null) {
			return Selostes.purposes(register);
		}
		EObject scope = within(category, Notice.class) != null ? within(category, Notice.class)
				: EcoreUtil2.getRootContainer(category);
		return EcoreUtil2.getAllContentsOfType(scope, Purpose.class);
	}

	protected void offerUseInPurpose(DiagnosticResolutionAcceptor acceptor, String key, DataCategory category,
			Purpose purpose) {
		String purposeName = purpose.getName();
		String categoryName = category.getName();
		accept(acceptor, label(key, categoryName, purposeName), (edits, element, data) -> {
			DataCategory target = within(element, DataCategory.class);
			Purpose chosen = purposesNear(target).stream().filter(p -> purposeName.equals(p.getName())).findFirst()
					.orElseThrow();
			String name = referenceName(chosen, Literals.DATA_REFS__CATEGORIES, target);
			List<DataRefs> refs = members(chosen.getMembers(), DataRefs.class);
			if (refs.isEmpty()) {
				EObject after = lastOf(chosen.getMembers(), LegalBasis.class, SpecialCondition.class);
				if (after != null) {
					edits.insertAfter(after, Lines.of("tiedot " + name));
				} else {
					edits.prependMembers(chosen, Lines.of("tiedot " + name));
				}
			} else {
				edits.insert(end(node(refs.get(refs.size() - 1))), ", " + name);
			}
		});
	}

	// ------------------------------------------------------------------ which methods fix what

	/** The methods of this concern's class that fix the diagnostic's check ({@link Fixes}). */
	@Override
	public List<Method> getFixMethods(Diagnostic diagnostic) {
		String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
		return fixMethods(getClass()).stream().filter(m -> m.getAnnotation(Fixes.class).value().code().equals(code))
				.toList();
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return !getFixMethods(diagnostic).isEmpty();
	}

	/** The fix methods of a class of quick fixes: public, annotated with {@link Fixes}. */
	public static List<Method> fixMethods(Class<?> fixes) {
		return FIX_METHODS.get(fixes);
	}

	/** Found once per class: every diagnostic of every code action asks for them. */
	private static final ClassValue<List<Method>> FIX_METHODS = new ClassValue<>() {
		@Override
		protected List<Method> computeValue(Class<?> fixes) {
			return Arrays.stream(fixes.getMethods()).filter(m -> m.isAnnotationPresent(Fixes.class)).toList();
		}
	};
}
