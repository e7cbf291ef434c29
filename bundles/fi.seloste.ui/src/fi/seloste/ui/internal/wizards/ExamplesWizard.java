package fi.seloste.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import fi.seloste.ui.internal.SelosteImages;
import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * File → New → Examples → Seloste examples: a Seloste project holding the shipped examples (clean
 * notices, an organisation across three files, the seeds with their real defects), generated as soon
 * as it is built. The Seloste Studio welcome page opens it by its id.
 */
public class ExamplesWizard extends BasicNewResourceWizard {

	public static final String ID = "fi.seloste.ui.examplesWizard";

	private WizardNewProjectCreationPage page;
	private IProject created;
	private List<String> kept = List.of();
	private String projectName = UiTexts.text("wizard.examples.defaultProjectName");

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(UiTexts.text("wizard.examples.window"));
		setNeedsProgressMonitor(true);
	}

	@Override
	protected void initializeDefaultPageImageDescriptor() {
		setDefaultPageImageDescriptor(SelosteImages.descriptor(SelosteImages.EXAMPLES_BANNER));
	}

	@Override
	public void addPages() {
		// the examples once more (the project exists: the platform's page would only disable Finish, and
		// say why in English once the name is edited): a free name, and why, at once
		String taken = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName).exists() ? projectName : null;
		if (taken != null) {
			projectName = freeName(taken);
		}
		page = new WizardNewProjectCreationPage("examplesProject") {
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				if (taken != null) {
					setMessage(UiTexts.text("wizard.examples.exists", taken, projectName), INFORMATION);
				}
			}
		};
		page.setTitle(UiTexts.text("wizard.examples.title"));
		page.setDescription(UiTexts.text("wizard.examples.description"));
		page.setInitialProjectName(projectName);
		addPage(page);
	}

	/** The name with the first free number: seloste-examples-2, -3, ... */
	private static String freeName(String name) {
		for (int number = 2;; number++) {
			String candidate = name + "-" + number;
			if (!ResourcesPlugin.getWorkspace().getRoot().getProject(candidate).exists()) {
				return candidate;
			}
		}
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
		if (!page.useDefaults()) {
			description.setLocationURI(page.getLocationURI());
		}
		Path location = location(project, description);
		List<String> keptFiles = new ArrayList<>();
		WorkspaceModifyOperation creation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, 5);
				// the location may hold files already: those are the user's, whatever happens
				boolean locationExisted = location != null && Files.exists(location);
				List<Path> metadata = location == null ? List.of()
						: List.of(location.resolve(".project"), location.resolve(".settings")).stream()
								.filter(f -> !Files.exists(f)).toList();
				project.create(description, progress.split(1));
				List<IResource> made = new ArrayList<>();
				try {
					project.open(progress.split(1));
					project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
					keptFiles.addAll(ShippedExamples.copyInto(project, made, progress.split(1)));
					// last: adding the nature configures the builder, whose first build generates every example
					SelosteNature.add(project, progress.split(1));
				} catch (CoreException | RuntimeException e) {
					undo(project, made, locationExisted, metadata, e);
					throw e;
				}
			}
		};
		try {
			getContainer().run(true, false, creation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(getClass()).error("Cannot create the Seloste examples project", cause);
			reportFailure(UiTexts.text("wizard.examples.failed", String.valueOf(cause.getMessage())));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = project;
		kept = List.copyOf(keptFiles);
		if (!kept.isEmpty()) {
			reportKept(kept);
		}
		selectAndReveal(project);
		return true;
	}

	/** The folder the project will be in, when it is on the local file system. */
	private static Path location(IProject project, IProjectDescription description) {
		URI uri = description.getLocationURI();
		if (uri == null) {
			IPath root = project.getWorkspace().getRoot().getLocation();
			return root == null ? null : root.append(project.getName()).toPath();
		}
		return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
	}

	/**
	 * Undoes a failed creation: a project in a new folder is deleted with its content; in a folder that
	 * held files already, only what the wizard created goes, and the user's files stay.
	 */
	private static void undo(IProject project, List<IResource> made, boolean locationExisted, List<Path> metadata,
			Exception failure) {
		try {
			if (!locationExisted) {
				project.delete(true, true, null);
				return;
			}
			for (int i = made.size() - 1; i >= 0; i--) {
				if (made.get(i).exists()) {
					made.get(i).delete(true, null);
				}
			}
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
			// the project's own files the creation wrote (.project, .settings/), not there before
			for (Path created : metadata) {
				if (Files.isDirectory(created)) {
					try (var files = Files.walk(created)) {
						for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
							Files.delete(file);
						}
					}
				} else {
					Files.deleteIfExists(created);
				}
			}
		} catch (CoreException | IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/** Tells the user which files the project's folder held already and were kept, not replaced. */
	protected void reportKept(List<String> files) {
		MessageDialog.openInformation(getShell(), UiTexts.text("wizard.examples.window"),
				UiTexts.text("wizard.examples.kept", String.join("\n", files)));
	}

	/** Tells the user the project could not be created (and nothing of it is left). */
	protected void reportFailure(String message) {
		MessageDialog.openError(getShell(), UiTexts.text("wizard.examples.window"), message);
	}

	/** The example files the last finish found in the project's folder already and kept. */
	public List<String> kept() {
		return kept;
	}

	/** The project name the page proposes; call before the pages are created (e.g. by a welcome page). */
	public void proposeProjectName(String name) {
		this.projectName = name;
	}

	/** The project the last finish created. */
	public IProject created() {
		return created;
	}
}
