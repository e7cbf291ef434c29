package fi.seloste.ide.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Organisation;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.validation.ReleasedFiles;

/**
 * Runs the work of {@code check} and {@code generate} over many files in a bounded working set, on the
 * available cores (issue 15). The files that declare an organisation are <em>shared</em>: every worker
 * loads them once and keeps them. Every other file is loaded, linked, worked on and released, one at a
 * time per worker, so that memory does not grow with the number of notices. Results are handed on in an
 * order that does not depend on the number of workers, so that the output is byte for byte that of a run
 * on one thread: for {@code generate} the order the files were named ({@link #runInOrder}); {@code check}
 * sorts its problems ({@link #run}), and there the shared files come last, since whether a declaration of
 * theirs is used anywhere needs every other file's references, which the released files leave behind
 * ({@link ReleasedFiles}).
 */
final class NoticeBatch {

	/** The system property that sets the number of workers (default: the available processors). */
	static final String WORKERS = "seloste.workers";

	/** Takes the results on the caller's thread, in the order of the files. */
	interface Sink<R> {
		void accept(R result) throws UsageException;
	}

	/** The work on one requested file, on a worker's thread; its result is consumed on the caller's. */
	interface Work<R> {
		R apply(Path file, SourceLoader.Loaded loaded) throws UsageException;
	}

	private final Injector injector;
	private final KeywordLanguage language;
	private final Consumer<ResourceSet> prepare;
	private final int workers;

	/**
	 * {@code language}: the reason of an unreadable file told in it (English when {@code null});
	 * {@code prepare}: applied to each worker's resource set once its shared files are loaded, before any
	 * file is checked (e.g. a baseline);
	 * {@code parallel}: whether more than one worker may run.
	 */
	NoticeBatch(Injector injector, KeywordLanguage language, Consumer<ResourceSet> prepare, boolean parallel) {
		this.injector = injector;
		this.language = language;
		this.prepare = prepare;
		this.workers = parallel ? configuredWorkers() : 1;
	}

	private static int configuredWorkers() {
		int cores = Runtime.getRuntime().availableProcessors();
		try {
			return Math.max(1, Integer.parseInt(System.getProperty(WORKERS, String.valueOf(cores)).strip()));
		} catch (NumberFormatException e) {
			return cores;
		}
	}

	/**
	 * For {@code check}: every requested file's result, in no order the caller relies on (it sorts them). The
	 * shared files come last, when every other file's references are known; the files that are only context
	 * are linked for those references when a shared file is requested.
	 */
	<R> void run(SourceFiles files, Work<R> work, Sink<R> consume) throws UsageException {
		List<Path> shared = sharedFiles(files.context());
		Set<Path> requested = Set.copyOf(files.requested());
		boolean sharedRequested = shared.stream().anyMatch(requested::contains);
		Set<Path> sharedSet = Set.copyOf(shared);
		List<Path> separate = new ArrayList<>(files.requested().stream().filter(file -> !sharedSet.contains(file)).toList());
		if (sharedRequested) {
			files.context().stream().filter(file -> !sharedSet.contains(file) && !requested.contains(file)).forEach(separate::add);
		}
		Set<URI> sharedUris = shared.stream().map(SourceLoader::uri).collect(Collectors.toSet());
		Set<URI> referenced = new HashSet<>();
		boolean[] anyBrokenReference = { false };
		forEach(separate, shared, (worker, file) -> {
			SourceLoader.Loaded loaded = worker.open(file);
			try {
				R result = requested.contains(file) ? work.apply(file, loaded) : null;
				// what a released file referred to counts only for the shared files' checks
				return new Done<>(file, result, sharedRequested ? released(loaded, sharedUris) : null);
			} finally {
				worker.release(loaded);
			}
		}, done -> {
			if (done.released() != null) {
				referenced.addAll(done.released().referenced());
				anyBrokenReference[0] |= done.released().brokenReference();
			}
			if (done.result() != null) {
				consume.accept(done.result());
			}
		});
		if (sharedRequested) {
			BatchWorker worker = newWorker(shared);
			ReleasedFiles.attach(worker.resourceSet(), anyBrokenReference[0], referenced);
			for (Path file : files.requested()) {
				if (sharedSet.contains(file)) {
					consume.accept(work.apply(file, worker.open(file)));
				}
			}
		}
	}

