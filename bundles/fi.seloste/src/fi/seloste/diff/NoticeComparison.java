package fi.seloste.diff;

import fi.seloste.seloste.Notice;

/**
 * The semantic diff of two versions of a notice: what was added, removed, changed or renamed, each
 * change classified as material (with its reason and provision) or editorial. Both notices must be
 * linked, each in its own resource set; organisation-file declarations they use or import are compared
 * as part of the notice.
 */
public final class NoticeComparison {

	private NoticeComparison() {
	}

	public static NoticeDiff compare(Notice before, Notice after) {
		throw new UnsupportedOperationException("being built on branch issue14-diff");
	}
}
