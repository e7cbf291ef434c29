package fi.seloste.model.resolved;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.Tuples;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;

/**
 * The meaning of a notice, computed once from the linked model and shared by the checks, every output
 * format and the hovers: per purpose its bases, data, data subjects, the retention that applies and
 * where it was stated, the recipients and transfers that serve it; per register and notice what is
 * stated, what is stated as absent and what is not stated at all. Consumers read facts here and never
 * derive them again from the EMF model.
 * <p>
 * The result is cached on the notice's resource and dropped when that resource changes.
 */
public final class ResolvedNotice {

	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	private final Notice notice;
	private final Statement<Person> dataProtectionOfficers;
	private final List<Retention> retention;
	private final List<ResolvedRegister> registers;

	ResolvedNotice(Notice notice, Statement<Person> dataProtectionOfficers, List<Retention> retention,
			List<ResolvedRegister> registers) {
		this.notice = notice;
		this.dataProtectionOfficers = dataProtectionOfficers;
		this.retention = List.copyOf(retention);
		this.registers = List.copyOf(registers);
	}

	/** The resolved notice, cached per resource. */
	public static ResolvedNotice of(Notice notice) {
		Resource resource = notice.eResource();
		if (resource == null) {
			return NoticeResolver.resolve(notice);
		}
		return CACHE.get(Tuples.pair(ResolvedNotice.class, notice), resource, () -> NoticeResolver.resolve(notice));
	}

	public Notice notice() {
		return notice;
	}

	/** The data protection officers named, or the statement that none is appointed ({@code ei-tietosuojavastaavaa}). */
	public Statement<Person> dataProtectionOfficers() {
		return dataProtectionOfficers;
	}

	/** Retention stated for the notice as a whole. */
	public List<Retention> retention() {
		return retention;
	}

	public List<ResolvedRegister> registers() {
		return registers;
	}

	public List<ResolvedPurpose> purposes() {
		return registers.stream().flatMap(r -> r.purposes().stream()).toList();
	}

	public Optional<ResolvedRegister> register(Register register) {
		return registers.stream().filter(r -> r.register() == register).findFirst();
	}

	public Optional<ResolvedPurpose> purpose(Purpose purpose) {
		return purposes().stream().filter(p -> p.purpose() == purpose).findFirst();
	}

	/** Every recipient and processor of the notice once: the notice's own, then each register's. */
	public List<Party> parties() {
		return Selostes.parties(notice);
	}
}
