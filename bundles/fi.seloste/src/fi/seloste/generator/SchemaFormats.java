package fi.seloste.generator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Whether a value the author wrote may go into a JSON field declared {@code "format": "email"} or
 * {@code "uri-reference"} (TILT): a value that does not fit is left out and reported as a loss, never
 * repaired. The rules are stricter than the schemas' validators where those differ among themselves:
 * plain ASCII, a dot-atom mailbox at a host name with an alphabetic top-level label (RFC 5321 4.1.2
 * without quoted local parts or address literals), and a URI reference of RFC 3986's characters only.
 */
final class SchemaFormats {

	private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
	private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
	private static final Pattern MAILBOX = Pattern.compile(
			"^" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}$");
	/** RFC 3986: unreserved, gen-delims without brackets, sub-delims, and percent-encodings. */
	private static final Pattern URI_CHARACTERS = Pattern.compile("^(?:[A-Za-z0-9\\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$");

	private SchemaFormats() {
	}

	static boolean isEmail(String value) {
		int at = value.indexOf('@');
		return at > 0 && at <= 64 && value.length() - at - 1 <= 253 && MAILBOX.matcher(value).matches();
	}

	static boolean isUriReference(String value) {
		if (!URI_CHARACTERS.matcher(value).matches() || value.indexOf('#') != value.lastIndexOf('#')) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return uri.getPort() <= 65535;
		} catch (URISyntaxException e) {
			return false;
		}
	}
}
