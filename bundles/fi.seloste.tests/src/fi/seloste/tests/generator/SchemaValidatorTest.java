package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The JSON Schema validator the generator tests rely on is live: it accepts and rejects the official TILT examples. */
class SchemaValidatorTest {

	@Test
	void officialValidTiltExampleIsAccepted() {
		assertEquals(List.of(),
				JsonSchemas.errors(JsonSchemas.tilt(), JsonSchemas.read(JsonSchemas.tiltFolder().resolve("tilt-example.json"))));
	}

	@Test
	void officialInvalidTiltExampleIsRejected() {
		List<String> errors = JsonSchemas.errors(JsonSchemas.tilt(),
				JsonSchemas.read(JsonSchemas.tiltFolder().resolve("tilt-invalid-example.json")));
		assertFalse(errors.isEmpty(), "the invalid TILT example passed: the validator is not checking anything");
	}
}
