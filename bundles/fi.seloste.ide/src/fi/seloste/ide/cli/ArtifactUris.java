package fi.seloste.ide.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file as a URI reference for a report: relative to a base folder with forward slashes when the
 * file lies below it (what code-scanning services match against the repository), else a
 * {@code file:} URI. Every character outside RFC 3986's unreserved set is percent-encoded as UTF-8.
 */
final class ArtifactUris {

	private ArtifactUris() {
	}

	static String of(Path file, Path base) {
		Path absolute = file.toAbsolutePath().normalize();
		Path root = base.toAbsolutePath().normalize();
		if (!absolute.startsWith(root) || absolute.equals(root)) {
			return absolute.toUri().toASCIIString();
		}
		StringBuilder uri = new StringBuilder();
		for (Path segment : root.relativize(absolute)) {
			if (!uri.isEmpty()) {
				uri.append('/');
			}
			uri.append(escape(segment.toString()));
		}
		return uri.toString();
	}

	private static String escape(String segment) {
		StringBuilder escaped = new StringBuilder();
		for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
				escaped.append(c);
			} else {
				escaped.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return escaped.toString();
	}
}
