package fi.seloste.generator;

import java.nio.charset.StandardCharsets;

/** A generated file: its name inside the output folder (no folders, no "..") and its bytes. */
public record OutputFile(String name, byte[] content) {

	public OutputFile {
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
			throw new IllegalArgumentException("not a plain file name: " + name);
		}
	}

	public static OutputFile text(String name, String text) {
		return new OutputFile(name, text.getBytes(StandardCharsets.UTF_8));
	}
}
