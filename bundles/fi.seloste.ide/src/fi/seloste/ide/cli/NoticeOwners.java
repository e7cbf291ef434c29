package fi.seloste.ide.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelostePackage;

/**
 * Which file's notice owns an output name in one {@code generate} run. A notice's files are named
 * after the notice, so two files declaring a notice of the same name would write the same outputs and
 * the second would silently replace the first's; the second is refused instead, as the Eclipse
 * builder does. Drafts have names of their own and are owned separately.
 */
final class NoticeOwners {

	static final String CODE = "noticeNameTaken";

	private final Map<String, Path> owners = new HashMap<>();

	/** A notice's name and where it is declared, kept when its file is released. */
	record Declared(String name, int line, int column) {
	}

	/** The names of {@code notices} with the positions an editor shows an error at. */
	static List<Declared> declared(List<Notice> notices) {
		return notices.stream().map(notice -> {
			LineAndColumn at = position(notice);
			return new Declared(notice.getName(), at.getLine(), at.getColumn());
		}).toList();
	}

	/**
	 * Claims the names of {@code notices} for {@code file}; returns one error per notice whose name
	 * another file already claimed (nothing is claimed then, since nothing of the file is written).
	 */
	List<Problem> claim(Path file, List<Declared> notices, boolean draft) {
		List<Problem> taken = new ArrayList<>();
		for (Declared notice : notices) {
			Path owner = owners.get(key(notice, draft));
			if (owner != null && !owner.equals(file)) {
				taken.add(new Problem(file, notice.line(), notice.column(), Problem.Severity.ERROR, CODE,
						"notice " + notice.name() + " is also declared in " + owner
								+ ", whose files of the same names were written; rename one of the notices"));
			}
		}
		if (taken.isEmpty()) {
			notices.forEach(notice -> owners.put(key(notice, draft), file));
		}
		return taken;
	}

	private static String key(Declared notice, boolean draft) {
		return (draft ? "draft " : "") + notice.name();
	}

	/** The position of the notice's name, where an editor shows the error. */
	private static LineAndColumn position(Notice notice) {
		List<INode> names = NodeModelUtils.findNodesForFeature(notice, SelostePackage.Literals.TOP_LEVEL_ELEMENT__NAME);
		INode node = names.isEmpty() ? NodeModelUtils.getNode(notice) : names.get(0);
		if (node == null) {
			return LineAndColumn.from(1, 1);
		}
		return NodeModelUtils.getLineAndColumn(node, node.getOffset());
	}
}
