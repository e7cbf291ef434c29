package fi.seloste.tests.generator.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.EcoreUtil2;

import fi.seloste.generator.Labels;
import fi.seloste.generator.RetentionText;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Text;

/**
 * What the outputs should show of the resolved model's facts, as text. A generated party is named by
 * its identifier, a token ({@code Kavetox}) that also appears in its label and name and nowhere else,
 * so "does this output name the party" is a substring search.
 */
final class Facts {

	private Facts() {
	}

	static String token(Party party) {
		return party.getName();
	}

	static Set<String> tokens(List<ResolvedRecipient> recipients) {
		Set<String> tokens = new TreeSet<>();
		recipients.forEach(r -> tokens.add(token(r.party())));
		return tokens;
	}

	/** The tokens of the notice's parties that occur in the text. */
	static Set<String> partiesIn(String text, Notice notice) {
		Set<String> found = new TreeSet<>();
		for (Party party : Selostes.parties(notice)) {
			if (text.contains(token(party))) {
				found.add(token(party));
			}
		}
		return found;
	}

	/** Every retention statement of the notice, wherever stated. */
	static List<Retention> retentions(Notice notice) {
		return EcoreUtil2.getAllContentsOfType(notice, Retention.class);
	}

	/** The period as the document formats write it in the language: the labels' wording, or the criteria text. */
	static String retentionText(Retention retention, Language language) {
		if (retention.getPeriod() instanceof CriteriaPeriod criteria) {
			return text(criteria.getText(), language);
		}
		return RetentionText.of(retention.getPeriod(), Labels.of(language));
	}

	/** A text in the language, else in the notice's first language, as the formats fall back. */
	static String text(Text text, Language language) {
		Map<Language, String> variants = Texts.variants(text);
		if (variants.containsKey(language)) {
			return variants.get(language);
		}
		return Texts.firstValue(text);
	}

	static String label(String key, Language language) {
		return Labels.of(language).get(key);
	}
}
