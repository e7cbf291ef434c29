package fi.seloste.tests.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.PartyKind;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.PersonalIdGroundKind;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.TimeUnit;
import fi.seloste.tests.random.NoticePlan.Basis;
import fi.seloste.tests.random.NoticePlan.Category;
import fi.seloste.tests.random.NoticePlan.Group;
import fi.seloste.tests.random.NoticePlan.Party;
import fi.seloste.tests.random.NoticePlan.Purpose;
import fi.seloste.tests.random.NoticePlan.Register;
import fi.seloste.tests.random.NoticePlan.Transfer;

/**
 * Decides a random notice that the validator accepts without errors: every purpose has a basis (its
 * own, or the register's only one) and a retention that covers its data, special and criminal data have
 * their conditions, a personal identity code has a purpose with its own basis, every register states
 * its recipients (or that there are none), every third-country recipient has a transfer with a
 * safeguard, "no transfers" only where nothing leaves the EU/EEA, and the rights are those the bases
 * require. About a third of the notices are small, so that a failing property has a short example.
 */
final class NoticePlanner {

	private static final List<String> EEA = List.of("FI", "SE", "DE", "EE", "NO", "DK");
	private static final List<String> THIRD = List.of("US", "GB", "CH", "IN", "JP", "CA");
	private static final List<SpecialConditionKind> SPECIAL = List.of(SpecialConditionKind.EXPLICIT_CONSENT,
			SpecialConditionKind.EMPLOYMENT, SpecialConditionKind.HEALTH_CARE, SpecialConditionKind.LEGAL_CLAIMS);

	private final Random random;
	private final Tokens tokens;
	private final Periods periods;
	private final boolean small;
	private int transferCount;

	NoticePlanner(Random random) {
		this.random = random;
		this.tokens = new Tokens(random);
		this.periods = new Periods(random, tokens);
		this.small = random.nextInt(3) == 0;
	}

	NoticePlan plan(long seed) {
		KeywordLanguage keywords = random.nextBoolean() ? KeywordLanguage.FINNISH : KeywordLanguage.ENGLISH;
		List<Language> languages = languages();
		int[] response = pick(List.of(new int[] { 1, TimeUnit.MONTH.ordinal() }, new int[] { 2, TimeUnit.WEEK.ordinal() },
				new int[] { 4, TimeUnit.WEEK.ordinal() }, new int[] { 30, TimeUnit.DAY.ordinal() }));
		TimeUnit responseUnit = TimeUnit.values()[response[1]];
		periods.reserve(response[0], responseUnit);

		List<Party> noticeParties = new ArrayList<>();
		if (chance(small ? 0.1 : 0.25)) {
			for (int i = between(1, 2); i > 0; i--) {
				noticeParties.add(party(List.of(), List.of()));
			}
		}
		List<PeriodPlan> noticeRetention = chance(0.25) ? List.of(periods.next()) : List.of();
		boolean profilingUsed = chance(0.2);
		boolean provisionOnNotice = chance(0.7);
		int registerCount = small ? 1 : between(1, 3);
		List<Register> registers = new ArrayList<>();
		for (int r = 1; r <= registerCount; r++) {
			registers.add(register("R" + r, registerCount, noticeParties, !noticeRetention.isEmpty(), profilingUsed,
					!provisionOnNotice && r == 1));
		}
		List<Party> parties = noticeParties.stream().map(p -> withNoticePurposes(p, registers)).toList();

		String token = tokens.next();
		NoticePlan.Controller controller = new NoticePlan.Controller("Rekisterinpitaja", token + " Oy", businessId(),
				"tietosuoja@" + token.toLowerCase() + ".fi", "https://www." + token.toLowerCase() + ".fi");
		NoticePlan.Contact contact = chance(0.3)
				? new NoticePlan.Contact("Yhteys", "Tiina " + tokens.next(), "yhteys@" + token.toLowerCase() + ".fi")
				: null;
		NoticePlan.Dpo dpo = switch (random.nextInt(10)) {
			case 0, 1, 2, 3 -> new NoticePlan.Dpo(NoticePlan.Dpo.Kind.NAMED, "Vastaava", "Maija " + tokens.next(), null);
			case 4, 5, 6 -> new NoticePlan.Dpo(NoticePlan.Dpo.Kind.STATED_ABSENT, null, null,
					chance(0.5) ? Phrases.NO_DPO : null);
			default -> new NoticePlan.Dpo(NoticePlan.Dpo.Kind.NOT_STATED, null, null, null);
		};
		String updated = "2025-" + twoDigits(between(6, 12)) + "-" + twoDigits(between(1, 28));
		return new NoticePlan("Seloste" + seed, keywords, languages, pick(Phrases.TITLES),
				chance(0.3) ? Phrases.DESCRIPTIONS.get(0) : null,
				chance(0.5) ? "2024-" + twoDigits(between(1, 12)) + "-" + twoDigits(between(1, 28)) : null,
				chance(0.3) ? "2025-0" + between(1, 5) + "-01" : null, updated,
				chance(0.4) ? "1." + between(0, 9) : null, chance(0.3), controller, contact, dpo, parties,
				noticeRetention, registers, provisionOnNotice ? provision() : null, rights(registers),
				response[0], responseUnit, chance(0.95) ? automated(chance(0.15)) : null,
				profilingUsed ? automated(true) : chance(0.5) ? automated(false) : null, chance(0.5));
	}

