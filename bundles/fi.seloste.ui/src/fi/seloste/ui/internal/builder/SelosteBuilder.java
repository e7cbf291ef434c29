package fi.seloste.ui.internal.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.NoticeRendering;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.OutputWriter;
import fi.seloste.io.WriteFailure;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.texts.UiTexts;
import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.ui.internal.validation.SelosteProjectResources;
import fi.seloste.validation.SelosteMessages;

/**
 * Generates on save: on each build, checks the changed {@code .seloste} files and those that refer to
 * a changed or deleted one, writes their problems as markers (files open in an editor are left to the
 * editor), and writes the notices of each file without errors into the output folder, as
 * {@code seloste generate} does ({@link NoticeRendering}). The outputs of deleted files, and of files
 * that now have errors, are removed, so the folder only ever holds notices that match a source without
 * errors; an info marker on the file says why it was not generated.
 * <p>
 * Each output has one owner, the source that wrote it first: another source whose notice has the same
 * name (a copy of the file, say) is not generated and gets a warning naming the owner, and an output is
 * only ever deleted for its owner. When the owner lets go (it is deleted, renamed or has errors), a
 * waiting source takes the output over in the same build.
 */
public class SelosteBuilder extends IncrementalProjectBuilder {

	public static final String ID = SelosteUiPlugin.PLUGIN_ID + ".selosteBuilder";

	/**
	 * The record on each file the builder wrote: the workspace path of its source. Only files carrying
	 * it are ever deleted by the builder (a folder shared with another tool keeps that tool's files), and
	 * it outlives a restart, so that Project > Clean and a full build find what an earlier session wrote.
	 */
	public static final QualifiedName GENERATED_BY = new QualifiedName(SelosteUiPlugin.PLUGIN_ID, "generatedBy");

