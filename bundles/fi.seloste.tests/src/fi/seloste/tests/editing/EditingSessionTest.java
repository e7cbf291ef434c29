package fi.seloste.tests.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import fi.seloste.ide.editing.EditingSession;
import fi.seloste.ide.editing.ProjectFiles;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteIdeInjectorProvider;
import fi.seloste.tests.validation.ValidationAssert;

/**
 * An {@link EditingSession} finds, after every edit of the edited text and every change of another
 * file on disk, exactly the issues of a fresh check of the same texts in one resource set holding the
 * whole project, every file linked (as {@code seloste check} loads a project): byte for byte, in order.
 * The project: the organisation example (a notice using the organisation's declarations, edited) and
 * a notice of its own.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteIdeInjectorProvider.class)
class EditingSessionTest {

	private static final URI ORGANISATION = URI.createURI("memory:/project/organisation.seloste");
	private static final URI EDITED = URI.createURI("memory:/project/asiakasrekisteri.seloste");
	private static final URI OTHER = URI.createURI("memory:/project/tietosuojaseloste.seloste");
	private static final URI ADDED = URI.createURI("memory:/project/lisatty.seloste");

	@Inject
	private Injector injector;

	/** The project as saved: texts and a version each, bumped on every save. */
	private final Map<URI, String> saved = new LinkedHashMap<>();
	private final Map<URI, Object> versions = new LinkedHashMap<>();
	private int saves;
	private String text;

	private final ProjectFiles project = new ProjectFiles() {
		@Override
		public Map<URI, Object> versions() {
			return new LinkedHashMap<>(versions);
		}

		@Override
		public String savedText(URI file) throws IOException {
			String content = saved.get(file);
			if (content == null) {
				throw new IOException(file + " does not exist");
			}
			return content;
		}
	};

	private void save(URI file, String content) {
		saved.put(file, content);
		versions.put(file, ++saves);
	}

	private void delete(URI file) {
		saved.remove(file);
		versions.remove(file);
	}

	private EditingSession start() {
		save(ORGANISATION, Fixtures.read(Fixtures.examples().resolve("organisation/organisation.seloste")));
		text = Fixtures.read(Fixtures.examples().resolve("organisation/asiakasrekisteri.seloste"));
		save(EDITED, text);
		save(OTHER, Fixtures.read(Fixtures.examples().resolve("tietosuojaseloste.seloste")));
		return new EditingSession(injector, EDITED, project);
	}

	/** One step: an edit of the text being typed, or a change of another file on disk. */
	private record Step(String name, Runnable apply) {
	}

	private List<Step> steps() {
		List<Step> steps = new ArrayList<>();
		steps.add(edit("a keystroke in a description", t -> t.replaceFirst("ohjelmistokonsultointiyritys", "ohjelmistokonsultointiyrityss")));
		steps.add(edit("a reference broken", t -> t.replace("käytä Kuura.Tietosuojavaltuutettu", "käytä Kuura.Tietosuojavaltuutetu")));
		steps.add(edit("a reference repaired", t -> t.replace("käytä Kuura.Tietosuojavaltuutetu", "käytä Kuura.Tietosuojavaltuutettu")));
		steps.add(edit("a syntax error typed", t -> t.replaceFirst("\n\t\ttarkoitus ", "\n\t\ttarkoit ")));
		steps.add(edit("the syntax error mended", t -> t.replaceFirst("\n\t\ttarkoit ", "\n\t\ttarkoitus ")));
		steps.add(edit("a data category no purpose uses", t -> t.replaceFirst("\n\t\ttietoryhmä ", "\n\t\ttietoryhmä Turha \"turha\"\n\t\ttietoryhmä ")));
		steps.add(edit("the unused data category removed", t -> t.replace("\n\t\ttietoryhmä Turha \"turha\"", "")));
		steps.add(onDisk("an organisation declaration used by the notice renamed", () -> save(ORGANISATION,
				organisation().replace("käsittelijä Hosting ", "käsittelijä Hostaus "))));
		steps.add(onDisk("the organisation declaration named back", () -> save(ORGANISATION,
				organisation().replace("käsittelijä Hostaus ", "käsittelijä Hosting "))));
		steps.add(onDisk("the organisation's processor moved outside the EU/EEA", () -> save(ORGANISATION,
				organisation().replaceFirst("maa \"FI\"", "maa \"US\""))));
		steps.add(onDisk("the processor moved back", () -> save(ORGANISATION,
				organisation().replaceFirst("maa \"US\"", "maa \"FI\""))));
		steps.add(onDisk("the organisation file deleted", () -> delete(ORGANISATION)));
		steps.add(onDisk("the organisation file back", () -> save(ORGANISATION,
				Fixtures.read(Fixtures.examples().resolve("organisation/organisation.seloste")))));
		steps.add(onDisk("another notice changed", () -> save(OTHER, saved.get(OTHER).replaceFirst("kerromme", "kerrommme"))));
		steps.add(onDisk("a file added that declares the organisation again", () -> save(ADDED, "organisaatio Kuura {\n}\n")));
		steps.add(onDisk("the added file removed", () -> delete(ADDED)));
		steps.add(edit("the edited file saved", t -> {
			save(EDITED, t);
			return t;
		}));
		steps.add(edit("an organisation declared in the edited file", t -> t + "\norganisaatio Oma {\n\tkäsittelijä Oma1 \"oma\"\n}\n"));
		steps.add(edit("the organisation removed again", t -> t.contains("\norganisaatio Oma {") ? t.substring(0, t.indexOf("\norganisaatio Oma {")) : t));
		return steps;
	}

	/** The organisation file as saved, or as in the example when it has been deleted. */
	private String organisation() {
		return saved.getOrDefault(ORGANISATION, Fixtures.read(Fixtures.examples().resolve("organisation/organisation.seloste")));
	}

	private Step edit(String name, UnaryOperator<String> change) {
		return new Step(name, () -> text = change.apply(text));
	}

	private static Step onDisk(String name, Runnable change) {
		return new Step(name, change);
	}

	@Test
	void eachStepInTurnFindsWhatAFreshCheckFinds() throws IOException {
		EditingSession session = start();
		java.util.Set<List<String>> different = new java.util.HashSet<>();
		different.add(assertSameAsFresh(session, "the first check"));
		for (Step step : steps()) {
			step.apply().run();
			different.add(assertSameAsFresh(session, step.name()));
		}
		// the steps do change what is found: the comparisons are not of empty lists
		assertTrue(different.size() >= 6, () -> different.size() + " different results");
	}

	@Test
	void randomStepsFindWhatAFreshCheckFinds() throws IOException {
		EditingSession session = start();
		List<Step> steps = steps();
		Random random = new Random(15);
		for (int i = 0; i < 40; i++) {
			Step step = steps.get(random.nextInt(steps.size()));
			step.apply().run();
			assertSameAsFresh(session, "step " + i + ": " + step.name());
		}
	}

	@Test
	void aModelHandedOutStaysAsItWas() throws IOException {
		EditingSession session = start();
		EditingSession.Result first = session.check(text, CancelIndicator.NullImpl);
		String before = ValidationAssert.describe(first.issues());
		text = text.replace("käytä Kuura.Tietosuojavaltuutettu", "käytä Kuura.Tietosuojavaltuutetu");
		EditingSession.Result second = session.check(text, CancelIndicator.NullImpl);
		assertNotSame(first.resource(), second.resource());
		assertTrue(first.resource().getErrors().isEmpty(), () -> first.resource().getErrors().toString());
		assertEquals(before, ValidationAssert.describe(first.issues()));
	}

	@Test
	void theSameTextInTheSameProjectGivesTheSameModel() throws IOException {
		EditingSession session = start();
		EditingSession.Result first = session.check(text, CancelIndicator.NullImpl);
		// an editor reconciles its unchanged text again when it is activated; a quick fix may be using the model
		assertSame(first, session.check(text, CancelIndicator.NullImpl));
		save(OTHER, saved.get(OTHER).replaceFirst("kerromme", "kerrommme"));
		assertNotSame(first.resource(), session.check(text, CancelIndicator.NullImpl).resource());
	}

	@Test
	void aCancelledCheckFindsNothingAndTheNextOneIsRight() throws IOException {
		EditingSession session = start();
		assertEquals(null, session.check(text, () -> true));
		assertSameAsFresh(session, "after a cancelled check");
	}

	private List<String> assertSameAsFresh(EditingSession session, String step) throws IOException {
		EditingSession.Result result = session.check(text, CancelIndicator.NullImpl);
		List<String> found = lines(result.issues());
		assertEquals(lines(fresh()), found, step);
		return found;
	}

	/** The whole project in a new resource set, everything linked, the edited file validated. */
	private List<Issue> fresh() throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource edited = parse(set, EDITED, text);
		for (Map.Entry<URI, String> file : saved.entrySet()) {
			if (!file.getKey().equals(EDITED)) {
				parse(set, file.getKey(), file.getValue());
			}
		}
		EcoreUtil.resolveAll(set);
		return edited.getResourceServiceProvider().getResourceValidator().validate(edited, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	private static XtextResource parse(XtextResourceSet set, URI uri, String content) throws IOException {
		Resource resource = set.createResource(uri);
		resource.load(new LazyStringInputStream(content, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return (XtextResource) resource;
	}

	private static List<String> lines(List<Issue> issues) {
		return issues.stream().map(ValidationAssert::line).toList();
	}
}
