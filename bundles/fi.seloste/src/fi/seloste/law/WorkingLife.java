package fi.seloste.law;

import java.util.regex.Pattern;

/**
 * Words of the Act on the Protection of Privacy in Working Life (laki yksityisyyden suojasta
 * työelämässä 759/2004): who it protects (employees, and job applicants, 2 §), the tests of 13 §, and a
 * statement of the person's consent. Read from labels and free text, in Finnish, Swedish and English.
 */
public final class WorkingLife {

	private static final Pattern EMPLOYEE = Pattern.compile(
			"(?iuU)työntekijä|työntekijö|henkilöstö|henkilökun|employee|\\bstaff\\b|personnel|arbetstagare|anställd");

	private static final Pattern APPLICANT = Pattern.compile(
			"(?iuU)hakija|työnhak|applicant|candidate|job seeker|arbetssökande|sökande");

	private static final Pattern TESTS = Pattern.compile("(?iuU)soveltuvuusarvi|soveltuvuustest|soveltuvuuden arvi"
			+ "|persoonallisuustest|persoonallisuusarvi|psykologi\\p{L}* (?:testi|arvi)|henkilöarvi"
			+ "|aptitude|personality (?:test|assessment)|psychometric|lämplighetsbedömning|lämplighetstest|personlighetstest");

	private static final Pattern CONSENT = Pattern.compile("(?iuU)suostum|\\bluva(?:n|lla)\\b|\\blupa\\b|consent|permission"
			+ "|samtyck|tillstånd");

	private WorkingLife() {
	}

	/** Whether a data subject group's label names employees (staff, personnel). */
	public static boolean employees(String label) {
		return EMPLOYEE.matcher(label).find();
	}

	/** Whether a label names employees or job applicants, whom the Act protects alike. */
	public static boolean employeesOrApplicants(String label) {
		return employees(label) || APPLICANT.matcher(label).find();
	}

	/** Whether a text speaks of aptitude, personality or psychological tests (13 §). */
	public static boolean mentionsTests(String text) {
		return TESTS.matcher(text).find();
	}

	/** Whether a text states the person's consent or permission. */
	public static boolean mentionsConsent(String text) {
		return CONSENT.matcher(text).find();
	}
}
