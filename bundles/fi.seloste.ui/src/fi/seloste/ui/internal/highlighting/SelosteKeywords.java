package fi.seloste.ui.internal.highlighting;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EEnumLiteral;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.seloste.SelostePackage;
import fi.seloste.ui.internal.SelosteInjector;

/**
 * The words the editor colours as keywords: every Finnish and English keyword of the grammar, and the
 * output language codes ({@code fi}, {@code en}, {@code sv}), which are keywords but have no twin.
 */
public final class SelosteKeywords {

	private static volatile Set<String> all;

	private SelosteKeywords() {
	}

	/** All keywords, read once from the language (the first call creates the injector). */
	public static Set<String> all() {
		Set<String> result = all;
		if (result == null) {
			result = collect(SelosteInjector.get().getInstance(BilingualKeywords.class));
			all = result;
		}
		return result;
	}

	/**
	 * All keywords if the language is ready, else {@code null} without waiting: the UI thread of a
	 * starting workbench (a restored editor's colouring) must not create the injector.
	 */
	static Set<String> ifReady() {
		return all != null || SelosteInjector.isReady() ? all() : null;
	}

	static Set<String> collect(BilingualKeywords keywords) {
		Set<String> words = new LinkedHashSet<>();
		for (BilingualKeywords.Pair pair : keywords.pairs()) {
			words.add(pair.finnish());
			words.add(pair.english());
		}
		for (EEnumLiteral language : SelostePackage.Literals.LANGUAGE.getELiterals()) {
			words.add(language.getLiteral());
		}
		return Set.copyOf(words);
	}
}
