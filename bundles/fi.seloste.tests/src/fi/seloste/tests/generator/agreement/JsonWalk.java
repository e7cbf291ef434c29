package fi.seloste.tests.generator.agreement;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading JSON outputs without knowing their exact shape: the values under keys of a kind, all strings
 * of a subtree, all objects of a subtree. The properties say what must be somewhere under a purpose, not
 * at which path, so that they hold for any faithful layout.
 */
final class JsonWalk {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private JsonWalk() {
	}

	static JsonNode parse(String json) {
		try {
			return MAPPER.readTree(json);
		} catch (JsonProcessingException e) {
			throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
		}
	}

	static JsonNode tree(Map<String, Object> value) {
		return MAPPER.valueToTree(value);
	}

	/**
	 * The values of the fields whose name the key accepts, searched through the subtree; the search
	 * does not enter a matching field's value, nor fields whose name {@code skip} accepts.
	 */
	static List<JsonNode> under(JsonNode node, Predicate<String> key, Predicate<String> skip) {
		List<JsonNode> found = new ArrayList<>();
		collect(node, key, skip, found);
		return found;
	}

	private static void collect(JsonNode node, Predicate<String> key, Predicate<String> skip, List<JsonNode> found) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				if (key.test(field.getKey())) {
					found.add(field.getValue());
				} else if (!skip.test(field.getKey())) {
					collect(field.getValue(), key, skip, found);
				}
			}
		} else if (node.isArray()) {
			node.forEach(element -> collect(element, key, skip, found));
		}
	}

	/** Every string value of the subtree, except under fields whose name {@code skip} accepts. */
	static List<String> strings(JsonNode node, Predicate<String> skip) {
		List<String> found = new ArrayList<>();
		strings(node, skip, found);
		return found;
	}

	private static void strings(JsonNode node, Predicate<String> skip, List<String> found) {
		if (node.isTextual()) {
			found.add(node.asText());
		} else if (node.isObject()) {
			node.fields().forEachRemaining(f -> {
				if (!skip.test(f.getKey())) {
					strings(f.getValue(), skip, found);
				}
			});
		} else if (node.isArray()) {
			node.forEach(element -> strings(element, skip, found));
		}
	}

	/** The node and every object below it. */
	static List<JsonNode> objects(JsonNode node) {
		List<JsonNode> found = new ArrayList<>();
		objects(node, found);
		return found;
	}

	private static void objects(JsonNode node, List<JsonNode> found) {
		if (node.isObject()) {
			found.add(node);
			node.forEach(child -> objects(child, found));
		} else if (node.isArray()) {
			node.forEach(child -> objects(child, found));
		}
	}

	/** Whether every field of {@code expected} is in {@code actual} with an equal value. */
	static boolean containsAll(JsonNode actual, JsonNode expected) {
		if (!actual.isObject()) {
			return false;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			if (!field.getValue().equals(actual.get(field.getKey()))) {
				return false;
			}
		}
		return true;
	}

	/** The elements of an array, or the node itself; nothing for null or a missing node. */
	static List<JsonNode> elements(JsonNode node) {
		List<JsonNode> result = new ArrayList<>();
		if (node == null || node.isNull() || node.isMissingNode()) {
			return result;
		}
		if (node.isArray()) {
			node.forEach(result::add);
		} else {
			result.add(node);
		}
		return result;
	}

	/** The element of an array whose {@code id} is the name, else the one at the index, else null. */
	static JsonNode byId(JsonNode array, String name, int index) {
		for (JsonNode element : elements(array)) {
			if (name.equals(element.path("id").asText(null))) {
				return element;
			}
		}
		return array != null && array.isArray() && index < array.size() ? array.get(index) : null;
	}
}
