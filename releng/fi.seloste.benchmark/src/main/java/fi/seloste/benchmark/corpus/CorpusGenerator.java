package fi.seloste.benchmark.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.seloste.benchmark.Repository;

/**
 * Writes a corpus of N realistic notices into a folder, derived from the shipped examples
 * ({@code examples/}, {@code examples/seeds/}), the same for the same N and seed.
 * <p>
 * Each notice is a copy of one template, varied: the organisation's name (in identifiers, texts, e-mail and
 * web addresses), the notice's name, the business IDs (valid check digits), the longest retention periods
 * ("at most N months", "N years from collection": only lengthened, so that a cookie never outlives its data),
 * more processors in Finland in some notices (copies of one it has, under a new company name), and its languages (some multilingual notices keep only their first language). The templates differ in
 * registers, purposes, recipients, transfers, cookies and keyword language. Kuura's notices come in groups
 * that share one organisation file ({@code tuo}/{@code käytä}), as {@code examples/organisation} does.
 * One notice in ten is a seed (a real notice with errors, as a real folder has): {@code check} reports it,
 * {@code generate} skips it.
 * Usage: {@code CorpusGenerator N FOLDER [SEED] [REPOSITORY]}.
 */
public final class CorpusGenerator {

	/** The examples a notice is made from; a group template is Kuura's organisation and its notices. */
	private record Templates(List<String> standalone, List<String> seeds, String organisation, List<String> members) {
	}

	/** One file of the corpus. */
	public record CorpusFile(String name, String text) {
	}

