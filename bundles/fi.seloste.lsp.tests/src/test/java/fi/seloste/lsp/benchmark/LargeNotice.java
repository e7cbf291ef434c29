package fi.seloste.lsp.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A realistic notice of a given length: a clean example whose first register is repeated, each copy
 * under a name of its own, until the notice has at least the wanted number of lines.
 */
final class LargeNotice {

	private LargeNotice() {
	}

	static String of(Path example, int minimumLines) throws IOException {
		String text = Files.readString(example, StandardCharsets.UTF_8);
		int start = text.indexOf("\n\trekisteri ") + 1;
		int end = text.indexOf("\n\t}\n", start) + 4;
		String register = text.substring(start, end);
		String name = register.substring("\trekisteri ".length(), register.indexOf(' ', "\trekisteri ".length()));
		StringBuilder copies = new StringBuilder();
		long lines = text.lines().count();
		for (int copy = 2; lines < minimumLines; copy++) {
			copies.append(register.replaceFirst("\trekisteri " + name, "\trekisteri " + name + copy));
			lines += register.lines().count();
		}
		return text.substring(0, end) + copies + text.substring(end);
	}
}
