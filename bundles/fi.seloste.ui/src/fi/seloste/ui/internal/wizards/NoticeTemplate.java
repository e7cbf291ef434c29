package fi.seloste.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

import fi.seloste.formatting2.SelosteFormatting;
import fi.seloste.keywords.KeywordLanguage;

/**
 * The text of a new notice: a small but complete notice (it validates without errors) with realistic
 * example values the author replaces, in Finnish or English keywords, in canonical layout.
 */
public final class NoticeTemplate {

	private NoticeTemplate() {
	}

	public static String text(Injector injector, KeywordLanguage language, String fileName, LocalDate today) {
		String template = read(language == KeywordLanguage.FINNISH ? "notice-fi.seloste" : "notice-en.seloste");
		String text = template.replace("NOTICE_NAME", noticeName(fileName, language))
				.replace("TODAY", today.toString());
		return format(injector, text);
	}

	/** A notice name from a file name: {@code asiakas-rekisteri.seloste} gives {@code AsiakasRekisteri}. */
	static String noticeName(String fileName, KeywordLanguage language) {
		String base = fileName.endsWith(".seloste") ? fileName.substring(0, fileName.length() - 8) : fileName;
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : base.toCharArray()) {
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || "äöåÄÖÅ".indexOf(c) >= 0;
			boolean digit = c >= '0' && c <= '9';
			if (letter || (digit && !name.isEmpty())) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.isEmpty()) {
			return language == KeywordLanguage.FINNISH ? "Tietosuojaseloste" : "PrivacyNotice";
		}
		return name.toString();
	}

	/** The formatter's layout, so a new file is already what {@code seloste format} would make it. */
	private static String format(Injector injector, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("template.seloste"));
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return injector.getInstance(SelosteFormatting.class).format(resource);
	}

	private static String read(String name) {
		try (InputStream in = NoticeTemplate.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
