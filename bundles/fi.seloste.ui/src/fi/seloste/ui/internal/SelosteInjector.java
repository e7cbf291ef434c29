package fi.seloste.ui.internal;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.jobs.Job;

import com.google.inject.Injector;

import fi.seloste.ide.SelosteIdeSetup;

/**
 * The language's one injector in this bundle (runtime and IDE modules), created on first use.
 * Creating it also registers the Seloste EMF package and resource factory, as the command line does:
 * the runtime bundle contributes no EMF extensions of its own.
 */
public final class SelosteInjector {

	private static volatile Injector injector;
	private static final CompletableFuture<Injector> READY = new CompletableFuture<>();

	private SelosteInjector() {
	}

	/** Whether the injector has been created (then {@link #get()} returns at once). */
	public static boolean isReady() {
		return injector != null;
	}

	/**
	 * Creates the injector in a background job, so that the first editor, Ctrl+1 or Problems view does
	 * not wait for it on the UI thread.
	 */
	public static void warmUp() {
		Job job = Job.create("Preparing the Seloste language", monitor -> {
			get();
		});
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * Runs the action once the injector exists (at once if it does), on the thread that created it: what
	 * the UI thread must not wait for (a restored editor's keywords) is done when it is ready.
	 */
	public static void whenReady(Runnable action) {
		READY.thenRun(action);
	}

	public static Injector get() {
		Injector result = injector;
		if (result == null) {
			synchronized (SelosteInjector.class) {
				result = injector;
				if (result == null) {
					result = new SelosteIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
					READY.complete(result);
				}
			}
		}
		return result;
	}
}
