package fi.seloste.generator;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON writer for the machine-readable formats: objects are {@link Map}s written in their
 * iteration order (use {@link #object()}, insertion-ordered), arrays are {@link List}s, and values are
 * strings, numbers, booleans or {@code null}. The layout is fixed (2-space indent, {@code ": "}
 * after keys, a trailing newline) so that the same tree always gives the same bytes.
 */
public final class Json {

	private Json() {
	}

	/** A new insertion-ordered object. */
	public static Map<String, Object> object() {
		return new LinkedHashMap<>();
	}

	/** The value laid out with 2-space indentation, ending with a newline. */
	public static String pretty(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value, "  ", 0);
		return out.append('\n').toString();
	}

	/** The value without any whitespace, keys in the order given (sort them first for a canonical form). */
	public static String compact(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value, null, 0);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value, String indent, int depth) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			string(out, s);
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				newline(out, indent, depth + 1);
				string(out, (String) entry.getKey());
				out.append(indent == null ? ":" : ": ");
				write(out, entry.getValue(), indent, depth + 1);
				if (entries.hasNext()) {
					out.append(',');
				}
			}
			newline(out, indent, depth);
			out.append('}');
		} else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				out.append("[]");
				return;
			}
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				newline(out, indent, depth + 1);
				write(out, list.get(i), indent, depth + 1);
				if (i < list.size() - 1) {
					out.append(',');
				}
			}
			newline(out, indent, depth);
			out.append(']');
		} else {
			throw new IllegalArgumentException("not a JSON value: " + value.getClass());
		}
	}

	private static void newline(StringBuilder out, String indent, int depth) {
		if (indent != null) {
			out.append('\n').append(indent.repeat(depth));
		}
	}

	private static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
