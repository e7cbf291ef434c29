package fi.seloste.law;

import java.util.regex.Pattern;

/**
 * Words of electronic direct marketing (laki sähköisen viestinnän palveluista 917/2014 200–202 §): the
 * electronic means, the conditions of the existing-customer exception (200 § 2 mom.), and marketing to
 * businesses (202 §), as notices write them in Finnish, Swedish and English.
 */
public final class ElectronicMarketing {

	private static final Pattern ELECTRONIC = Pattern.compile("(?iuU)sähköpost|sähköisesti|sähköisiä|sähköisen markk"
			+ "|tekstivie|\\bsms\\b|\\bmms\\b|e-?mail|newsletter|uutiskirje|nyhetsbrev|e-post|textmeddelande"
			+ "|push-?ilmoitu|push notification");

	/**
	 * The existing-customer exception named, its own-similar-products condition stated, or the Act itself
	 * cited: an author who cites it has stated on what terms the messages are sent.
	 */
	private static final Pattern EXISTING_CUSTOMER_EXCEPTION = Pattern.compile("(?iuU)200 ?§|917/2014|soft opt-?in"
			+ "|samankaltai\\p{L}* (?:tuott|palvel)|vastaavi\\p{L}* (?:tuott|palvel)|omi\\p{L}* vastaavi"
			+ "|similar (?:products|services)|liknande (?:produkter|tjänster)");

	/** Consent in words: the person subscribes or opts in ("uutiskirjeen tilaajat", "subscribe"). */
	private static final Pattern OPT_IN = Pattern.compile("(?iuU)suostum|tilaaja|tilaajaksi|tilauksen vaativ|tilaamalla"
			+ "|subscri|opt-?in|prenumer|consent|samtyck");

	private static final Pattern BUSINESSES = Pattern.compile("(?iuU)\\bb2b\\b|b2b-|business-to-business|\\bbusinesses\\b"
			+ "|yritysasiak|yhteisöasiak|yritysten|yrityksille|yhteisöjen|yhteisöille|customer organisations"
			+ "|business customer|business contact|corporate customer|företagskund|work e-?mail|työsähköpost");

	private ElectronicMarketing() {
	}

	/** Whether a text names an electronic means of marketing (e-mail, text message, newsletter …). */
	public static boolean electronic(String text) {
		return ELECTRONIC.matcher(text).find();
	}

	/** Whether a text states the existing-customer exception of 917/2014 200 § 2 mom. */
	public static boolean existingCustomerException(String text) {
		return EXISTING_CUSTOMER_EXCEPTION.matcher(text).find();
	}

	/** Whether a text says the person asked for the messages: consent, subscription, opt-in. */
	public static boolean optIn(String text) {
		return OPT_IN.matcher(text).find();
	}

	/** Whether a text says the marketing is to businesses and other legal persons (202 §). */
	public static boolean toBusinesses(String text) {
		return BUSINESSES.matcher(text).find();
	}
}
