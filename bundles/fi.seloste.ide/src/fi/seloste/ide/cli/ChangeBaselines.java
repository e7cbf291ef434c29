package fi.seloste.ide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.inject.Injector;

import fi.seloste.ide.diff.VersionSides;
import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Notice;

/**
 * The baseline of {@code seloste check --since REV} (issue 14): each operand (file or folder) as it was
 * at the git revision. An operand that did not exist then holds only new notices (nothing to compare);
 * one whose earlier version has errors is not compared, with a note, as a half-parsed version would
 * show changes that were never made. Public for the Maven plugin's worker, which calls the command line's
 * classes: a baseline parameter of its check goal would load it here and pass it to
 * {@link CheckCommand#check(SourceFiles, boolean, CheckCommand.Baseline)}.
 */
public final class ChangeBaselines {

	private ChangeBaselines() {
	}

	public static CheckCommand.Baseline load(Injector injector, String revision, List<String> operands, PrintStream err)
			throws UsageException {
		return load(injector, revision, operands, err, KeywordLanguage.ENGLISH);
	}

	/** The baseline, with messages in {@code language}. */
	public static CheckCommand.Baseline load(Injector injector, String revision, List<String> operands, PrintStream err,
			KeywordLanguage language) throws UsageException {
		List<Notice> notices = new ArrayList<>();
		for (String operand : operands) {
			VersionSides.Side side;
			try {
				side = VersionSides.revision(injector, revision, Path.of(operand), language);
			} catch (VersionSides.MissingAtRevision e) {
				continue; // new since the revision: nothing to compare with
			}
			if (side.hasErrors()) {
				err.println("seloste: " + Failures.text(language, "diff.baselineHasErrors", VisibleText.of(side.label())));
				continue;
			}
			notices.addAll(side.notices().values());
		}
		return new CheckCommand.Baseline(revision, notices);
	}
}
