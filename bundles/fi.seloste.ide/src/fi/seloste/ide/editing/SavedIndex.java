package fi.seloste.ide.editing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

/**
 * What the project's other files declare, as saved: one {@link IResourceDescription} per file (its
 * exported names, no model), made by parsing the file alone once and again only when its saved content
 * changes. Scoping reads names from here; a file is loaded only when a reference leads into it.
 */
final class SavedIndex {

	private final Injector injector;
	private final ResourceDescriptionsData data = new ResourceDescriptionsData(List.of());
	private final Map<URI, Object> versions = new HashMap<>();

	SavedIndex(Injector injector) {
		this.injector = injector;
	}

	ResourceDescriptionsData data() {
		return data;
	}

	boolean contains(URI file) {
		return versions.containsKey(file);
	}

	/**
	 * Brings the index up to the project's saved files, leaving {@code edited} (whose description is the
	 * live one) alone; returns the files added, changed or removed since the last call.
	 */
	Set<URI> refresh(ProjectFiles project, Map<URI, Object> current, URI edited) {
		Set<URI> changed = new HashSet<>();
		for (URI file : new ArrayList<>(versions.keySet())) {
			if (!current.containsKey(file) || file.equals(edited)) {
				versions.remove(file);
				if (!file.equals(edited)) {
					data.removeDescription(file);
				}
				changed.add(file);
			}
		}
		current.forEach((file, version) -> {
			if (!file.equals(edited) && !version.equals(versions.get(file))) {
				versions.put(file, version);
				data.addDescription(file, describe(project, file));
				changed.add(file);
			}
		});
		return changed;
	}

	/** The saved file's exported names, copied so that the description holds no model. */
	private IResourceDescription describe(ProjectFiles project, URI file) {
		SerializableResourceDescription copy = new SerializableResourceDescription();
		copy.setURI(file);
		copy.setReferences(new ArrayList<>());
		copy.setImportedNames(new ArrayList<>());
		List<SerializableEObjectDescription> exported = new ArrayList<>();
		copy.setDescriptions(exported);
		String text;
		try {
			text = project.savedText(file);
		} catch (IOException e) {
			return copy; // unreadable: declares nothing (loading it for a reference fails the same way)
		}
		XtextResourceSet alone = injector.getInstance(XtextResourceSet.class);
		Resource resource = alone.createResource(file);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			return copy;
		}
		IResourceDescription description = ((XtextResource) resource).getResourceServiceProvider()
				.getResourceDescriptionManager().getResourceDescription(resource);
		for (IEObjectDescription object : description.getExportedObjects()) {
			SerializableEObjectDescription copied = new SerializableEObjectDescription();
			copied.setEObjectURI(object.getEObjectURI());
			copied.setEClass(object.getEClass());
			copied.setQualifiedName(object.getQualifiedName());
			HashMap<String, String> userData = new HashMap<>();
			for (String key : object.getUserDataKeys()) {
				userData.put(key, object.getUserData(key));
			}
			copied.setUserData(userData);
			exported.add(copied);
		}
		return copy;
	}
}