	private List<Language> languages() {
		List<Language> all = new ArrayList<>(List.of(Language.FI, Language.EN, Language.SV));
		Collections.shuffle(all, random);
		int count = random.nextInt(10) < 4 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
		return List.copyOf(all.subList(0, count));
	}

	// ------------------------------------------------------------ registers

	private Register register(String name, int registerCount, List<Party> noticeParties, boolean noticeRetention,
			boolean profilingUsed, boolean provision) {
		List<Group> groups = new ArrayList<>();
		for (int i = small ? 1 : between(1, 3); i > 0; i--) {
			groups.add(new Group(name + "G" + (groups.size() + 1), pick(Phrases.GROUPS).with(tokens.next()),
					chance(0.3) ? pick(List.of(13, 15, 16, 18)) : 0));
		}
		List<Category> categories = categories(name);
		List<Basis> registerBases = new ArrayList<>();
		int mode = random.nextInt(10); // 0-6 purposes' own bases, 7-8 one basis of the register, 9 several
		if (mode >= 7) {
			registerBases.add(basis());
		}
		if (mode == 9) {
			registerBases.add(basisOtherThan(registerBases.get(0).kind()));
		}
		int purposeCount = small ? between(1, 2) : between(1, registerCount == 1 ? 5 : 3);
		List<Purpose> purposes = new ArrayList<>();
		for (int i = 1; i <= purposeCount; i++) {
			boolean own = mode < 7 || mode == 9 || chance(0.5);
			List<Basis> bases = own ? bases() : List.of();
			List<String> data = chance(0.9) ? names(subset(categories, 1, Math.min(3, categories.size()))) : new ArrayList<>();
			List<String> subjects = chance(0.8) ? groupNames(subset(groups, 1, groups.size())) : List.of();
			purposes.add(new Purpose(name + "P" + i, pick(Phrases.PURPOSES).with(tokens.next()), chance(0.15),
					profilingUsed && chance(0.3), bases, List.of(), List.of(), data, subjects, List.of()));
		}
		groundPersonalIdentityCodes(categories, purposes);
		List<PeriodPlan> registerRetention = chance(0.3) ? List.of(periods.next()) : List.of();
		boolean general = !registerRetention.isEmpty() || noticeRetention;
		purposes.replaceAll(p -> completed(p, categories, general));

		List<Party> parties = new ArrayList<>();
		int partyCount = noticeParties.isEmpty() ? (chance(0.2) ? 0 : between(1, 3)) : between(0, 2);
		for (int i = 0; i < partyCount; i++) {
			parties.add(party(categories, purposes.stream().map(Purpose::name).toList()));
		}
		List<Party> allRecipients = new ArrayList<>(parties);
		allRecipients.addAll(noticeParties);
		List<Transfer> transfers = transfers(allRecipients, purposes);
		boolean thirdCountry = allRecipients.stream().anyMatch(NoticePlanner::inThirdCountry);
		boolean noRecipients = allRecipients.isEmpty();
		boolean noTransfers = transfers.isEmpty() && !thirdCountry && chance(0.5);
		return new Register(name, pick(Phrases.REGISTERS).with(tokens.next()), chance(0.5), groups, categories,
				registerBases, purposes, sources(categories), parties, transfers, noRecipients,
				noRecipients && chance(0.5) ? Phrases.NO_RECIPIENTS : null, noTransfers,
				noTransfers && chance(0.5) ? Phrases.NO_TRANSFERS : null, registerRetention,
				provision ? provision() : null);
	}

