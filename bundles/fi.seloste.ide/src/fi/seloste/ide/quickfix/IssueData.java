package fi.seloste.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The issue data a validator attached to a diagnostic. In process it is the {@code String[]} of the
 * Xtext issue; from a language client it comes back as a list or a gson {@link JsonArray}.
 */
public final class IssueData {

	private IssueData() {
	}

	public static List<String> of(Diagnostic diagnostic) {
		return diagnostic == null ? List.of() : of(diagnostic.getData());
	}

	public static List<String> of(Object data) {
		List<String> values = new ArrayList<>();
		if (data instanceof String[] array) {
			values.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			array.forEach(element -> values.add(string(element)));
		} else if (data instanceof Iterable<?> iterable) {
			iterable.forEach(element -> values.add(element instanceof JsonElement json ? string(json) : String.valueOf(element)));
		} else if (data instanceof JsonElement element && !element.isJsonNull()) {
			values.add(string(element));
		} else if (data instanceof String string) {
			values.add(string);
		}
		return values;
	}

	/** The first value, or {@code null}. */
	public static String first(Diagnostic diagnostic) {
		List<String> values = of(diagnostic);
		return values.isEmpty() ? null : values.get(0);
	}

	private static String string(JsonElement element) {
		return element instanceof JsonPrimitive primitive ? primitive.getAsString() : element.toString();
	}
}
