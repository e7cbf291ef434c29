import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generated inputs of the fuzz targets, written into the test classes (never committed):
 * the seed corpus, the shipped examples copied into every target's inputs folder
 * ({@code fi/seloste/fuzz/<Target>Inputs/fuzz/}, where Jazzer looks for them), and the grammar's
 * keywords (every quoted token of Seloste.xtext) as a libFuzzer dictionary, {@code fi/seloste/fuzz/seloste.dict}.
 * The examples also give the structured targets long inputs from the start: libFuzzer grows an input
 * no longer than the longest seed.
 * Usage: java FuzzResources.java REPOSITORY TEST_CLASSES
 */
public class FuzzResources {

	private static final Pattern KEYWORD = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)+)'");

	public static void main(String[] args) throws IOException {
		Path repository = Path.of(args[0]);
		Path fuzz = Path.of(args[1]).resolve("fi/seloste/fuzz");
		Path examples = repository.resolve("examples");
		List<Path> seeds;
		try (Stream<Path> files = Files.walk(examples)) {
			seeds = files.filter(f -> f.toString().endsWith(".seloste") && !examples.relativize(f).startsWith("maven"))
					.sorted().toList();
		}
		List<Path> targets;
		try (Stream<Path> files = Files.list(fuzz)) {
			targets = files.filter(f -> f.getFileName().toString().endsWith("FuzzTest.class")).sorted().toList();
		}
		for (Path target : targets) {
			String name = target.getFileName().toString().replace(".class", "");
			Path inputs = fuzz.resolve(name + "Inputs/fuzz");
			Files.createDirectories(inputs);
			for (Path seed : seeds) {
				String copy = "example-" + examples.relativize(seed).toString().replace('/', '-');
				Files.copy(seed, inputs.resolve(copy), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		writeDictionary(repository.resolve("bundles/fi.seloste/src/fi/seloste/Seloste.xtext"), fuzz.resolve("seloste.dict"));
	}

	private static void writeDictionary(Path grammarFile, Path output) throws IOException {
		String grammar = Files.readString(grammarFile, StandardCharsets.UTF_8);
		TreeSet<String> keywords = new TreeSet<>();
		Matcher matcher = KEYWORD.matcher(grammar);
		while (matcher.find()) {
			keywords.add(matcher.group(1).replace("\\'", "'"));
		}
		StringBuilder dictionary = new StringBuilder("# the keywords of Seloste.xtext (written by src/build/FuzzResources.java)\n");
		for (String keyword : keywords) {
			StringBuilder escaped = new StringBuilder();
			for (byte b : keyword.getBytes(StandardCharsets.UTF_8)) {
				int c = b & 0xff;
				if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
					escaped.append(String.format("\\x%02X", c));
				} else {
					escaped.append((char) c);
				}
			}
			dictionary.append('"').append(escaped).append("\"\n");
		}
		Files.writeString(output, dictionary, StandardCharsets.UTF_8);
	}
}
