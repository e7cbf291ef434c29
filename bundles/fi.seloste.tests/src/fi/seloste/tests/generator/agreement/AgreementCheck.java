package fi.seloste.tests.generator.agreement;

import java.util.Map;

/** The properties of one output format, checked against the resolved model of each sample. */
public interface AgreementCheck {

	/** The properties this check reports, {@code format.name} → what it asserts, in order. */
	Map<String, String> properties();

	void check(Sample sample, Findings findings);
}
