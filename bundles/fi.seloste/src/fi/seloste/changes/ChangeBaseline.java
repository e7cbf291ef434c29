package fi.seloste.changes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import fi.seloste.seloste.Notice;

/**
 * The earlier version the notices of a resource set are compared with (issue 14): the notices of
 * that version by name, and how the user named the version ({@code v1.0}, {@code HEAD~1}, a file). A
 * tool that knows a baseline attaches one ({@code seloste check --since REV}); without one, no check
 * compares versions and validation is exactly what it is without this class.
 */
public final class ChangeBaseline extends AdapterImpl {

	private final String label;
	private final Map<String, Notice> notices;

	private ChangeBaseline(String label, Map<String, Notice> notices) {
		this.label = label;
		this.notices = notices;
	}

	/** Attaches the baseline to a resource set (replacing one attached before). */
	public static ChangeBaseline attach(ResourceSet resourceSet, String label, Iterable<Notice> baselineNotices) {
		Map<String, Notice> byName = new LinkedHashMap<>();
		for (Notice notice : baselineNotices) {
			if (notice.getName() != null) {
				byName.putIfAbsent(notice.getName(), notice);
			}
		}
		resourceSet.eAdapters().removeIf(ChangeBaseline.class::isInstance);
		ChangeBaseline baseline = new ChangeBaseline(label, byName);
		resourceSet.eAdapters().add(baseline);
		return baseline;
	}

	/** The baseline attached to the resource set of the notice, if any. */
	public static Optional<ChangeBaseline> of(Notice notice) {
		Resource resource = notice.eResource();
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		if (set == null) {
			return Optional.empty();
		}
		for (var adapter : set.eAdapters()) {
			if (adapter instanceof ChangeBaseline baseline) {
				return Optional.of(baseline);
			}
		}
		return Optional.empty();
	}

	/** How the user named the earlier version, for messages. */
	public String label() {
		return label;
	}

	/** The earlier version of the notice (the notice of the same name), if the baseline has it. */
	public Optional<Notice> earlier(Notice notice) {
		return Optional.ofNullable(notices.get(notice.getName()));
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ChangeBaseline.class;
	}
}
