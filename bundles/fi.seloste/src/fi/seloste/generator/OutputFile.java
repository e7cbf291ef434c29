package fi.seloste.generator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A generated file: its name inside the output folder (no folders, no ".."), its bytes, and the
 * fields of the format it could not fill from the notice ({@link LossEntry}, in document order; empty
 * for formats that say only what the notice states).
 */
public record OutputFile(String name, byte[] content, List<LossEntry> losses) {

	public OutputFile {
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
			throw new IllegalArgumentException("not a plain file name: " + name);
		}
		losses = List.copyOf(losses);
	}

	/** A file without losses. */
	public OutputFile(String name, byte[] content) {
		this(name, content, List.of());
	}

	public static OutputFile text(String name, String text) {
		return new OutputFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public static OutputFile text(String name, String text, List<LossEntry> losses) {
		return new OutputFile(name, text.getBytes(StandardCharsets.UTF_8), losses);
	}
}
