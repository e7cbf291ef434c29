package fi.seloste.ide.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * Problems as one JSON document: an array of objects with the keys file, line, column, severity,
 * code, message and fixes (the labels of the available quick fixes), always in this order.
 */
public final class JsonReport {

	private JsonReport() {
	}

	public static String of(List<Problem> problems) {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			json.setSerializeNulls(true);
			json.beginArray();
			for (Problem problem : problems) {
				json.beginObject();
				json.name("file").value(problem.file().toString());
				json.name("line").value(problem.line());
				json.name("column").value(problem.column());
				json.name("severity").value(problem.severity().label());
				json.name("code").value(problem.code());
				json.name("message").value(problem.message());
				json.name("fixes").beginArray();
				for (String label : problem.fixes()) {
					json.value(label);
				}
				json.endArray();
				json.endObject();
			}
			json.endArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}
}
