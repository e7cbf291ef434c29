package fi.seloste.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import com.google.inject.Injector;

import fi.seloste.diff.DiffReport;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.ide.SelosteIdeSetup;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.UsageException;
import fi.seloste.ide.diff.VersionSides;
import fi.seloste.tests.Fixtures;

/** The diff fixtures: one folder per case with {@code before/} and {@code after/} versions. */
final class DiffSupport {

	private DiffSupport() {
	}

	static Path cases() {
		return Fixtures.fixtures().resolve("diff/cases");
	}

	/** The report of a case, its sides named "before" and "after" so that outputs do not depend on paths. */
	static DiffReport report(String name) {
		return report(cases().resolve(name).resolve("before"), cases().resolve(name).resolve("after"));
	}

	static DiffReport report(Path before, Path after) {
		VersionSides.Side earlier = side(before);
		VersionSides.Side later = side(after);
		return NoticeComparison.compare("before", earlier.notices(), "after", later.notices());
	}

	static VersionSides.Side side(Path path) {
		try {
			// Test injectors of other classes may have replaced the language's registration: register again.
			Injector injector = CliInjector.get();
			new SelosteIdeSetup().register(injector);
			VersionSides.Side side = VersionSides.path(injector, path);
			assertEquals(List.of(), side.problems().stream().map(Problem::format).toList(), path + " has errors");
			return side;
		} catch (UsageException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
