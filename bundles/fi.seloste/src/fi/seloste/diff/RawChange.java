package fi.seloste.diff;

/**
 * A change as the tree comparison finds it, before it is classified and worded.
 *
 * @param attribute the attribute that changed, or null when the element itself (or its value) did
 * @param kindChanged the element's kind changed (a basis of consent became one of contract): the
 *        earlier and the later element are shown whole
 */
record RawChange(ChangeType type, Node before, Node after, String attribute, boolean kindChanged) {

	Node node() {
		return after != null ? after : before;
	}

	Value beforeValue() {
		return before == null ? null : attribute == null ? before.value : before.attributes.get(attribute);
	}

	Value afterValue() {
		return after == null ? null : attribute == null ? after.value : after.attributes.get(attribute);
	}
}
