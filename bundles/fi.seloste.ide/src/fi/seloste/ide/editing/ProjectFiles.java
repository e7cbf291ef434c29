package fi.seloste.ide.editing;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

/**
 * The {@code .seloste} files of the project an edited file belongs to, as saved: what an
 * {@link EditingSession} indexes and loads. Each editor adapts its own workspace to it.
 */
public interface ProjectFiles {

	/**
	 * The project's files, each with a version that changes whenever its saved content does (a
	 * modification stamp, say; compared with {@code equals}). Asked before every check, so it should be
	 * cheap: no file is read.
	 */
	Map<URI, Object> versions();

	/** The saved content of one of the project's files. */
	String savedText(URI file) throws IOException;
}
