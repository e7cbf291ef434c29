package fi.seloste.tests.generator.agreement;

import java.util.List;
import java.util.Map;

import fi.seloste.seloste.Language;
import fi.seloste.seloste.Retention;

/**
 * The generator's promise that the checks rely on: no two retention statements of a notice read alike
 * (one's text is not part of another's), so that a period found in an output is the one stated there.
 */
public final class DistinctRetention implements AgreementCheck {

	static final String DISTINCT = "generator.distinctRetention";

	@Override
	public Map<String, String> properties() {
		return Map.of(DISTINCT, "no retention period's text is part of another's in the same notice (a precondition of the retention properties)");
	}

	@Override
	public void check(Sample sample, Findings findings) {
		findings.checked(DISTINCT, sample);
		List<Retention> retentions = Facts.retentions(sample.notice());
		for (Language language : sample.languages()) {
			for (Retention a : retentions) {
				for (Retention b : retentions) {
					String textA = Facts.retentionText(a, language);
					if (a != b && Facts.retentionText(b, language).contains(textA)) {
						findings.violated(DISTINCT, sample, "\"" + textA + "\" is part of \""
								+ Facts.retentionText(b, language) + "\" (" + language.getLiteral() + ")");
					}
				}
			}
		}
	}
}
