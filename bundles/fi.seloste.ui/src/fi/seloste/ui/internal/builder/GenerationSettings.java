package fi.seloste.ui.internal.builder;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;

import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.seloste.Language;
import fi.seloste.ui.internal.preferences.SelostePreferences;

/**
 * What the builder writes, as the preferences say: the project folder, the formats (in the
 * generator's order) and the languages ({@code null}: each notice's own).
 */
record GenerationSettings(IPath folder, List<NoticeFormat> formats, List<Language> languages) {

	static GenerationSettings current(NoticeFormats known) {
		List<String> ids = SelostePreferences.formatIds();
		List<NoticeFormat> formats = known.all().stream().filter(f -> ids.contains(f.id())).toList();
		IPath folder = IPath.fromPortableString(SelostePreferences.outputFolder()).makeRelative();
		return new GenerationSettings(folder, formats, SelostePreferences.languages());
	}

	/** The output folder of a project; empty when the preference names no folder inside it. */
	Optional<IFolder> folderIn(IProject project) {
		return folderIn(project, folder);
	}

	/** The output folder of a project as the preferences say now; empty when they name none inside it. */
	static Optional<IFolder> outputFolderIn(IProject project) {
		return folderIn(project, IPath.fromPortableString(SelostePreferences.outputFolder()).makeRelative());
	}

	private static Optional<IFolder> folderIn(IProject project, IPath folder) {
		if (folder.isEmpty() || folder.segmentCount() == 0 || folder.toString().contains("..")) {
			return Optional.empty();
		}
		return Optional.of(project.getFolder(folder));
	}
}
