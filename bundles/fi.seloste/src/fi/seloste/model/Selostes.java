package fi.seloste.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import fi.seloste.seloste.Controller;
import fi.seloste.seloste.ControllerKind;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Declaration;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Use;

/**
 * Reading a notice as a lawyer does: what it declares itself and what it uses from elsewhere count
 * alike. Shared by the validators and the generators.
 */
public final class Selostes {

	private Selostes() {
	}

	public static Notice noticeOf(EObject element) {
		return EcoreUtil2.getContainerOfType(element, Notice.class);
	}

	public static Register registerOf(EObject element) {
		return EcoreUtil2.getContainerOfType(element, Register.class);
	}

	/** The members of a block of the given type, including declarations brought in with {@code käytä}. */
	public static <T extends EObject> List<T> members(List<? extends EObject> members, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (EObject member : members) {
			if (type.isInstance(member)) {
				result.add(type.cast(member));
			} else if (member instanceof Use use) {
				Declaration used = use.getElement();
				if (used != null && !used.eIsProxy() && type.isInstance(used)) {
					result.add(type.cast(used));
				}
			}
		}
		return result;
	}

	public static List<Register> registers(Notice notice) {
		return members(notice.getMembers(), Register.class);
	}

	/** The controllers of a notice (not joint controllers). */
	public static List<Controller> controllers(Notice notice) {
		return members(notice.getMembers(), Controller.class).stream()
				.filter(c -> c.getKind() == ControllerKind.CONTROLLER).toList();
	}

	public static List<Purpose> purposes(Register register) {
		return members(register.getMembers(), Purpose.class);
	}

	public static List<DataCategory> categories(Register register) {
		return members(register.getMembers(), DataCategory.class);
	}

	/** The register's recipients and processors: its own, used ones, and those of the notice itself. */
	public static List<Party> parties(Register register) {
		List<Party> result = new ArrayList<>(members(register.getMembers(), Party.class));
		Notice notice = noticeOf(register);
		if (notice != null) {
			members(notice.getMembers(), Party.class).stream().filter(p -> !result.contains(p)).forEach(result::add);
		}
		return result;
	}

	/** All parties of a notice, each once. */
	public static List<Party> parties(Notice notice) {
		List<Party> result = new ArrayList<>(members(notice.getMembers(), Party.class));
		for (Register register : registers(notice)) {
			members(register.getMembers(), Party.class).stream().filter(p -> !result.contains(p)).forEach(result::add);
		}
		return result;
	}

	/** The rights blocks that apply to a register: the notice's and the register's own. */
	public static List<Rights> rightsBlocks(Register register) {
		List<Rights> blocks = new ArrayList<>(members(register.getMembers(), Rights.class));
		Notice notice = noticeOf(register);
		if (notice != null) {
			blocks.addAll(members(notice.getMembers(), Rights.class));
		}
		return blocks;
	}

	public static Stream<Right> rights(List<Rights> blocks) {
		return blocks.stream().flatMap(b -> b.getMembers().stream()).filter(Right.class::isInstance)
				.map(Right.class::cast);
	}

	/** The details of the given kind, in order. */
	public static List<Detail> details(List<? extends EObject> members, DetailKind kind) {
		return members.stream().filter(Detail.class::isInstance).map(Detail.class::cast)
				.filter(d -> d.getKind() == kind).toList();
	}

	/** The plain (or first) value of the first detail of the given kind. */
	public static Optional<String> detail(List<? extends EObject> members, DetailKind kind) {
		return details(members, kind).stream().findFirst().map(d -> Texts.firstValue(d.getValue()));
	}
}
