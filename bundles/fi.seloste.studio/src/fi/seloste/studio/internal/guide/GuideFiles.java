package fi.seloste.studio.internal.guide;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The guide's pages (guide/ in this bundle's jar, made by the build from README.md and docs/) as files,
 * so that a browser, ours or the system's, can follow the links between them: copied once per bundle
 * version into the bundle's state area of the workspace.
 */
final class GuideFiles {

	static final String INDEX = "index.html";

	private GuideFiles() {
	}

	/** The guide's contents page on disk; null when this bundle has no guide (a build without it). */
	static synchronized Path index() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(GuideFiles.class);
		Path folder = Platform.getStateLocation(bundle).toPath().resolve("guide-" + bundle.getVersion());
		Path index = folder.resolve(INDEX);
		if (Files.exists(index)) {
			return index;
		}
		Enumeration<URL> entries = bundle.findEntries("guide", "*", true);
		if (entries == null) {
			return null;
		}
		Path partial = folder.resolveSibling(folder.getFileName() + ".tmp");
		Files.createDirectories(partial);
		while (entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			String name = entry.getPath().substring("/guide/".length());
			if (name.isEmpty() || name.endsWith("/")) {
				continue;
			}
			Path file = partial.resolve(name);
			Files.createDirectories(file.getParent());
			try (InputStream in = entry.openStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
		return index;
	}
}
