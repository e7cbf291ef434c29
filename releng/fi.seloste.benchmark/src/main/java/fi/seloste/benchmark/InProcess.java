package fi.seloste.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.NoticeRendering;
import fi.seloste.generator.OutputFile;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;

/**
 * Seloste in process as the command line runs it: its injector, a text parsed and linked in a resource set
 * of its own, validated, and rendered through the generator's public API ({@link NoticeFormats},
 * {@link NoticeRendering}).
 */
public final class InProcess {

	/** A text parsed, linked and validated. */
	public record Loaded(XtextResource resource, List<Issue> issues) {

		public List<Notice> notices() {
			return resource.getContents().isEmpty() ? List.of()
					: NoticeRendering.notices((SelosteFile) resource.getContents().get(0));
		}

		public boolean syntaxErrors() {
			return resource.getContents().isEmpty() || resource.getParseResult().hasSyntaxErrors();
		}
	}

	private static final Injector INJECTOR = CliInjector.get();
	private static final NoticeFormats FORMATS = INJECTOR.getInstance(NoticeFormats.class);

	private InProcess() {
	}

	/** The file of the shipped example the in-process rows measure (self-contained, English and Finnish). */
	public static String exampleText() {
		return read(Repository.home().resolve("examples/privacy-notice.seloste"));
	}

	/** Parses and links the text as a file of its own (beside the others given, e.g. an organisation) and validates it. */
	public static Loaded load(Path file, String text, Map<Path, String> others) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		others.forEach((path, content) -> add(set, path, content));
		XtextResource resource = add(set, file, text);
		EcoreUtil.resolveAll(set);
		List<Issue> issues = INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		return new Loaded(resource, issues);
	}

	/** Parses and links files together in one resource set (a folder, as the command line reads it) and validates each. */
	public static Map<Path, Loaded> loadAll(Map<Path, String> files) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		Map<Path, XtextResource> resources = new java.util.LinkedHashMap<>();
		files.forEach((path, content) -> resources.put(path, add(set, path, content)));
		EcoreUtil.resolveAll(set);
		IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
		Map<Path, Loaded> loaded = new java.util.LinkedHashMap<>();
		resources.forEach((path, resource) -> loaded.put(path,
				new Loaded(resource, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl))));
		return loaded;
	}

	/** The files of a notice in the given formats ({@code html}, {@code json}, {@code md}, {@code pdf}, …), its own languages. */
	public static List<OutputFile> render(Notice notice, String... formatIds) {
		List<NoticeFormat> formats = new ArrayList<>();
		for (String id : formatIds) {
			formats.add(FORMATS.byId(id).orElseThrow(() -> new IllegalArgumentException("no format " + id)));
		}
		return NoticeRendering.render(notice, formats, null, (skipped, language) -> {
		});
	}

	private static XtextResource add(XtextResourceSet set, Path file, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
