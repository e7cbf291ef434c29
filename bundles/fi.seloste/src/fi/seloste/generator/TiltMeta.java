package fi.seloste.generator;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Version;

/**
 * TILT's {@code meta}, without {@code _hash} (computed over the finished document).
 * <p>
 * {@code created} is the notice's creation date, else its effective or updated date;
 * {@code modified} its updated date, else its effective or creation date: all dates of the notice
 * as its author stated them. The schema's pattern needs at least a year, so {@code ""} is not
 * valid; a notice without any date gets {@link #NO_DATE}, reported as a loss.
 */
final class TiltMeta {

	/**
	 * The empty form of a required date: year 0000, the smallest value the schema's ISO 8601 pattern
	 * accepts and one no notice can bear, so that it reads as "not stated" and never as a date of the notice.
	 */
	static final String NO_DATE = "0000";

	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*v?(\\d{1,9})");

	private final TiltContext context;

	TiltMeta(TiltContext context) {
		this.context = context;
	}

	Map<String, Object> build() {
		var notice = context.notice;
		Map<String, Object> meta = Json.object();
		meta.put("_id", notice.getName());
		meta.put("name", Selostes.members(notice.getMembers(), Title.class).stream().findFirst()
				.map(t -> context.text(t.getText())).orElse(notice.getName()));
		Optional<String> updated = date(DateKind.UPDATED).or(() -> date(DateKind.EFFECTIVE));
		Optional<String> created = date(DateKind.CREATED).or(() -> date(DateKind.EFFECTIVE)).or(() -> updated);
		meta.put("created", created.orElseGet(() -> context.empty("meta.created", "no date stated", NO_DATE)));
		meta.put("modified", updated.or(() -> created).orElseGet(() -> context.empty("meta.modified", "no date stated", NO_DATE)));
		meta.put("version", version());
		meta.put("language", context.language.getLiteral());
		meta.put("status", "active");
		meta.put("url", context.requiredUri(context.detail(notice.getMembers(), DetailKind.WEBSITE), "meta.url", "the notice"));
		return meta;
	}

	private Optional<String> date(DateKind kind) {
		return Selostes.members(context.notice.getMembers(), DateEntry.class).stream().filter(d -> d.getKind() == kind)
				.findFirst().map(d -> SelosteJsonFormat.date(d.getDate()));
	}

	/** The leading number of the notice's version ("2.0" → 2); 1, TILT's minimum, when there is none. */
	private int version() {
		Optional<Version> version = Selostes.members(context.notice.getMembers(), Version.class).stream().findFirst();
		if (version.isEmpty()) {
			return context.empty("meta.version", "no version stated", 1);
		}
		Matcher m = LEADING_NUMBER.matcher(version.get().getVersion());
		if (m.find() && Integer.parseInt(m.group(1)) >= 1) {
			return Integer.parseInt(m.group(1));
		}
		return context.empty("meta.version", "version \"" + version.get().getVersion() + "\" does not start with a number from 1", 1);
	}
}
