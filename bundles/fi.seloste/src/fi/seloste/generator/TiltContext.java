package fi.seloste.generator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.law.Countries;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Text;

/**
 * What the parts of one TILT document share: the notice and its resolved meaning ({@link ResolvedNotice}:
 * which bases, data, retention and recipients apply to each purpose), read in the document's language,
 * the labels of that language, and the losses met so far. Every required field the notice leaves empty goes
 * through {@link #empty}, so that it is both written in the schema's empty form and reported.
 */
final class TiltContext {

	/** TILT's phone pattern; a phone in another form is left out (the field is optional). */
	private static final Pattern PHONE = Pattern.compile("^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\\s\\./0-9]*$");

	/**
	 * The empty form of a required e-mail: {@code ""} fails the schema's {@code format: email}; an
	 * empty quoted local part at the domain {@code invalid}, which RFC 2606 reserves so that it can
	 * never be anyone's address, passes it (RFC 5321 allows the empty quoted string).
	 */
	static final String NO_EMAIL = "\"\"@invalid";

	/** The empty form of a required country: ISO 3166-1's user-assigned code for an unknown country. */
	static final String NO_COUNTRY = "ZZ";

	final Notice notice;
	final ResolvedNotice resolved;
	final Language language;
	final Labels labels;
	private final Set<LossEntry> losses = new LinkedHashSet<>();

	TiltContext(Notice notice, Language language) {
		this.notice = notice;
		this.resolved = ResolvedNotice.of(notice);
		this.language = language;
		this.labels = Labels.of(language);
	}

	/** Records that the field at {@code path} is not stated and returns its empty {@code form}. */
	<T> T empty(String path, String reason, T form) {
		lost(path, reason);
		return form;
	}

	/** Records that the field (or object) at {@code path} is not stated. */
	void lost(String path, String reason) {
		losses.add(new LossEntry(path, reason));
	}

	/** The value, or the empty {@code ""} and a loss when the notice leaves it empty. */
	String required(String value, String path, String reason) {
		return value.isEmpty() ? empty(path, reason, "") : value;
	}

	/** The losses in the order first met, each once. */
	List<LossEntry> losses() {
		return List.copyOf(losses);
	}

	/** A text in the document's language, else in the notice's first language; {@code ""} for none. */
	String text(Text text) {
		if (text == null) {
			return "";
		}
		Map<Language, String> variants = Texts.variants(text);
		String value = variants.get(language);
		return value != null ? value : Texts.firstValue(text);
	}

	String detail(List<? extends EObject> members, DetailKind kind) {
		return Selostes.details(members, kind).stream().findFirst().map(d -> text(d.getValue())).orElse("");
	}

	/** The street address, else the postal address. */
	String address(List<? extends EObject> members) {
		String address = detail(members, DetailKind.ADDRESS);
		return address.isEmpty() ? detail(members, DetailKind.POSTAL_ADDRESS) : address;
	}

	/** The stated country code; {@code ""} when none or not an ISO 3166-1 code. */
	String country(List<? extends EObject> members) {
		String code = detail(members, DetailKind.COUNTRY);
		return Countries.isCode(code) ? code : "";
	}

	/** The stated e-mail, or {@link #NO_EMAIL} and a loss when none (or none TILT accepts) is stated. */
	String requiredEmail(List<? extends EObject> members, String path, String whose) {
		String email = detail(members, DetailKind.EMAIL);
		if (SchemaFormats.isEmail(email)) {
			return email;
		}
		return empty(path, email.isEmpty() ? "no e-mail of " + whose + " stated" : "e-mail of " + whose + " not an address", NO_EMAIL);
	}

	/**
	 * Puts the stated e-mail into an object where it is optional, when TILT accepts it; one it does not
	 * accept is left out and reported at {@code path}.
	 */
	void optionalEmail(Map<String, Object> o, List<? extends EObject> members, String path, String whose) {
		String email = detail(members, DetailKind.EMAIL);
		if (SchemaFormats.isEmail(email)) {
			o.put("email", email);
		} else if (!email.isEmpty()) {
			lost(path, "e-mail of " + whose + " not an address");
		}
	}

	/** A required web address: the stated one when it is a URI reference, else {@code ""} and a loss. */
	String requiredUri(String value, String path, String whose) {
		if (value.isEmpty()) {
			return empty(path, "no web address of " + whose + " stated", "");
		}
		return SchemaFormats.isUriReference(value) ? value : empty(path, "web address of " + whose + " not a URI", "");
	}

	/** Puts the stated phone into an object (always optional in TILT), when it has TILT's form. */
	void phone(Map<String, Object> o, List<? extends EObject> members) {
		String phone = detail(members, DetailKind.PHONE);
		if (!phone.isEmpty() && PHONE.matcher(phone).matches()) {
			o.put("phone", phone);
		}
	}
}
