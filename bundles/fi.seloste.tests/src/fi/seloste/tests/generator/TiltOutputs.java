package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;


import com.fasterxml.jackson.databind.JsonNode;

import fi.seloste.generator.OutputFile;
import fi.seloste.generator.TiltFormat;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Notice;

/** TILT of a notice made by a text edit: the document (checked against the official schema) and its losses. */
final class TiltOutputs {

	/** A rendered TILT file: its document and its losses as {@code path (reason)}. */
	record Tilt(JsonNode document, List<String> losses) {

		JsonNode get(String key) {
			return document.get(key);
		}

		JsonNode category(String id) {
			for (JsonNode entry : document.get("dataDisclosed")) {
				if (entry.get("_id").asText().equals(id)) {
					return entry;
				}
			}
			throw new AssertionError("no dataDisclosed entry " + id);
		}
	}

	private TiltOutputs() {
	}

	static Tilt render(TiltFormat format, Notice notice) {
		OutputFile file = format.render(notice, Texts.outputLanguages(notice)).get(0);
		JsonNode document = JsonSchemas.parse(GeneratedExamples.utf8(file.content()));
		assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.tilt(), document));
		return new Tilt(document, file.losses().stream().map(Object::toString).toList());
	}
}
