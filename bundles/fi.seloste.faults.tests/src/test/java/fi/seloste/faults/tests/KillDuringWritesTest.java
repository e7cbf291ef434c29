package fi.seloste.faults.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.faults.tests.Cli.Run;

/**
 * {@code ./seloste} killed while it writes: at every step of every write (the seam
 * {@code -Dseloste.faults=halt:K} halts the JVM after step K as {@code kill -9} would: no shutdown hook, no
 * {@code finally}), and by SIGKILL at random moments. Afterwards every file is the old or the new complete
 * version (byte for byte), and the next run leaves no temporary file. The loop goes on until a run with
 * {@code halt:K} is no longer killed, so every step of the run is hit: 5 per file (created, written,
 * forced, renamed, folder forced).
 */
class KillDuringWritesTest {

	/** The steps of one write (fi.seloste.io.FaultInjection.Step). */
	private static final int STEPS_PER_FILE = 5;

	private static final int HALTED = 137;

	@TempDir
	Path dir;

	private static String notice(String name, String title) throws IOException {
		return Cli.fixture("validation/base.seloste").replace("seloste Testiseloste", "seloste " + name)
				.replaceFirst("otsikko \"[^\"]*\"", "otsikko \"" + title + "\"");
	}

	@Test
	void generateKilledAtEveryStepLeavesEachFileOldOrNew() throws IOException {
		Path source = dir.resolve("src/n.seloste");
		Files.createDirectories(source.getParent());
		Path out = dir.resolve("out");
		String[] generate = { "generate", "src", "-o", "out", "--format", "html,md,json" };
		String versionA = notice("Seloste", "Tietosuojaseloste A");
		String versionB = notice("Seloste", "Tietosuojaseloste B");

		Files.writeString(source, versionB);
		assertEquals(0, Cli.run(dir, null, "generate", "src", "-o", "new", "--format", "html,md,json").exit());
		Map<String, byte[]> newFiles = Cli.contents(dir.resolve("new"));
		Files.writeString(source, versionA);
		assertEquals(0, Cli.run(dir, null, generate).exit());
		Map<String, byte[]> oldFiles = Cli.contents(out);
		assertEquals(newFiles.keySet(), oldFiles.keySet());
		assertEquals(3, oldFiles.size(), oldFiles.keySet().toString());

		int killed = 0;
		int leftTemporary = 0;
		int mixed = 0;
		for (int step = 1;; step++) {
			Files.writeString(source, versionB);
			Run run = Cli.run(dir, "halt:" + step, generate);
			if (run.exit() != HALTED) {
				assertEquals(0, run.exit(), run.all());
				assertEquals(STEPS_PER_FILE * oldFiles.size() + 1, step, "every step of every write was hit");
				break;
			}
			killed++;
			Map<String, byte[]> after = Cli.contents(out);
			assertEquals(oldFiles.keySet(), after.keySet(), "after a kill at step " + step);
			int newer = 0;
			for (var file : after.entrySet()) {
				boolean isOld = Arrays.equals(oldFiles.get(file.getKey()), file.getValue());
				boolean isNew = Arrays.equals(newFiles.get(file.getKey()), file.getValue());
				assertTrue(isOld || isNew, file.getKey() + " is neither the old nor the new version after a kill at step " + step);
				newer += isNew ? 1 : 0;
			}
			mixed += newer > 0 && newer < after.size() ? 1 : 0;
			leftTemporary += Cli.temporaryFiles(out).isEmpty() ? 0 : 1;

			// the next run: generates the old version again, and removes what the killed run left
			Files.writeString(source, versionA);
			Run next = Cli.run(dir, null, generate);
			assertEquals(0, next.exit(), next.all());
			assertEquals(List.of(), Cli.temporaryFiles(out), "after the run following a kill at step " + step);
			Map<String, byte[]> restored = Cli.contents(out);
			oldFiles.forEach((name, bytes) -> assertArrayEquals(bytes, restored.get(name), name));
		}
		System.out.printf("generate: %d kill points over %d files, %d left a temporary file (removed by the next run),"
				+ " %d left the folder partly old, partly new%n", killed, oldFiles.size(), leftTemporary, mixed);
		assertTrue(leftTemporary > 0, "some kill points fall between the temporary file and its rename");
	}

