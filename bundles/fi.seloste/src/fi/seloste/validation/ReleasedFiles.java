package fi.seloste.validation;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * What the checks of the files still loaded need to know of the project's files that a headless run has
 * already checked and released (to keep its working set bounded): whether any of them holds a reference
 * naming nothing. A finding that rests on nothing referring to an element is not made then, as when all
 * files were loaded ({@link BrokenSource}). What they referred to is in the index, as their references.
 */
public final class ReleasedFiles extends AdapterImpl {

	private final boolean anyBrokenReference;

	private ReleasedFiles(boolean anyBrokenReference) {
		this.anyBrokenReference = anyBrokenReference;
	}

	/** Tells the checks of {@code resourceSet} about the released files. */
	public static void attach(ResourceSet resourceSet, boolean anyBrokenReference) {
		resourceSet.eAdapters().removeIf(ReleasedFiles.class::isInstance);
		resourceSet.eAdapters().add(new ReleasedFiles(anyBrokenReference));
	}

	/** Whether a file of the project that is no longer loaded beside {@code resource} holds a broken reference. */
	static boolean anyBrokenReference(Resource resource) {
		ResourceSet set = resource.getResourceSet();
		if (set == null) {
			return false;
		}
		for (var adapter : set.eAdapters()) {
			if (adapter instanceof ReleasedFiles released) {
				return released.anyBrokenReference;
			}
		}
		return false;
	}

	/** Whether {@code resource} holds a reference naming nothing (after linking). */
	public static boolean holdsBrokenReference(Resource resource) {
		return BrokenSource.holdsBrokenReference(resource);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ReleasedFiles.class;
	}
}
