package fi.seloste.generator;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Whether a value the author wrote may go into a JSON field declared {@code "format": "email"} or
 * {@code "uri-reference"} (TILT): a value that does not fit is left out and reported as a loss, never
 * repaired. The rules are stricter than the schemas' validators where those differ among themselves:
 * an ASCII dot-atom mailbox (RFC 5321 4.1.2 without quoted local parts or address literals) at a host
 * name with an alphabetic top-level label, and a URI reference of RFC 3986's characters only. The host
 * may be an internationalised domain name ({@code tietosuoja@kahvila-ä.fi}): it is accepted when its
 * ASCII form ({@link IDN#toASCII}) is such a host name, and written as the author wrote it (the TILT
 * schema's validator, networknt, accepts it for {@code email}).
 */
final class SchemaFormats {

	private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
	private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
	private static final Pattern LOCAL_PART = Pattern.compile("^" + ATOM + "(?:\\." + ATOM + ")*$");
	/** A host name in ASCII: its top-level label alphabetic, or the A-label of an internationalised one. */
	private static final Pattern HOST = Pattern.compile("^(?:" + LABEL + "\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$");
	/** RFC 3986: unreserved, gen-delims without brackets, sub-delims, and percent-encodings. */
	private static final Pattern URI_CHARACTERS = Pattern.compile("^(?:[A-Za-z0-9\\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$");

	private SchemaFormats() {
	}

	static boolean isEmail(String value) {
		int at = value.lastIndexOf('@');
		if (at <= 0 || at > 64 || !LOCAL_PART.matcher(value.substring(0, at)).matches()) {
			return false;
		}
		String written = value.substring(at + 1);
		String host;
		try {
			host = IDN.toASCII(written, IDN.USE_STD3_ASCII_RULES);
		} catch (IllegalArgumentException e) {
			return false;
		}
		// the name as written, not one the conversion mapped it to (full-width letters, an ideographic full stop)
		return host.length() <= 253 && HOST.matcher(host).matches()
				&& IDN.toUnicode(host, IDN.USE_STD3_ASCII_RULES).equalsIgnoreCase(written);
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