	/** What each source wrote last (workspace files), and the other sources it refers to. */
	private final Map<IFile, Set<IFile>> outputs = new HashMap<>();
	private final Map<IFile, Set<IFile>> references = new HashMap<>();
	/** Sources with errors: checked again whenever anything changes (a missing file may have come). */
	private final Set<IFile> withErrors = new HashSet<>();
	/** Sources not generated because others own some of their outputs: those outputs. */
	private final Map<IFile, Set<IFile>> blocked = new HashMap<>();
	/** Whether the state above describes the project (false after a restart or a cancelled build). */
	private boolean upToDate;

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		Injector injector = SelosteInjector.get();
		GenerationSettings settings = GenerationSettings.current(injector.getInstance(NoticeFormats.class));
		IFolder folder = settings.folderIn(getProject()).orElse(null);
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		boolean full = delta == null || !upToDate;
		Set<IFile> changed = new HashSet<>();
		Set<IFile> removed = new HashSet<>();
		if (!full) {
			collectChanges(delta, folder, changed, removed);
			if (changed.isEmpty() && removed.isEmpty()) {
				return null;
			}
		}
		upToDate = false;
		Map<IFile, XtextResource> sources = ProjectSources.load(injector, getProject(), folder);
		if (full && folder != null) {
			adopt(folder, sources.keySet(), monitor);
		}
		for (IFile gone : removed) {
			forget(gone, monitor);
		}
		if (full) {
			for (IFile known : new ArrayList<>(outputs.keySet())) {
				if (!sources.containsKey(known)) {
					forget(known, monitor);
				}
			}
		}
		Set<IFile> affected = full ? sources.keySet() : affected(changed, removed, sources.keySet());
		FileBuild fileBuild = new FileBuild(injector, settings, folder);
		List<IFile> done = new ArrayList<>();
		for (IFile file : affected) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			fileBuild.run(file, sources.get(file), monitor);
			done.add(file);
		}
		// outputs let go of in this build go to the sources that waited for them
		for (IFile waiting : new ArrayList<>(blocked.keySet())) {
			if (sources.containsKey(waiting)
					&& blocked.get(waiting).stream().allMatch(output -> ownerOf(output, waiting) == null)) {
				fileBuild.run(waiting, sources.get(waiting), monitor);
				if (!done.contains(waiting)) {
					done.add(waiting);
				}
			}
		}
		if (full && folder != null) {
			removeStrangers(folder, monitor);
		}
		upToDate = true;
		GeneratedNotices.announce(done);
		return null;
	}

	/**
	 * Project > Clean: deletes every file of the output folder the builder wrote (those carrying
	 * {@link #GENERATED_BY}, also from before a restart) and nothing else, and the generation notes.
	 */
	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		for (IFile source : new ArrayList<>(outputs.keySet())) {
			forget(source, monitor);
		}
		IFolder folder = GenerationSettings.outputFolderIn(getProject()).orElse(null);
		if (folder != null && folder.exists()) {
			folder.refreshLocal(IResource.DEPTH_ONE, monitor);
			for (IResource member : folder.members()) {
				if (member instanceof IFile file && generatedBy(file) != null) {
					file.delete(true, monitor);
				}
			}
		}
		getProject().deleteMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_INFINITE);
		for (IFile source : ProjectSources.list(getProject(), folder)) {
			GenerationRecord.clear(source);
		}
		outputs.clear();
		blocked.clear();
		references.clear();
		withErrors.clear();
		upToDate = false;
	}

	/** The live source other than {@code except} that owns an output; {@code null} when none does. */
	private IFile ownerOf(IFile output, IFile except) {
		for (Map.Entry<IFile, Set<IFile>> entry : outputs.entrySet()) {
			if (!entry.getKey().equals(except) && entry.getValue().contains(output)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/**
	 * Takes over, from their records, what the sources wrote before the builder was watching (after a
	 * restart), so that each output keeps its owner and stale outputs are deleted for their owner.
	 */
	private void adopt(IFolder folder, Set<IFile> sources, IProgressMonitor monitor) throws CoreException {
		if (!folder.exists()) {
			return;
		}
		folder.refreshLocal(IResource.DEPTH_ONE, monitor);
		IWorkspaceRoot root = getProject().getWorkspace().getRoot();
		for (IResource member : folder.members()) {
			String recorded = member instanceof IFile file ? generatedBy(file) : null;
			if (recorded != null) {
				IFile source = root.getFile(IPath.fromPortableString(recorded));
				if (sources.contains(source) && ownerOf((IFile) member, null) == null) {
					outputs.computeIfAbsent(source, s -> new LinkedHashSet<>()).add((IFile) member);
				}
			}
		}
	}

	/** Deletes an output, if it is the source's: its record names the source. */
	private static void deleteOwned(IFile output, IFile source, IProgressMonitor monitor) throws CoreException {
		if (source.getFullPath().toPortableString().equals(generatedBy(output))) {
			output.delete(true, monitor);
		}
	}

	/** The source a file was written by, as its record says; {@code null} when Seloste did not write it. */
	private static String generatedBy(IFile file) throws CoreException {
		return file.exists() ? file.getPersistentProperty(GENERATED_BY) : null;
	}

	/** The builder's part of one file: check it, then generate it or say why not. */
	private final class FileBuild {

		private final IResourceValidator validator;
		private final SelosteMessages messages;
		private final GenerationSettings settings;
		private final IFolder folder;

		FileBuild(Injector injector, GenerationSettings settings, IFolder folder) {
			this.validator = injector.getInstance(IResourceValidator.class);
			this.messages = injector.getInstance(SelosteMessages.class);
			this.settings = settings;
			this.folder = folder;
		}

		void run(IFile file, XtextResource resource, IProgressMonitor monitor) throws CoreException {
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, monitor::isCanceled);
			if (!isOpenInEditor(file)) {
				ProblemMarkers.replace(file, issues, IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP);
			}
			references.put(file, referencedSources(resource, file));
			KeywordLanguage language = messages.languageFor(resource);
			long errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
			Set<IFile> previous = outputs.getOrDefault(file, Set.of());
			List<String> notes = new ArrayList<>();
			List<String> warnings = new ArrayList<>();
			Set<IFile> waitingFor = new LinkedHashSet<>();
			Set<IFile> written = new LinkedHashSet<>();
			if (errors > 0) {
				withErrors.add(file);
				notes.add(UiTexts.text(language, "generation.notGenerated.errors", errors));
			} else if (folder == null) {
				withErrors.remove(file);
				notes.add(UiTexts.text(language, "generation.notGenerated.folder", settings.folder().toString()));
			} else {
				withErrors.remove(file);
				written.addAll(write(file, resource, language, notes, warnings, waitingFor, monitor));
			}
			for (IFile stale : previous) {
				if (!written.contains(stale)) {
					deleteOwned(stale, file, monitor);
				}
			}
			outputs.put(file, written);
			if (waitingFor.isEmpty()) {
				blocked.remove(file);
			} else {
				blocked.put(file, waitingFor);
			}
			GenerationMarkers.replace(file, notes, warnings);
			// what the preview reads, also after a restart: the outputs, and what they were made from
			GenerationRecord.write(file, List.copyOf(written), references.get(file));
		}

		private List<IFile> write(IFile source, XtextResource resource, KeywordLanguage language, List<String> notes,
				List<String> warnings, Set<IFile> waitingFor, IProgressMonitor monitor) throws CoreException {
			List<OutputFile> files = new ArrayList<>();
			SelosteFile model = resource.getContents().isEmpty() ? null : (SelosteFile) resource.getContents().get(0);
			for (Notice notice : NoticeRendering.notices(model)) {
				files.addAll(NoticeRendering.render(notice, settings.formats(), settings.languages(),
						(skipped, lang) -> notes.add(UiTexts.text(language, "generation.languageSkipped",
								skipped.getName(), lang.getLiteral()))));
			}
			if (files.isEmpty()) {
				return List.of();
			}
			// an output another source owns is not written over: nothing of this source is written then
			Set<IFile> owners = new LinkedHashSet<>();
			for (OutputFile output : files) {
				IFile target = folder.getFile(output.name());
				IFile owner = ownerOf(target, source);
				if (owner != null) {
					waitingFor.add(target);
					if (owners.add(owner)) {
						warnings.add(UiTexts.text(language, "generation.notGenerated.duplicate", target.getName(),
								owner.getFullPath().toString()));
					}
				}
			}
			if (!waitingFor.isEmpty()) {
				return List.of();
			}
			createFolder(folder, monitor);
			try {
				new OutputWriter(Path.of(folder.getLocationURI())).write(files);
			} catch (IOException | RuntimeException e) {
				// the file and the reason in words (fi.seloste.io.WriteFailure, fi.seloste.io.Failures), in the
				// message language, never an exception's message; the exception goes to the error log with the status
				String reason = e instanceof WriteFailure failure ? failure.message(language)
						: e instanceof IOException io ? fi.seloste.io.Failures.reason(io, Path.of(folder.getLocationURI()), language)
						: fi.seloste.io.Failures.internalError(language);
				throw new CoreException(Status.error(UiTexts.text(language, "generation.cannotWrite",
						folder.getFullPath().toString(), reason), e));
			}
			folder.refreshLocal(IResource.DEPTH_ONE, monitor);
			List<IFile> written = new ArrayList<>();
			for (OutputFile output : files) {
				IFile target = folder.getFile(output.name());
				if (target.exists()) {
					target.setDerived(true, monitor);
					target.setPersistentProperty(GENERATED_BY, source.getFullPath().toPortableString());
				}
				written.add(target);
			}
			return written;
		}
	}

	/** The sources a file's resolved references lead into (an organisation file, say). */
	private static Set<IFile> referencedSources(XtextResource resource, IFile self) {
		Set<IFile> referenced = new HashSet<>();
		for (EObject target : EcoreUtil.ExternalCrossReferencer.find(resource).keySet()) {
			Resource other = target.eResource();
			if (other != null && other != resource && other.getURI().isPlatformResource()) {
				IResource member = self.getWorkspace().getRoot()
						.findMember(other.getURI().toPlatformString(true));
				if (member instanceof IFile file) {
					referenced.add(file);
				}
			}
		}
		return referenced;
	}

	private Set<IFile> affected(Set<IFile> changed, Set<IFile> removed, Set<IFile> sources) {
		Set<IFile> touched = new HashSet<>(changed);
		touched.addAll(removed);
		Set<IFile> affected = new LinkedHashSet<>();
		for (IFile source : sources) {
			boolean refersToTouched = references.getOrDefault(source, Set.of()).stream().anyMatch(touched::contains);
			if (changed.contains(source) || refersToTouched || withErrors.contains(source)
					|| !references.containsKey(source)) {
				affected.add(source);
			}
		}
		return affected;
	}

	private static void collectChanges(IResourceDelta delta, IFolder folder, Set<IFile> changed, Set<IFile> removed)
			throws CoreException {
		delta.accept(child -> {
			IResource resource = child.getResource();
			if (resource.getType() == IResource.FILE && SelosteProjectResources.EXTENSION.equals(resource.getFileExtension())) {
				if (child.getKind() == IResourceDelta.REMOVED) {
					removed.add((IFile) resource);
				} else if (ProjectSources.isSource(resource, folder)
						&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0
								|| (child.getFlags() & IResourceDelta.REPLACED) != 0)) {
					changed.add((IFile) resource);
				}
			}
			return true;
		});
	}

	/** Removes what a source wrote: it was deleted. */
	private void forget(IFile source, IProgressMonitor monitor) throws CoreException {
		for (IFile output : outputs.getOrDefault(source, Set.of())) {
			deleteOwned(output, source, monitor);
		}
		outputs.remove(source);
		blocked.remove(source);
		references.remove(source);
		withErrors.remove(source);
		GenerationMarkers.remove(source);
		GenerationRecord.clear(source);
	}

	/**
	 * After a full build, files in the output folder that Seloste wrote (they carry {@link #GENERATED_BY})
	 * but no source produces now are outputs of notices deleted or renamed while the builder was not
	 * watching (e.g. before a restart). Any other file stays: the folder may be shared with another tool
	 * ({@code bin}, {@code target}) or hold the user's own files, derived or not.
	 */
	private void removeStrangers(IFolder folder, IProgressMonitor monitor) throws CoreException {
		if (!folder.exists()) {
			return;
		}
		folder.refreshLocal(IResource.DEPTH_ONE, monitor);
		Set<IFile> produced = new HashSet<>();
		outputs.values().forEach(produced::addAll);
		for (IResource member : folder.members()) {
			// only files the builder wrote: never a source, another tool's file or one the user put there
			if (member instanceof IFile file && !produced.contains(file) && generatedBy(file) != null
					&& !SelosteProjectResources.EXTENSION.equals(file.getFileExtension())) {
				file.delete(true, monitor);
			}
		}
	}

	/**
	 * Creates the output folder and whichever of its parents are missing, marked derived; folders that
	 * exist already are the user's and stay as they are (a derived {@code docs/} would hide its sources).
	 */
	private static void createFolder(IFolder folder, IProgressMonitor monitor) throws CoreException {
		if (!folder.exists()) {
			IContainer parent = folder.getParent();
			if (parent instanceof IFolder parentFolder) {
				createFolder(parentFolder, monitor);
			}
			folder.create(IResource.FORCE | IResource.DERIVED, true, monitor);
		}
	}

	/** Whether an editor has the file open: then its problems are the editor's to write. */
	static boolean isOpenInEditor(IFile file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
	}
}
