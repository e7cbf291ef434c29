package fi.seloste.tests.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fi.seloste.tests.Fixtures;

/**
 * JSON Schema validation with the networknt validator, from local files only (never the network):
 * the published Seloste schema {@code docs/schema/seloste.schema.json} (draft 2020-12) and the
 * official TILT schema (draft-07), copied with its valid and invalid examples and its MIT licence
 * into {@code fixtures/generator/tilt/}.
 */
public final class JsonSchemas {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private JsonSchemas() {
	}

	static Path selosteSchemaFile() {
		return Fixtures.root().resolve("docs/schema/seloste.schema.json");
	}

	static Path tiltFolder() {
		return Fixtures.fixtures().resolve("generator/tilt");
	}

	static JsonSchema seloste() {
		return load(selosteSchemaFile(), SpecVersion.VersionFlag.V202012);
	}

	static JsonSchema tilt() {
		return load(tiltFolder().resolve("tilt-schema.json"), SpecVersion.VersionFlag.V7);
	}

	/**
	 * Loads a schema. Its {@code $schema} is dropped: the version flag names the draft, so the
	 * validator never looks a meta-schema up by address.
	 */
	private static JsonSchema load(Path file, SpecVersion.VersionFlag version) {
		ObjectNode node = (ObjectNode) read(file);
		node.remove("$schema");
		return JsonSchemaFactory.getInstance(version).getSchema(node);
	}

	static JsonNode read(Path file) {
		try {
			return MAPPER.readTree(file.toFile());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static JsonNode parse(String json) {
		try {
			return MAPPER.readTree(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The validation errors, one per line, sorted; empty when the document is valid. */
	public static List<String> errors(JsonSchema schema, JsonNode document) {
		Set<ValidationMessage> messages = schema.validate(document);
		return messages.stream().map(ValidationMessage::toString).sorted().toList();
	}

	/** The schema of {@code seloste diff --format json}. */
	public static JsonSchema diff() {
		return load(Fixtures.root().resolve("docs/schema/seloste-diff.schema.json"), SpecVersion.VersionFlag.V202012);
	}
}