	private List<Category> categories(String register) {
		List<Category> categories = new ArrayList<>();
		int count = small ? between(1, 2) : between(1, 5);
		for (int i = 1; i <= count; i++) {
			Phrase label;
			List<CategoryFlag> flags = new ArrayList<>();
			int kind = random.nextInt(12);
			if (kind == 0) {
				label = Phrases.SPECIAL_CATEGORY;
				flags.add(CategoryFlag.SPECIAL);
			} else if (kind == 1) {
				label = Phrases.CRIMINAL_CATEGORY;
				flags.add(CategoryFlag.CRIMINAL);
			} else if (kind == 2) {
				label = Phrases.ID_CODE_CATEGORY;
				flags.add(CategoryFlag.PERSONAL_ID_CODE);
			} else {
				label = pick(Phrases.CATEGORIES);
			}
			categories.add(new Category(register + "D" + i, label.with(tokens.next()), flags,
					chance(0.35) ? List.of(periods.next()) : List.of()));
		}
		return categories;
	}

	/**
	 * A personal identity code needs a purpose that uses it (FinnishLawValidator; a purpose with a basis,
	 * as it was before the 29 § ground, so that the notices stay as they were); the ground comes in
	 * {@link #completed}.
	 */
	private void groundPersonalIdentityCodes(List<Category> categories, List<Purpose> purposes) {
		for (int i = 0; i < categories.size(); i++) {
			Category category = categories.get(i);
			if (!category.flags().contains(CategoryFlag.PERSONAL_ID_CODE)) {
				continue;
			}
			boolean grounded = purposes.stream().anyMatch(p -> !p.bases().isEmpty() && p.data().contains(category.name()));
			Purpose withBasis = purposes.stream().filter(p -> !p.bases().isEmpty()).findFirst().orElse(null);
			if (!grounded && withBasis != null) {
				withBasis.data().add(category.name());
			} else if (!grounded) {
				// only the register's basis applies here: the check does not count it (see the report), so no flag
				categories.set(i, new Category(category.name(), category.label(), List.of(), category.retention()));
			}
		}
	}

	/** The conditions the purpose's data needs and a retention where none of the notice covers it. */
	private Purpose completed(Purpose p, List<Category> categories, boolean generalRetention) {
		List<Category> used = categories.stream().filter(c -> p.data().contains(c.name())).toList();
		List<SpecialConditionKind> conditions = new ArrayList<>();
		if (used.stream().anyMatch(c -> c.flags().contains(CategoryFlag.SPECIAL))) {
			conditions.add(pick(SPECIAL));
		}
		if (used.stream().anyMatch(c -> c.flags().contains(CategoryFlag.CRIMINAL))) {
			conditions.add(SpecialConditionKind.CRIMINAL_DATA_AUTHORISED);
		}
		// tietosuojalaki 29 §: a purpose that uses identity codes states its ground; chosen by name, not
		// by the random stream, so that the notices of every seed stay as they were
		List<PersonalIdGroundKind> idGrounds = used.stream().anyMatch(c -> c.flags().contains(CategoryFlag.PERSONAL_ID_CODE))
				? List.of(PersonalIdGroundKind.values()[Math.floorMod(p.name().hashCode(), PersonalIdGroundKind.values().length)])
				: List.of();
		boolean categoriesCover = !used.isEmpty() && used.stream().allMatch(c -> !c.retention().isEmpty());
		boolean covered = categoriesCover || generalRetention;
		List<PeriodPlan> retention = !covered || chance(0.3) ? List.of(periods.next()) : List.of();
		return new Purpose(p.name(), p.label(), p.directMarketing(), p.profiling(), p.bases(), conditions, idGrounds, p.data(),
				p.subjects(), retention);
	}

	private List<NoticePlan.Source> sources(List<Category> categories) {
		List<NoticePlan.Source> sources = new ArrayList<>();
		sources.add(new NoticePlan.Source(SourceKind.DATA_SUBJECT, chance(0.5) ? Phrases.SOURCE_SUBJECT : null,
				chance(0.5) ? names(subset(categories, 1, categories.size())) : List.of()));
		if (chance(0.4)) {
			sources.add(new NoticePlan.Source(pick(List.of(SourceKind.THIRD_PARTY, SourceKind.PUBLIC, SourceKind.AUTHORITY)),
					Phrases.SOURCE_OTHER, names(subset(categories, 1, categories.size()))));
		}
		return sources;
	}

	// ------------------------------------------------------------ bases and rights

