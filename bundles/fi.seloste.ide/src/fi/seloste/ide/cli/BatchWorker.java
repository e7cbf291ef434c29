package fi.seloste.ide.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Injector;

import fi.seloste.keywords.KeywordLanguage;

/**
 * One thread's part of a {@link NoticeBatch}: a resource set that holds the shared files (those that
 * declare an organisation), loaded and linked once, and one other file at a time, which is released when
 * its work is done. References resolve through the set's index, as in an IDE: the shared files' declarations
 * and the open file's own.
 */
final class BatchWorker {

	private final XtextResourceSet resourceSet;
	private final ResourceDescriptionsData index = new ResourceDescriptionsData(List.of());
	private final IResourceDescription.Manager descriptions;
	private final KeywordLanguage language;
	private final Map<Path, XtextResource> shared = new LinkedHashMap<>();
	private final Set<XtextResource> sharedResources = Collections.newSetFromMap(new IdentityHashMap<>());

	BatchWorker(Injector injector, List<Path> sharedFiles, KeywordLanguage language) throws UsageException {
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		this.descriptions = injector.getInstance(IResourceDescription.Manager.class);
		this.language = language;
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		for (Path file : sharedFiles) {
			if (SourceLoader.load(resourceSet, file, language) instanceof SourceLoader.Parsed parsed) {
				shared.put(file, parsed.resource());
				sharedResources.add(parsed.resource());
				index.addDescription(parsed.resource().getURI(), descriptions.getResourceDescription(parsed.resource()));
			}
		}
		for (XtextResource resource : shared.values()) {
			EcoreUtil.resolveAll(resource);
		}
	}

	XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The file loaded and linked in this worker's set (a shared file is already). */
	SourceLoader.Loaded open(Path file) throws UsageException {
		XtextResource loaded = shared.get(file);
		if (loaded != null) {
			return new SourceLoader.Parsed(loaded);
		}
		SourceLoader.Loaded result = SourceLoader.load(resourceSet, file, language);
		if (result instanceof SourceLoader.Parsed parsed) {
			index.addDescription(parsed.resource().getURI(), descriptions.getResourceDescription(parsed.resource()));
			EcoreUtil.resolveAll(parsed.resource());
		}
		return result;
	}

	/** Forgets an opened file, unless it is shared: the set holds only the shared files again. */
	void release(SourceLoader.Loaded loaded) {
		if (loaded instanceof SourceLoader.Parsed parsed && !sharedResources.contains(parsed.resource())) {
			XtextResource resource = parsed.resource();
			index.removeDescription(resource.getURI());
			resource.unload();
			resourceSet.getResources().remove(resource);
		}
	}
}
