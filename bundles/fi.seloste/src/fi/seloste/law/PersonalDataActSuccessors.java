package fi.seloste.law;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fi.seloste.law.RepealedLaw.Act;
import fi.seloste.law.RepealedLaw.Citation;

/**
 * The one table of what replaced a citation of the repealed Personal Data Act (henkilötietolaki
 * 523/1999), and its wording. A section is listed only where the provision in force certainly
 * covers what the section governed; section numbers never carry over (tietosuojalaki 8 § designates
 * the supervisory authority, not the conditions of processing). A section not listed, a section
 * cited with its moments or points, or a Swedish or English citation of a provision has no
 * successor here: the author must cite the provision in force.
 */
public final class PersonalDataActSuccessors {

	/**
	 * A section of the repealed act and the GDPR articles that now govern its subject.
	 *
	 * @param source why the correspondence is certain: the subject of both provisions
	 */
	public record Row(int section, String subject, List<Integer> gdprArticles, String source) {
	}

	/** The rows, by section of henkilötietolaki 523/1999 (Finlex); confirmed by the legal review of issue 9. */
	public static final Map<Integer, Row> SECTIONS = Map.of(
			8, new Row(8, "käsittelyn yleiset edellytykset", List.of(6),
					"HetiL 8 § lists the conditions of lawful processing (consent, contract, legal obligation, vital "
							+ "interests, ...); GDPR Art 6 (lawfulness of processing) sets them now"),
			10, new Row(10, "rekisteriseloste", List.of(13, 14, 30),
					"HetiL 10 § required a description of the register for the data subjects and the records; "
							+ "GDPR Art 13 and 14 (information) and Art 30 (records of processing activities) replace it"),
			24, new Row(24, "informointi tietojen käsittelystä", List.of(13, 14),
					"HetiL 24 § required informing the data subject; GDPR Art 13 (data collected from the data "
							+ "subject) and Art 14 (from elsewhere) govern it now"),
			26, new Row(26, "tarkastusoikeus", List.of(15),
					"HetiL 26 § gave the right of access; GDPR Art 15 (right of access) gives it now"));

	/**
	 * The act as a whole (no provision cited) was replaced by both: the GDPR applies directly and
	 * tietosuojalaki 1050/2018 specifies and supplements it (tietosuojalaki 1 §). Worded per case of
	 * the Finnish name, which the sentence around it governs.
	 */
	private static final Map<String, String> WHOLE_ACT_FI = Map.of(
			"ki", "EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018)",
			"in", "EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 ja tietosuojalain (1050/2018)",
			"issa", "EU:n yleisessä tietosuoja-asetuksessa (EU) 2016/679 ja tietosuojalaissa (1050/2018)",
			"ista", "EU:n yleisestä tietosuoja-asetuksesta (EU) 2016/679 ja tietosuojalaista (1050/2018)",
			"kiin", "EU:n yleiseen tietosuoja-asetukseen (EU) 2016/679 ja tietosuojalakiin (1050/2018)",
			"kia", "EU:n yleistä tietosuoja-asetusta (EU) 2016/679 ja tietosuojalakia (1050/2018)",
			"iksi", "EU:n yleiseksi tietosuoja-asetukseksi (EU) 2016/679 ja tietosuojalaiksi (1050/2018)");

	private static final String WHOLE_ACT_SV = "EU:s allmänna dataskyddsförordning (EU) 2016/679 och dataskyddslagen (1050/2018)";

	private static final String WHOLE_ACT_EN = "General Data Protection Regulation (EU) 2016/679 and Data Protection Act (1050/2018)";

	/** "8 §:ään" becomes "6 artiklaan": the case ending after the section sign, as "artikla" takes it. */
	private static final Map<String, String> ARTICLE_FORMS = Map.ofEntries(Map.entry("", "artikla"),
			Map.entry("n", "artiklan"), Map.entry("ssä", "artiklassa"), Map.entry("ssa", "artiklassa"),
			Map.entry("stä", "artiklasta"), Map.entry("sta", "artiklasta"), Map.entry("ään", "artiklaan"),
			Map.entry("aan", "artiklaan"), Map.entry("ää", "artiklaa"), Map.entry("aa", "artiklaa"),
			Map.entry("llä", "artiklalla"), Map.entry("lla", "artiklalla"), Map.entry("ksi", "artiklaksi"),
			Map.entry("t", "artiklat"));

	private PersonalDataActSuccessors() {
	}

	/** The citation of the provisions in force that replace a citation, where that is certain. */
	public static Optional<String> successor(Citation citation) {
		if (!citation.citesProvisions()) {
			return switch (citation.act()) {
				case FINNISH -> Optional.ofNullable(WHOLE_ACT_FI.get(citation.form()));
				case SWEDISH -> Optional.of(WHOLE_ACT_SV);
				case ENGLISH -> Optional.of(WHOLE_ACT_EN);
				case NUMBER -> Optional.empty();
			};
		}
		if (citation.act() != Act.FINNISH || citation.sections().isEmpty()
				|| !citation.sections().stream().allMatch(SECTIONS::containsKey)
				|| !ARTICLE_FORMS.containsKey(citation.suffix())) {
			return Optional.empty();
		}
		TreeSet<Integer> articles = citation.sections().stream().flatMap(s -> SECTIONS.get(s).gdprArticles().stream())
				.collect(Collectors.toCollection(TreeSet::new));
		// a provision is cited with the act in the genitive, whatever case the repealed act's name had
		return Optional.of("EU:n yleisen tietosuoja-asetuksen " + list(articles) + " " + ARTICLE_FORMS.get(citation.suffix()));
	}

	/** "13, 14 ja 30". */
	private static String list(TreeSet<Integer> numbers) {
		List<String> all = numbers.stream().map(String::valueOf).toList();
		return all.size() == 1 ? all.get(0)
				: String.join(", ", all.subList(0, all.size() - 1)) + " ja " + all.get(all.size() - 1);
	}
}
