package fi.seloste.ui.internal.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import fi.seloste.diff.NoticeChange;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * The semantic diff of a {@code .seloste} file in the compare editor: a line that counts the changes, then
 * one entry per change, the material ones first (opened: the value before and after, the reason and its
 * provision), then the editorial ones (closed). Registered as the file type's structure viewer
 * ({@code org.eclipse.compare.structureMergeViewers}), so Compare With &gt; Local History, &gt; Each Other and
 * a Git compare show it: in the Outline view beside the text diff when the Outline is open (the platform's
 * default, "Show structure compare in Outline view"), else above the text diff. A tree of one column reads
 * in the narrow Outline as well as in the editor. Its selection stays empty: the compare editor then keeps
 * the whole file's text diff.
 */
public final class SemanticDiffViewer extends Viewer {

	/** The pane's data key of the computation that filled it last, for the tests. */
	public static final String RESULT_SHOWN = "fi.seloste.ui.compare.shown";
	/** The pane's data key of this viewer. */
	public static final String VIEWER = "fi.seloste.ui.compare.viewer";

	private final Composite control;
	private final Label summary;
	private final Tree tree;
	private final CompareConfiguration configuration;
	private Object input;
	private Job job;

	SemanticDiffViewer(Composite parent, CompareConfiguration configuration) {
		this.configuration = configuration;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(0, 4).applyTo(control);
		summary = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
		tree = new Tree(control, SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		// an entry longer than the pane (the Outline view is narrow) is read whole in its tooltip
		tree.addListener(SWT.MouseHover, event -> {
			TreeItem item = tree.getItem(new Point(event.x, event.y));
			tree.setToolTipText(item == null ? null : item.getText());
		});
		KeywordLanguage platform = platformLanguage();
		control.setData(CompareUI.COMPARE_VIEWER_TITLE, UiTexts.text(platform, "compare.title"));
		control.setData(VIEWER, this);
		summary.setText(UiTexts.text(platform, "compare.computing"));
		control.addDisposeListener(e -> cancel());
	}

	@Override
	public Control getControl() {
		return control;
	}

	/** The changes: an entry per change, its details below it (for the tests and the screenshots). */
	public Tree tree() {
		return tree;
	}

	/** The line above the changes. */
	public String summary() {
		return summary.getText();
	}

	@Override
	public Object getInput() {
		return input;
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection, boolean reveal) {
		// the entries are not elements the compare editor could show on their own
	}

	@Override
	public void refresh() {
		setInput(input);
	}

	@Override
	public void setInput(Object newInput) {
		Object previous = input;
		input = newInput;
		inputChanged(newInput, previous);
		cancel();
		tree.removeAll();
		control.setData(RESULT_SHOWN, null);
		if (!(newInput instanceof ICompareInput compareInput)) {
			summary.setText("");
			return;
		}
		summary.setText(UiTexts.text(platformLanguage(), "compare.computing"));
		String earlier = configuration.getRightLabel(compareInput);
		String later = configuration.getLeftLabel(compareInput);
		Job computation = Job.create(UiTexts.text(platformLanguage(), "compare.job"), monitor -> {
			SemanticComparison.Result result;
			try {
				result = new SemanticComparison(SelosteInjector.get()).compare(compareInput);
			} catch (CoreException | RuntimeException e) {
				// the pane says it in the user's words; the exception is for the error log only
				ILog.of(SemanticDiffViewer.class).error("The semantic diff of " + later + " and " + earlier + " failed", e);
				KeywordLanguage language = platformLanguage();
				result = new SemanticComparison.Result(language, List.of(), UiTexts.text(language, "compare.failed"));
			}
			SemanticComparison.Result shown = result;
			if (!monitor.isCanceled() && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> show(compareInput, shown, earlier, later));
			}
			return Status.OK_STATUS;
		});
		computation.setSystem(true);
		job = computation;
		computation.schedule();
	}

	private void cancel() {
		if (job != null) {
			job.cancel();
			job = null;
		}
	}

	private void show(Object shownInput, SemanticComparison.Result result, String earlier, String later) {
		if (control.isDisposed() || shownInput != input) {
			return;
		}
		KeywordLanguage language = result.language();
		tree.removeAll();
		if (result.message() != null) {
			summary.setText(result.message());
		} else {
			summary.setText(summaryLine(result, earlier, later));
			List<NoticeChange> changes = new ArrayList<>();
			for (NoticeDiff diff : result.diffs()) {
				changes.addAll(diff.changes());
			}
			// material first; within each group the comparison's order
			changes.sort(Comparator.comparing(change -> !change.isMaterial()));
			for (NoticeChange change : changes) {
				ChangeTexts.Entry entry = ChangeTexts.entry(change, language);
				TreeItem item = new TreeItem(tree, SWT.NONE);
				item.setText(entry.headline());
				if (change.isMaterial()) {
					item.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
				}
				for (String detail : entry.details()) {
					new TreeItem(item, SWT.NONE).setText(detail);
				}
				item.setExpanded(change.isMaterial());
			}
		}
		control.layout(true, true);
		control.setData(RESULT_SHOWN, result);
	}

	private static String summaryLine(SemanticComparison.Result result, String earlier, String later) {
		KeywordLanguage language = result.language();
		String from = earlier == null ? "" : earlier;
		String to = later == null ? "" : later;
		if (result.changes() == 0) {
			return UiTexts.text(language, "compare.noChanges", from, to);
		}
		return UiTexts.text(language, "compare.summary", result.changes(), result.material(), from, to);
	}

	/** Finnish when the platform's language is Finnish, else English, until the file's language is known. */
	private static KeywordLanguage platformLanguage() {
		return "fi".equals(Locale.getDefault().getLanguage()) ? KeywordLanguage.FINNISH : KeywordLanguage.ENGLISH;
	}
}
