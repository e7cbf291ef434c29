package fi.seloste.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a command as a process: its wall time, and when {@code /usr/bin/time} (GNU time) is there its
 * CPU time (user + system, of the process and its children); when the JVM was asked for a GC log, the peak of
 * the heap it shows (the most used before a collection; the most still used after one, the live set).
 */
public final class ProcessRun {

	/** What one run took. CPU and heap figures are negative when not known. */
	public record Result(double wallSeconds, double cpuSeconds, int exitCode, double heapPeakMiB, double heapLiveMiB,
			boolean outOfMemory) {

		/** CPU time over wall time: 1.0 is one core busy all the time. */
		public double coresUsed() {
			return cpuSeconds < 0 ? -1 : cpuSeconds / wallSeconds;
		}
	}

	private static final Path GNU_TIME = Path.of("/usr/bin/time");
	// G1's "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 123M->45M(256M) 3.456ms"
	private static final Pattern HEAP_CHANGE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

	private ProcessRun() {
	}

	/**
	 * Runs the command in the folder with the extra environment; its output goes to the given files. A GC log
	 * the command writes (its JVM option {@code -Xlog:gc:file=...}) is read from {@code gcLog} when given.
	 */
	public static Result run(List<String> command, Map<String, String> environment, Path folder, Path output, Path gcLog) {
		try {
			Path times = Files.createTempFile("seloste-benchmark-time", ".txt");
			List<String> line = new ArrayList<>();
			boolean timed = Files.isExecutable(GNU_TIME);
			if (timed) {
				line.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S", "-o", times.toString()));
			}
			line.addAll(command);
			if (gcLog != null) {
				Files.deleteIfExists(gcLog);
			}
			ProcessBuilder builder = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
					.redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			builder.environment().putAll(environment);
			long start = System.nanoTime();
			Process process = builder.start();
			int exit = process.waitFor();
			double wall = (System.nanoTime() - start) / 1e9;
			double cpu = -1;
			if (timed) {
				String[] fields = lastLine(Files.readString(times, StandardCharsets.UTF_8)).trim().split(" ");
				if (fields.length == 3) {
					cpu = Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]);
				}
			}
			Files.deleteIfExists(times);
			String log = Files.readString(output, StandardCharsets.UTF_8);
			// -XX:+ExitOnOutOfMemoryError: "Terminating due to java.lang.OutOfMemoryError: Java heap space", status 3
			boolean outOfMemory = log.contains("java.lang.OutOfMemoryError");
			double peak = -1;
			double live = -1;
			if (gcLog != null && Files.isRegularFile(gcLog)) {
				String gc = Files.readString(gcLog, StandardCharsets.UTF_8);
				Matcher change = HEAP_CHANGE.matcher(gc);
				while (change.find()) {
					peak = Math.max(peak, mebibytes(change.group(1), change.group(2)));
					live = Math.max(live, mebibytes(change.group(3), change.group(4)));
				}
			}
			return new Result(wall, cpu, exit, peak, live, outOfMemory);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String lastLine(String text) {
		// GNU time writes "Command exited with non-zero status N" before the figures
		String[] lines = text.strip().split("\n");
		return lines[lines.length - 1];
	}

	private static double mebibytes(String amount, String unit) {
		double value = Double.parseDouble(amount);
		return switch (unit.toUpperCase(Locale.ROOT)) {
			case "K" -> value / 1024;
			case "G" -> value * 1024;
			default -> value;
		};
	}
}
