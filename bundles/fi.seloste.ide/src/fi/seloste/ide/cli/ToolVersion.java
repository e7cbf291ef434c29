package fi.seloste.ide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;

/** The version of Seloste a report names: the Bundle-Version of the ide bundle's manifest, as built. */
public final class ToolVersion {

	private static final String UNKNOWN = "0.1.0";

	private ToolVersion() {
	}

	public static String get() {
		try {
			Enumeration<URL> manifests = ToolVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					var attributes = new Manifest(in).getMainAttributes();
					String name = attributes.getValue("Bundle-SymbolicName");
					if (name != null && name.startsWith("fi.seloste.ide")
							&& (name.length() == 14 || name.charAt(14) == ';')) {
						String version = attributes.getValue("Bundle-Version");
						return version == null ? UNKNOWN : version;
					}
				}
			}
		} catch (IOException e) {
			// a report without the exact build is still a report; fall through
		}
		return UNKNOWN;
	}
}
