package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fi.seloste.io.AtomicWriter;
import fi.seloste.io.WriteFailure;
import fi.seloste.keywords.KeywordLanguage;

/**
 * Writes a changed source file ({@code format}, {@code check --fix}) the way its author saved it: a
 * symlinked source is written at its target (the link stays), its permissions are kept, and the text
 * gets the file's line ends and byte-order mark ({@link SourceLayout}). A source that changed on disk
 * since the run read it (saved in an editor, or by a second run meanwhile) is not overwritten. No lock
 * file is put beside sources: editors would not honour it, and it would show in the author's folder
 * and repository. One writer per run.
 */
final class SourceWriter {

	private final AtomicWriter writer = new AtomicWriter();

	/** The text as it would be written into {@code file}: in the file's line ends. */
	static String inLayoutOf(Path file, String text) throws IOException {
		return SourceLayout.of(Files.readAllBytes(file)).lineEnds(text);
	}

	/**
	 * Removes the temporary files an interrupted run left beside the sources, before anything else, so
	 * that a run that changes nothing removes them too.
	 */
	void removeLeftoversBeside(List<Path> files) {
		files.forEach(file -> writer.removeLeftoversBeside(file, AtomicWriter.Links.FOLLOW));
	}

	/**
	 * Replaces the source {@code file}, which held {@code read} when the run read it, with {@code text};
	 * a failure says why in the message language and leaves the file as it was.
	 */
	void write(Path file, String read, String text, KeywordLanguage language) throws UsageException {
		try {
			SourceLayout layout = SourceLayout.of(Files.readAllBytes(file));
			writer.write(file, layout.encode(text), AtomicWriter.Links.FOLLOW, current -> read.equals(textOf(current)));
		} catch (WriteFailure e) {
			throw new UsageException(e.message(language));
		} catch (IOException e) {
			throw new UsageException(WriteFailure.ofFile(file, true, e).message(language));
		}
	}

	/** The text of a source as the run reads it: UTF-8 without the byte-order mark. */
	private static String textOf(Path file) throws IOException {
		String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Line ends and byte-order mark of a source file, read from its bytes. */
	record SourceLayout(boolean byteOrderMark, boolean crlf) {

		private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

		/**
		 * CRLF when most line breaks are CRLF: the formatter and the fixes write LF, so a file saved with
		 * CRLF would otherwise come back with mixed line ends.
		 */
		static SourceLayout of(byte[] bytes) {
			boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
			int crlf = 0;
			int lf = 0;
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					if (i > 0 && bytes[i - 1] == '\r') {
						crlf++;
					} else {
						lf++;
					}
				}
			}
			return new SourceLayout(bom, crlf > lf);
		}

		/** The text with every line break in the file's style; LF files are left as they are. */
		String lineEnds(String text) {
			return crlf ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
		}

		/** The bytes to write: UTF-8 (the only encoding Seloste reads), the mark first if the file had one. */
		byte[] encode(String text) {
			byte[] body = lineEnds(text).getBytes(StandardCharsets.UTF_8);
			if (!byteOrderMark) {
				return body;
			}
			byte[] bytes = new byte[BOM.length + body.length];
			System.arraycopy(BOM, 0, bytes, 0, BOM.length);
			System.arraycopy(body, 0, bytes, BOM.length, body.length);
			return bytes;
		}
	}
}