	private List<Basis> bases() {
		List<Basis> bases = new ArrayList<>();
		bases.add(basis());
		if (chance(0.2)) {
			bases.add(basisOtherThan(bases.get(0).kind()));
		}
		return bases;
	}

	private Basis basis() {
		return basis(BasisKind.values()[random.nextInt(BasisKind.values().length)]);
	}

	private Basis basisOtherThan(BasisKind kind) {
		List<BasisKind> others = new ArrayList<>(List.of(BasisKind.values()));
		others.remove(kind);
		return basis(pick(others));
	}

	/**
	 * Legitimate interests always state the interest (a check requires it); other bases sometimes explain.
	 * A basis of 6(1)(c) or (e) without a text names its law instead (no further draw, so the notices
	 * of every seed stay as they were but for the law).
	 */
	private Basis basis(BasisKind kind) {
		Phrase text = kind == BasisKind.LEGITIMATE_INTERESTS ? Phrases.LEGITIMATE_INTEREST
				: chance(0.4) ? Phrases.BASIS_TEXT : null;
		return new Basis(kind, text, text == null && LegalBases.restsOnLaw(kind) ? Phrases.STATUTE : null);
	}

	/**
	 * The rights the checks require for the bases that apply (a purpose's own, else its register's only
	 * one), and now and then one more.
	 */
	private Set<RightKind> rights(List<Register> registers) {
		Set<BasisKind> bases = EnumSet.noneOf(BasisKind.class);
		boolean directMarketing = false;
		for (Register register : registers) {
			for (Purpose purpose : register.purposes()) {
				List<Basis> applying = !purpose.bases().isEmpty() ? purpose.bases()
						: register.bases().size() == 1 ? register.bases() : List.of();
				applying.forEach(b -> bases.add(b.kind()));
				if (purpose.conditions().contains(SpecialConditionKind.EXPLICIT_CONSENT)) {
					bases.add(BasisKind.CONSENT); // Art 9(2)(a) explicit consent gives the rights consent gives
				}
				directMarketing |= purpose.directMarketing();
			}
		}
		Set<RightKind> rights = EnumSet.of(RightKind.ACCESS, RightKind.RECTIFICATION, RightKind.ERASURE,
				RightKind.RESTRICTION, RightKind.COMPLAINT);
		if (bases.contains(BasisKind.LEGITIMATE_INTERESTS) || bases.contains(BasisKind.PUBLIC_TASK) || chance(0.2)) {
			rights.add(RightKind.OBJECTION);
		}
		if (bases.contains(BasisKind.CONSENT) || bases.contains(BasisKind.CONTRACT) || chance(0.2)) {
			rights.add(RightKind.PORTABILITY);
		}
		if (bases.contains(BasisKind.CONSENT) || chance(0.1)) {
			rights.add(RightKind.WITHDRAW_CONSENT);
		}
		if (directMarketing || chance(0.1)) {
			rights.add(RightKind.DIRECT_MARKETING_OBJECTION);
		}
		return rights;
	}

	// ------------------------------------------------------------ parties and transfers

	/** A party of a register (the register's categories and purposes given) or of the notice (none given). */
	private Party party(List<Category> categories, List<String> purposes) {
		String token = tokens.next();
		PartyKind kind = switch (random.nextInt(7)) {
			case 0, 1 -> PartyKind.RECIPIENT;
			case 2 -> PartyKind.AUTHORITY;
			default -> PartyKind.PROCESSOR;
		};
		Phrase label = chance(0.7) ? pick(Phrases.PARTY_ROLES).with(token) : null;
		String displayName = chance(0.7) ? token + " Oy" : null;
		String country = chance(0.8) ? chance(0.6) ? pick(EEA) : pick(THIRD) : null;
		List<String> data = !categories.isEmpty() && chance(0.5) ? names(subset(categories, 1, categories.size())) : List.of();
		List<String> served = !purposes.isEmpty() && chance(0.4) ? subset(purposes, 1, purposes.size()) : List.of();
		return new Party(kind, token, label, displayName, country, data, served);
	}

	/** Now and then a party of the notice serves purposes of one register, named with the register. */
	private Party withNoticePurposes(Party party, List<Register> registers) {
		if (!chance(0.3)) {
			return party;
		}
		Register register = pick(registers);
		List<String> purposes = subset(register.purposes().stream().map(p -> register.name() + "." + p.name()).toList(),
				1, register.purposes().size());
		return new Party(party.kind(), party.name(), party.label(), party.displayName(), party.country(), party.data(),
				purposes);
	}

