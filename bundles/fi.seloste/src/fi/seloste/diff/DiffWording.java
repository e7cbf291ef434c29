package fi.seloste.diff;

import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.law.LegalWording;
import fi.seloste.seloste.Language;

/**
 * The texts of the diff's reports in one language ({@code diff{,_fi,_sv}.properties}), and the
 * reason of a material change with its provision worded by {@link fi.seloste.law.Citation}.
 */
public final class DiffWording {

	private static final String BUNDLE = "fi.seloste.diff.diff";

	private final Language language;
	private final ResourceBundle bundle;

	private DiffWording(Language language) {
		this.language = language;
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale(language), DiffWording.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static DiffWording of(Language language) {
		return new DiffWording(language);
	}

	public Language language() {
		return language;
	}

	public String get(String key) {
		return bundle.getString(key);
	}

	public String format(String key, Object... arguments) {
		return LegalWording.fill(get(key), arguments);
	}

	public String subject(Subject subject) {
		return get("subject." + subject.name());
	}

	public String type(ChangeType type) {
		return get("type." + type.name());
	}

	/** The reason in words, without its provision. */
	public String reason(MaterialReason reason) {
		return get("reason." + reason.name());
	}

	/** The provision of a reason in this language's citation style. */
	public String citation(MaterialReason reason) {
		return reason.cite().in(language);
	}

	/** "A new purpose: … (GDPR Art 13(3), 14(4))." */
	public String explanation(MaterialReason reason) {
		return reason(reason) + " (" + citation(reason) + ").";
	}

	/**
	 * A change's path with each kind of element in this language; the names stay as written. A path's
	 * segments are "WORD NAME" (see {@link Subject#pathWord()}).
	 */
	public String path(String path) {
		StringBuilder shown = new StringBuilder();
		for (String segment : path.split(" / ")) {
			if (!shown.isEmpty()) {
				shown.append(" / ");
			}
			int space = segment.indexOf(' ');
			String word = space < 0 ? segment : segment.substring(0, space);
			Subject subject = bySegmentWord(word);
			shown.append(subject == null ? word : get("word." + subject.name()));
			if (space >= 0) {
				shown.append(segment.substring(space));
			}
		}
		return shown.toString();
	}

	private static Subject bySegmentWord(String word) {
		for (Subject subject : Subject.values()) {
			if (subject.pathWord().equals(word)) {
				return subject;
			}
		}
		return null;
	}

	private static Locale locale(Language language) {
		return switch (language) {
			case FI -> Locale.of("fi");
			case SV -> Locale.of("sv");
			case EN -> Locale.ROOT;
		};
	}
}