	/** Changes when the same N and seed give another corpus (the benchmark then makes its corpora anew). */
	public static final int VERSION = 2;

	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ne", "ta", "vi", "ro", "su", "le", "pa", "hi", "tu",
			"ra", "ko", "se", "nu", "va", "li", "mo", "te", "sa", "ku", "re", "no" };
	private static final Pattern NOTICE_NAME = Pattern.compile("(?m)^(notice|seloste) (\\w+) \\{");
	private static final Pattern BUSINESS_ID = Pattern.compile("\"(\\d{7})-(\\d)\"");
	private static final Pattern LANGUAGES = Pattern.compile("(?m)^(\\t(?:languages|kielet)) ([a-z]{2})((?:, [a-z]{2})+)$");
	private static final Pattern PROCESSOR = Pattern.compile("(\\t\\t(?:processor|käsittelijä) )(\\w+) ");
	private static final Pattern COMPANY = Pattern.compile("\\n\\t\\t\\t(?:name|nimi) \"([^\"]+)\"");
	private static final Pattern MONTHS_AT_MOST = Pattern
			.compile("(?m)^(\\t+(?:retention|säilytys) (?:at-most|enintään) )(\\d+)( (?:months|kuukautta))");
	private static final Pattern YEARS_FROM_COLLECTION = Pattern
			.compile("(?m)^(\\t+(?:retention|säilytys) )(\\d)( (?:years from collection|vuotta alkaen keräys))");

	private final Templates templates;
	private final Random random;
	private final List<String> syllables;
	private int brands;

	private CorpusGenerator(Templates templates, long seed) {
		this.templates = templates;
		this.random = new Random(seed);
		List<String> shuffled = new ArrayList<>(List.of(SYLLABLES));
		java.util.Collections.shuffle(shuffled, random);
		this.syllables = shuffled;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: CorpusGenerator N FOLDER [SEED] [REPOSITORY]");
			System.exit(2);
		}
		int count = Integer.parseInt(args[0]);
		Path folder = Path.of(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 15;
		Path repository = args.length > 3 ? Path.of(args[3]) : Repository.home();
		write(generate(repository, count, seed), folder);
		System.out.println("wrote " + count + " notices into " + folder);
	}

	/** The files of a corpus of {@code count} notices (organisation files not counted). */
	public static List<CorpusFile> generate(Path repository, int count, long seed) throws IOException {
		return new CorpusGenerator(templates(repository), seed).corpus(count);
	}

	/** Writes the files into the folder (made if missing), in subfolders of at most 1,000 files. */
	public static void write(List<CorpusFile> files, Path folder) throws IOException {
		Files.createDirectories(folder);
		for (CorpusFile file : files) {
			Path target = folder.resolve(file.name());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.text(), StandardCharsets.UTF_8);
		}
	}

	private static Templates templates(Path repository) throws IOException {
		Path examples = repository.resolve("examples");
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(examples.resolve("seeds"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".seloste")).sorted().toList()) {
				seeds.add(read(file));
			}
		}
		return new Templates(
				List.of(read(examples.resolve("privacy-notice.seloste")), read(examples.resolve("tietosuojaseloste.seloste"))),
				seeds, read(examples.resolve("organisation/organisation.seloste")),
				List.of(read(examples.resolve("organisation/asiakasrekisteri.seloste")),
						read(examples.resolve("organisation/rekrytointirekisteri.seloste"))));
	}

	private List<CorpusFile> corpus(int count) {
		List<CorpusFile> files = new ArrayList<>();
		int made = 0;
		while (made < count) {
			String folder = String.format(Locale.ROOT, "part-%03d/", made / 1000);
			int kind = random.nextInt(10);
			if (kind == 0) {
				String seed = templates.seeds().get(random.nextInt(templates.seeds().size()));
				files.add(new CorpusFile(folder + "n" + made + "-seed.seloste", renameNotice(seed, made)));
				made++;
			} else if (kind <= 3 && count - made >= 2) {
				// an organisation with 2 to 5 notices that share its file
				String brand = brand();
				int members = Math.min(count - made, 2 + random.nextInt(4));
				files.add(new CorpusFile(folder + "n" + made + "-organisation.seloste",
						vary(rebrand(templates.organisation(), "Kuura", brand))));
				for (int member = 0; member < members; member++) {
					String template = templates.members().get(random.nextInt(templates.members().size()));
					files.add(new CorpusFile(folder + "n" + made + "-" + brand.toLowerCase(Locale.ROOT) + ".seloste",
							renameNotice(vary(rebrand(template, "Kuura", brand)), made)));
					made++;
				}
			} else {
				int which = random.nextInt(templates.standalone().size());
				String template = templates.standalone().get(which);
				String brand = brand();
				String text = rebrand(template, which == 0 ? "Northwind" : "Revontuli", brand);
				files.add(new CorpusFile(folder + "n" + made + "-" + brand.toLowerCase(Locale.ROOT) + ".seloste",
						renameNotice(fewerLanguages(moreRecipients(vary(text))), made)));
				made++;
			}
		}
		return files;
	}

	/** A new organisation name, never given before in this corpus: capitalised syllables. */
	private String brand() {
		int number = brands++;
		StringBuilder name = new StringBuilder();
		do {
			name.append(syllables.get(number % syllables.size()));
			number /= syllables.size();
		} while (number > 0);
		name.append(syllables.get(random.nextInt(syllables.size())));
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String rebrand(String text, String from, String to) {
		return text.replace(from, to).replace(from.toLowerCase(Locale.ROOT), to.toLowerCase(Locale.ROOT))
				.replace(from.toUpperCase(Locale.ROOT), to.toUpperCase(Locale.ROOT));
	}

	/** The notice's name made unique in the corpus (a suffix), a seed's text left as it is. */
	private static String renameNotice(String text, int index) {
		return NOTICE_NAME.matcher(text).replaceFirst("$1 $2N" + index + " {");
	}

	/** Business IDs and retention periods varied. */
	private String vary(String text) {
		Map<String, String> ids = new HashMap<>();
		Matcher id = BUSINESS_ID.matcher(text);
		StringBuilder out = new StringBuilder();
		while (id.find()) {
			String replacement = ids.computeIfAbsent(id.group(), any -> "\"" + businessId() + "\"");
			id.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		id.appendTail(out);
		String varied = lengthen(out.toString(), MONTHS_AT_MOST, 7);
		return lengthen(varied, YEARS_FROM_COLLECTION, 2);
	}

	private String lengthen(String text, Pattern period, int most) {
		Matcher matcher = period.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			int length = Integer.parseInt(matcher.group(2)) + random.nextInt(most);
			matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + length + matcher.group(3)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** A Finnish business ID (Y-tunnus) with a valid check digit. */
	private String businessId() {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2 };
		while (true) {
			String digits = String.format(Locale.ROOT, "%07d", 1_000_000 + random.nextInt(2_400_000));
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				sum += (digits.charAt(i) - '0') * weights[i];
			}
			int remainder = sum % 11;
			if (remainder != 1) {
				return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
			}
		}
	}

	/**
	 * In four notices of ten, one to three more processors in Finland: copies of one the notice has, under
	 * a new name and company (a processor in Finland needs no transfer, so the copy is as complete as its original).
	 */
	private String moreRecipients(String text) {
		if (random.nextInt(10) >= 4) {
			return text;
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (PROCESSOR.matcher(lines.get(i)).lookingAt()) {
				starts.add(i);
			}
		}
		int copies = 1 + random.nextInt(3);
		for (int copy = 0; copy < copies && !starts.isEmpty(); copy++) {
			int start = starts.get(random.nextInt(starts.size()));
			int end = start;
			while (!lines.get(end).equals("\t\t}")) {
				end++;
			}
			String block = String.join("\n", lines.subList(start, end + 1));
			Matcher name = COMPANY.matcher(block);
			if (!block.contains("\"FI\"") || !name.find()) {
				continue;
			}
			Matcher processor = PROCESSOR.matcher(block);
			processor.lookingAt();
			String company = brand() + " Oy";
			String copied = block.replace(name.group(1), company).replaceFirst(Pattern.quote(processor.group()),
					Matcher.quoteReplacement(processor.group(1) + processor.group(2) + "Lisa" + copy + " "));
			lines.add(end + 1, copied);
			// the indices after the copy moved; the copy itself is not copied again
			int after = end;
			starts = starts.stream().map(i -> i > after ? i + 1 : i).toList();
		}
		return String.join("\n", lines);
	}

	/** In three multilingual notices of ten, only the first language: the others' texts removed. */
	private String fewerLanguages(String text) {
		Matcher languages = LANGUAGES.matcher(text);
		if (!languages.find() || random.nextInt(10) >= 3) {
			return text;
		}
		String kept = languages.group(2);
		String result = languages.replaceFirst("$1 " + kept);
		for (String dropped : languages.group(3).substring(2).split(", ")) {
			// a text in a dropped language follows the text before it (after its closing quote)
			result = result.replaceAll("(?<=\")\\s+" + dropped + " \"(?:[^\"\\\\]|\\\\.)*\"", "");
		}
		return result;
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
