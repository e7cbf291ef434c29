package fi.seloste.tests.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the RoPA CSV, written for the tests so that they do not trust the
 * writer's own idea of the format: fields separated by commas, records ended by CRLF (also the last),
 * quoted fields with {@code ""} for a quote. Anything else fails with the position.
 */
public final class Rfc4180 {

	private Rfc4180() {
	}

	/** The records of a CSV text without its byte order mark. */
	public static List<List<String>> read(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		boolean fieldStart = true;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (fieldStart && c == '"') {
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new AssertionError("unterminated quoted field");
					}
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					field.append(q);
					i++;
				}
				fieldStart = false;
				if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
					throw new AssertionError("text after a closing quote at " + i);
				}
				continue;
			}
			if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStart = true;
				i++;
			} else if (c == '\r') {
				if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
					throw new AssertionError("CR without LF at " + i);
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				fieldStart = true;
				i += 2;
			} else if (c == '\n') {
				throw new AssertionError("LF without CR at " + i);
			} else if (c == '"') {
				throw new AssertionError("quote inside an unquoted field at " + i);
			} else {
				field.append(c);
				fieldStart = false;
				i++;
			}
		}
		if (!record.isEmpty() || field.length() > 0) {
			throw new AssertionError("the last record does not end with CRLF");
		}
		return records;
	}
}