	@Test
	void checkFixKilledAtEveryStepLeavesEachSourceOldOrFixed() throws IOException {
		Path src = Files.createDirectories(dir.resolve("src"));
		Map<String, String> unfixed = new LinkedHashMap<>();
		for (String name : List.of("Yksi", "Kaksi", "Kolme")) {
			// an editorial fix: the business ID written as a VAT number
			unfixed.put(name.toLowerCase() + ".seloste", notice(name, "Seloste " + name).replace("\"2701131-6\"", "\"FI27011316\""));
		}
		Path fixedCopy = Files.createDirectories(dir.resolve("fixed"));
		writeAll(fixedCopy, unfixed);
		assertEquals(0, Cli.run(dir, null, "check", "--fix", "fixed").exit());
		Map<String, byte[]> fixed = Cli.contents(fixedCopy);
		unfixed.forEach((name, text) -> assertTrue(!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), fixed.get(name)),
				name + " is changed by the fix"));

		int killed = 0;
		int leftTemporary = 0;
		for (int step = 1;; step++) {
			writeAll(src, unfixed);
			Run run = Cli.run(dir, "halt:" + step, "check", "--fix", "src");
			if (run.exit() != HALTED) {
				assertEquals(0, run.exit(), run.all());
				assertEquals(STEPS_PER_FILE * unfixed.size() + 1, step, "every step of every write was hit");
				break;
			}
			killed++;
			Map<String, byte[]> after = Cli.contents(src);
			assertEquals(unfixed.keySet(), after.keySet(), "after a kill at step " + step);
			for (var file : after.entrySet()) {
				boolean isOld = Arrays.equals(unfixed.get(file.getKey()).getBytes(StandardCharsets.UTF_8), file.getValue());
				boolean isFixed = Arrays.equals(fixed.get(file.getKey()), file.getValue());
				assertTrue(isOld || isFixed, file.getKey() + " is neither the old nor the fixed version after a kill at step " + step);
			}
			leftTemporary += Cli.temporaryFiles(src).isEmpty() ? 0 : 1;

			Run next = Cli.run(dir, null, "check", "--fix", "src");
			assertEquals(0, next.exit(), next.all());
			assertEquals(List.of(), Cli.temporaryFiles(src), "after the run following a kill at step " + step);
			Map<String, byte[]> done = Cli.contents(src);
			fixed.forEach((name, bytes) -> assertArrayEquals(bytes, done.get(name), name));
		}
		System.out.printf("check --fix: %d kill points over %d sources, %d left a temporary file (removed by the next run)%n",
				killed, unfixed.size(), leftTemporary);
		assertTrue(leftTemporary > 0);
	}

	@Test
	void formatKilledAtEveryStepLeavesEachSourceOldOrFormatted() throws IOException {
		Path src = Files.createDirectories(dir.resolve("src"));
		Map<String, String> messy = new LinkedHashMap<>();
		messy.put("a.seloste", "seloste A {otsikko \"A\"   kielet fi,en\n}\n");
		messy.put("b.seloste", "seloste B {otsikko \"B\"\n kielet fi}\n");
		Path copy = Files.createDirectories(dir.resolve("formatted"));
		writeAll(copy, messy);
		Cli.run(dir, null, "format", "formatted");
		Map<String, byte[]> formatted = Cli.contents(copy);

		int killed = 0;
		for (int step = 1;; step++) {
			writeAll(src, messy);
			Run run = Cli.run(dir, "halt:" + step, "format", "src");
			if (run.exit() != HALTED) {
				assertEquals(STEPS_PER_FILE * messy.size() + 1, step, run.all());
				break;
			}
			killed++;
			for (var file : Cli.contents(src).entrySet()) {
				assertTrue(Arrays.equals(messy.get(file.getKey()).getBytes(StandardCharsets.UTF_8), file.getValue())
						|| Arrays.equals(formatted.get(file.getKey()), file.getValue()), file.getKey() + " at step " + step);
			}
			Cli.run(dir, null, "format", "src");
			assertEquals(List.of(), Cli.temporaryFiles(src), "after the run following a kill at step " + step);
			assertEquals(formatted.keySet(), Cli.contents(src).keySet());
			Cli.contents(src).forEach((name, bytes) -> assertArrayEquals(formatted.get(name), bytes, name));
		}
		System.out.printf("format: %d kill points over %d sources%n", killed, messy.size());
	}

	@Test
	void generateKilledBySigkillAtRandomMomentsLeavesEachFileOldOrNew() throws IOException, InterruptedException {
		Path source = dir.resolve("src/n.seloste");
		Files.createDirectories(source.getParent());
		String[] generate = { "generate", "src", "-o", "out", "--format", "html,md,json,tilt" };
		Files.writeString(source, notice("Seloste", "Uusi"));
		assertEquals(0, Cli.run(dir, null, "generate", "src", "-o", "new", "--format", "html,md,json,tilt").exit());
		Map<String, byte[]> newFiles = Cli.contents(dir.resolve("new"));
		Files.writeString(source, notice("Seloste", "Vanha"));
		long start = System.nanoTime();
		assertEquals(0, Cli.run(dir, null, generate).exit());
		long duration = (System.nanoTime() - start) / 1_000_000;
		Map<String, byte[]> oldFiles = Cli.contents(dir.resolve("out"));

		// A trial whose run ends before the kill proves nothing: when a round of trials kills no run before
		// its end (a faster machine, a warmer cache), the next round kills earlier; at least one must.
		Random random = new Random(16);
		int killedMidRun = 0;
		int trials = 0;
		long latest = duration;
		for (int round = 0; round < 4 && killedMidRun == 0; round++, latest /= 2) {
			for (int trial = 0; trial < 6; trial++, trials++) {
				Files.writeString(source, notice("Seloste", "Uusi"));
				Process process = Cli.start(new ProcessBuilder(Cli.HOME.resolve("seloste").toString(), generate[0], generate[1],
						generate[2], generate[3], generate[4], generate[5]).directory(dir.toFile()));
				// the writes come last: kill in the second half of the time allowed
				Thread.sleep(latest / 2 + random.nextLong(latest / 2 + 1));
				process.destroyForcibly(); // SIGKILL
				Run run = Cli.finish(process);
				killedMidRun += run.exit() == HALTED ? 1 : 0;
				Map<String, byte[]> after = Cli.contents(dir.resolve("out"));
				assertEquals(oldFiles.keySet(), after.keySet());
				for (var file : after.entrySet()) {
					assertTrue(Arrays.equals(oldFiles.get(file.getKey()), file.getValue())
							|| Arrays.equals(newFiles.get(file.getKey()), file.getValue()), file.getKey() + " in trial " + trials);
				}

				Files.writeString(source, notice("Seloste", "Vanha"));
				assertEquals(0, Cli.run(dir, null, generate).exit());
				assertEquals(List.of(), Cli.temporaryFiles(dir.resolve("out")));
			}
		}
		System.out.printf("generate: %d SIGKILL trials, %d killed before the end of the run%n", trials, killedMidRun);
		assertTrue(killedMidRun > 0, "no run was killed before its end in " + trials + " trials (a run takes " + duration + " ms)");
	}

	private static void writeAll(Path folder, Map<String, String> files) throws IOException {
		for (var file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}
}