	/**
	 * For {@code generate}: every requested file's result in the order the files were named, so that of two
	 * files declaring a notice of one name the first named wins, as on one thread. The shared files are
	 * worked on first and their results held (they are few): what {@code generate} takes from them, errors
	 * and documents, does not depend on the other files (every error a check could hold back for a broken
	 * reference elsewhere is reported on a notice's element, which only its own and the shared files reach).
	 */
	<R> void runInOrder(SourceFiles files, Work<R> work, Sink<R> consume) throws UsageException {
		List<Path> shared = sharedFiles(files.context());
		Set<Path> sharedSet = Set.copyOf(shared);
		Map<Path, R> sharedResults = new HashMap<>();
		if (files.requested().stream().anyMatch(sharedSet::contains)) {
			BatchWorker worker = newWorker(shared);
			for (Path file : files.requested()) {
				if (sharedSet.contains(file)) {
					sharedResults.put(file, work.apply(file, worker.open(file)));
				}
			}
		}
		Iterator<Path> order = files.requested().iterator();
		List<Path> separate = files.requested().stream().filter(file -> !sharedSet.contains(file)).toList();
		forEach(separate, shared, (worker, file) -> {
			SourceLoader.Loaded loaded = worker.open(file);
			try {
				return new Done<>(file, work.apply(file, loaded), null);
			} finally {
				worker.release(loaded);
			}
		}, done -> {
			// the shared files named before this one first
			while (order.hasNext()) {
				Path next = order.next();
				if (next.equals(done.file())) {
					consume.accept(done.result());
					return;
				}
				consume.accept(sharedResults.get(next));
			}
		});
		while (order.hasNext()) {
			consume.accept(sharedResults.get(order.next()));
		}
	}

	/** What a released file leaves behind; {@code null} for a file that could not be read. */
	private static Released released(SourceLoader.Loaded loaded, Set<URI> shared) {
		if (loaded instanceof SourceLoader.Parsed parsed) {
			Set<URI> intoShared = ReleasedFiles.referenceTargets(parsed.resource()).stream()
					.filter(target -> shared.contains(target.trimFragment())).collect(Collectors.toSet());
			return new Released(intoShared, ReleasedFiles.holdsBrokenReference(parsed.resource()));
		}
		return null;
	}

	/** What a released file leaves: what it refers to in the shared files, and whether it holds a broken reference. */
	private record Released(Set<URI> referenced, boolean brokenReference) {
	}

	private record Done<R>(Path file, R result, Released released) {
	}

	private interface Task<T> {
		T run(BatchWorker worker, Path file) throws UsageException;
	}

	/**
	 * Runs {@code task} on every file, on the workers, and hands the results to {@code consume} in the
	 * order of the files; no more than two files per worker are in hand at a time.
	 */
	private <T> void forEach(List<Path> files, List<Path> shared, Task<T> task, Sink<T> consume) throws UsageException {
		if (files.isEmpty()) {
			return;
		}
		if (workers == 1 || files.size() == 1) {
			BatchWorker worker = newWorker(shared);
			for (Path file : files) {
				consume.accept(task.run(worker, file));
			}
			return;
		}
		int threads = Math.min(workers, files.size());
		ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "seloste-worker");
			thread.setDaemon(true);
			return thread;
		});
		ThreadLocal<BatchWorker> perThread = new ThreadLocal<>();
		try {
			Deque<Future<T>> inHand = new ArrayDeque<>();
			int next = 0;
			while (next < files.size() || !inHand.isEmpty()) {
				while (next < files.size() && inHand.size() < 2 * threads) {
					Path file = files.get(next++);
					inHand.add(executor.submit(() -> {
						BatchWorker worker = perThread.get();
						if (worker == null) {
							worker = newWorker(shared);
							perThread.set(worker);
						}
						return task.run(worker, file);
					}));
				}
				consume.accept(await(inHand.poll()));
			}
		} finally {
			executor.shutdownNow();
		}
	}

	private BatchWorker newWorker(List<Path> shared) throws UsageException {
		BatchWorker worker = new BatchWorker(injector, shared, language);
		prepare.accept(worker.resourceSet());
		return worker;
	}

	private static <T> T await(Future<T> future) throws UsageException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof UsageException usage) {
				throw usage;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/**
	 * The files that declare an organisation, in the order given. Only files whose text names the keyword
	 * are parsed to tell (once, in a set of their own); a file that cannot be read or decoded is never shared.
	 */
	private List<Path> sharedFiles(List<Path> files) throws UsageException {
		List<Path> shared = new ArrayList<>();
		XtextResourceSet probe = injector.getInstance(XtextResourceSet.class);
		for (Path file : files) {
			String text = SourceLoader.textOrNull(file);
			if (text == null || !(text.contains("organisaatio") || text.contains("organisation"))) {
				continue;
			}
			if (SourceLoader.load(probe, file, language) instanceof SourceLoader.Parsed parsed) {
				XtextResource resource = parsed.resource();
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof SelosteFile source
						&& source.getElements().stream().anyMatch(Organisation.class::isInstance)) {
					shared.add(file);
				}
				resource.unload();
				probe.getResources().remove(resource);
			}
		}
		return shared;
	}
}
