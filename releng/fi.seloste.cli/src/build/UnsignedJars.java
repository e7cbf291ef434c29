import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Removes the signatures from the jars of the command line's class path ({@code target/cli-lib}), run by
 * the build as a Java source program: {@code java UnsignedJars.java FOLDER}. A signed jar costs every start
 * the verification of its classes and keeps them out of the class-data-sharing archive that
 * {@code ./seloste} and the VS Code extension use. The signatures serve Eclipse's installer (p2), which
 * checks them when it installs a bundle; on this class path the JVM checks them at every start, but no
 * code here asks who signed a class, so nothing relies on the result. The manifest's per-entry digests go with them; its main attributes stay.
 */
public final class UnsignedJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/(?:[^/]+\\.(?:SF|RSA|DSA|EC)|SIG-[^/]+)",
			Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage: java UnsignedJars.java FOLDER");
			System.exit(2);
		}
		int unsigned = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (signed(jar)) {
					unsign(jar);
					unsigned++;
				}
			}
		}
		System.out.println("UnsignedJars: " + unsigned + " jar(s) in " + args[0] + " without signatures");
	}

	private static boolean signed(Path jar) throws IOException {
		try (JarInputStream in = new JarInputStream(Files.newInputStream(jar), false)) {
			for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	private static void unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (JarInputStream in = new JarInputStream(Files.newInputStream(jar), false);
				OutputStream file = Files.newOutputStream(copy)) {
			Manifest manifest = in.getManifest() == null ? new Manifest() : in.getManifest();
			manifest.getEntries().clear();
			try (JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
					// the manifest is written above (a reader may also hand it over as an ordinary entry)
					if (SIGNATURE.matcher(entry.getName()).matches() || entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
						continue;
					}
					JarEntry plain = new JarEntry(entry.getName());
					plain.setTime(entry.getTime());
					out.putNextEntry(plain);
					copy(in, out);
					out.closeEntry();
				}
			}
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void copy(InputStream in, OutputStream out) throws IOException {
		in.transferTo(out);
	}
}
