package fi.seloste.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fi.seloste.model.Dates;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.Notice;

/**
 * What a notice's change log and dates say about a new version: whether it records a change since an
 * earlier version of it, by a {@code muutos} entry or a {@code päivitetty} date later than anything
 * the earlier version dates.
 */
public final class ChangeLog {

	private ChangeLog() {
	}

	/**
	 * Whether {@code later} records a change since {@code earlier}: a later date of update, or a change
	 * entry dated after the earlier version's last date of update or change entry (any entry the
	 * earlier version lacks when it dates neither).
	 */
	public static boolean recordsChangeSince(Notice earlier, Notice later) {
		Optional<LocalDate> earlierUpdated = updated(earlier);
		Optional<LocalDate> laterUpdated = updated(later);
		if (laterUpdated.isPresent() && (earlierUpdated.isEmpty() || laterUpdated.get().isAfter(earlierUpdated.get()))) {
			return true;
		}
		Optional<LocalDate> earlierLast = Stream.concat(earlierUpdated.stream(), entryDates(earlier)).max(LocalDate::compareTo);
		if (earlierLast.isPresent()) {
			return entryDates(later).anyMatch(date -> date.isAfter(earlierLast.get()));
		}
		List<String> earlierEntries = entries(earlier).stream().map(ChangeLog::key).toList();
		return entries(later).stream().anyMatch(entry -> !earlierEntries.contains(key(entry)));
	}

	/** The notice's {@code päivitetty} date (the latest, if it states several), when it reads as a date. */
	public static Optional<LocalDate> updated(Notice notice) {
		return dates(notice, DateKind.UPDATED).max(LocalDate::compareTo);
	}

	/** The notice's {@code voimassa} date (the latest, if it states several), when it reads as a date. */
	public static Optional<LocalDate> effective(Notice notice) {
		return dates(notice, DateKind.EFFECTIVE).max(LocalDate::compareTo);
	}

	public static List<Change> entries(Notice notice) {
		return Selostes.members(notice.getMembers(), Change.class);
	}

	private static Stream<LocalDate> dates(Notice notice, DateKind kind) {
		return Selostes.members(notice.getMembers(), DateEntry.class).stream().filter(d -> d.getKind() == kind && d.getDate() != null)
				.flatMap(d -> Dates.parse(d.getDate()).stream());
	}

	private static Stream<LocalDate> entryDates(Notice notice) {
		return entries(notice).stream().filter(c -> c.getDate() != null).flatMap(c -> Dates.parse(c.getDate()).stream());
	}

	private static String key(Change entry) {
		return Dates.compact(String.valueOf(entry.getDate())) + "\n"
				+ String.join("\n", fi.seloste.model.Texts.allValues(entry.getText()));
	}
}