	/**
	 * A transfer for each third-country recipient (sometimes two recipients share one), or one transfer
	 * without a recipient that covers them all; now and then such a transfer where no recipient needs it.
	 */
	private List<Transfer> transfers(List<Party> recipients, List<Purpose> purposes) {
		List<Party> third = recipients.stream().filter(NoticePlanner::inThirdCountry).toList();
		List<Transfer> transfers = new ArrayList<>();
		List<String> purposeNames = purposes.stream().map(Purpose::name).toList();
		if (!third.isEmpty() && chance(0.15) || third.isEmpty() && chance(0.08)) {
			transfers.add(transfer(List.of(), pick(THIRD), purposeNames));
			return transfers;
		}
		List<String> pending = new ArrayList<>();
		for (Party party : third) {
			pending.add(party.name());
			if (pending.size() == 2 || !chance(0.3)) {
				transfers.add(transfer(List.copyOf(pending), chance(0.2) ? party.country() : null, purposeNames));
				pending.clear();
			}
		}
		if (!pending.isEmpty()) {
			transfers.add(transfer(List.copyOf(pending), null, purposeNames));
		}
		return transfers;
	}

	private Transfer transfer(List<String> recipients, String country, List<String> purposes) {
		List<NoticePlan.Safeguard> safeguards = new ArrayList<>();
		for (int i = chance(0.2) ? 2 : 1; i > 0; i--) {
			SafeguardKind kind = pick(List.of(SafeguardKind.ADEQUACY_DECISION, SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES,
					SafeguardKind.BINDING_CORPORATE_RULES, SafeguardKind.DATA_PRIVACY_FRAMEWORK, SafeguardKind.DEROGATION));
			if (safeguards.stream().anyMatch(s -> s.kind() == kind)) {
				continue;
			}
			boolean needsCopy = kind == SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES || kind == SafeguardKind.BINDING_CORPORATE_RULES;
			Phrase text = kind == SafeguardKind.DEROGATION ? Phrases.DEROGATION : chance(0.4) ? Phrases.SAFEGUARD_TEXT : null;
			safeguards.add(new NoticePlan.Safeguard(kind, text, needsCopy ? Phrases.SAFEGUARD_COPY : null));
		}
		transferCount++;
		return new Transfer(chance(0.8) ? "T" + transferCount : null, recipients,
				country, safeguards,
				chance(0.3) ? subset(purposes, 1, purposes.size()) : List.of());
	}

	private static boolean inThirdCountry(Party party) {
		return party.country() != null && THIRD.contains(party.country());
	}

	// ------------------------------------------------------------ other statements

	private NoticePlan.Provision provision() {
		ProvisionKind kind = pick(List.of(ProvisionKind.values()));
		return new NoticePlan.Provision(kind, Phrases.PROVISION,
				kind == ProvisionKind.VOLUNTARY && chance(0.5) ? null : Phrases.CONSEQUENCES);
	}

	private static NoticePlan.Automated automated(boolean used) {
		return new NoticePlan.Automated(used);
	}

	/** A valid Finnish business ID: seven digits and the mod-11 check digit (remainder 1 gives none). */
	private String businessId() {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2 };
		while (true) {
			StringBuilder digits = new StringBuilder();
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				int digit = i == 0 ? between(1, 9) : between(0, 9);
				digits.append(digit);
				sum += digit * weights[i];
			}
			int remainder = sum % 11;
			if (remainder != 1) {
				return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
			}
		}
	}

	// ------------------------------------------------------------ random helpers

	private boolean chance(double p) {
		return random.nextDouble() < p;
	}

	private int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/** A random non-empty subset in the list's order, of at least min and at most max elements. */
	private <T> List<T> subset(List<T> list, int min, int max) {
		List<T> shuffled = new ArrayList<>(list);
		Collections.shuffle(shuffled, random);
		List<T> chosen = shuffled.subList(0, between(Math.min(min, list.size()), Math.min(max, list.size())));
		return new ArrayList<>(list.stream().filter(chosen::contains).toList());
	}

	private static List<String> names(List<Category> categories) {
		return new ArrayList<>(categories.stream().map(Category::name).toList());
	}

	private static List<String> groupNames(List<Group> groups) {
		return groups.stream().map(Group::name).toList();
	}

	private static String twoDigits(int value) {
		return value < 10 ? "0" + value : String.valueOf(value);
	}
}
