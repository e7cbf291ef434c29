package fi.seloste.lsp.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Position;

/** A copy of the repository's examples in a temporary folder, for a server to work on and change. */
final class Workspace {

	private Workspace() {
	}

	/** Copies {@code examples/organisation} (or another examples subfolder) into {@code target}. */
	static Path copyExamples(String subfolder, Path target) throws IOException {
		Path source = ServerProcess.home().resolve("examples").resolve(subfolder);
		try (Stream<Path> files = Files.walk(source)) {
			files.forEach(file -> {
				try {
					Path copy = target.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					} else {
						Files.copy(file, copy);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return target;
	}

	/** Deletes a temporary folder and all it holds. */
	static void delete(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	static Path example(String name) {
		return ServerProcess.home().resolve("examples").resolve(name);
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The position of the {@code occurrence}-th (0-based) {@code text} in {@code content}, plus {@code delta} characters. */
	static Position positionOf(String content, String text, int occurrence, int delta) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = content.indexOf(text, offset + 1);
			if (offset < 0) {
				throw new IllegalArgumentException("'" + text + "' occurs fewer than " + (occurrence + 1) + " times");
			}
		}
		return positionAt(content, offset + delta);
	}

	static Position positionAt(String content, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (content.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	/** The text after applying LSP edits (non-overlapping) to {@code content}. */
	static String apply(String content, java.util.List<? extends org.eclipse.lsp4j.TextEdit> edits) {
		java.util.List<org.eclipse.lsp4j.TextEdit> sorted = new java.util.ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(offset(content, b.getRange().getStart()), offset(content, a.getRange().getStart())));
		StringBuilder text = new StringBuilder(content);
		for (org.eclipse.lsp4j.TextEdit edit : sorted) {
			text.replace(offset(content, edit.getRange().getStart()), offset(content, edit.getRange().getEnd()), edit.getNewText());
		}
		return text.toString();
	}

	static int offset(String content, Position position) {
		int line = 0;
		int offset = 0;
		while (line < position.getLine()) {
			offset = content.indexOf('\n', offset) + 1;
			line++;
		}
		return offset + position.getCharacter();
	}
}
