package fi.seloste.ide.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Decodes a file strictly as UTF-8 and says where it is not. */
public final class Utf8Source {

	private Utf8Source() {
	}

	/** The decoded text without a byte-order mark, or a problem at the first undecodable byte. */
	public sealed interface Result permits Text, Invalid {
	}

	public record Text(String text) implements Result {
	}

	public record Invalid(Problem problem) implements Result {
	}

	public static Result decode(Path file, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			return new Invalid(invalidAt(file, bytes, in.position()));
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	private static Problem invalidAt(Path file, byte[] bytes, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		String column = String.valueOf(offset - lineStart + 1);
		return new Problem(file, line, offset - lineStart + 1, Problem.Severity.ERROR, "encoding",
				String.format("the file is not valid UTF-8 (byte 0x%02X at byte %s of the line); save it as UTF-8",
						bytes[offset] & 0xFF, column));
	}
}
