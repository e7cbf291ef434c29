package fi.seloste.tests.random;

import java.util.List;
import java.util.Set;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.PartyKind;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.TimeUnit;

/**
 * What a random notice says, decided by {@link NoticePlanner} so that the notice is valid, before
 * {@link NoticeSourceWriter} writes it in one keyword language. Names are the notice's identifiers.
 */
record NoticePlan(String name, KeywordLanguage keywords, List<Language> languages, Phrase title, Phrase description,
		String created, String effective, String updated, String version, boolean change, Controller controller,
		Contact contact, Dpo dpo, List<Party> parties, List<PeriodPlan> retention, List<Register> registers,
		Provision provision, Set<RightKind> rights, int responseAmount, TimeUnit responseUnit, Automated decisions,
		Automated profiling, boolean security) {

	record Controller(String name, String displayName, String businessId, String email, String website) {
	}

	record Contact(String name, String displayName, String email) {
	}

	/** A named officer, a statement that there is none (with an optional reason), or nothing. */
	record Dpo(Kind kind, String name, String displayName, Phrase reason) {
		enum Kind {
			NAMED, STATED_ABSENT, NOT_STATED
		}
	}

	record Register(String name, Phrase label, boolean roleStated, List<Group> groups, List<Category> categories,
			List<Basis> bases, List<Purpose> purposes, List<Source> sources, List<Party> parties,
			List<Transfer> transfers, boolean noRecipients, Phrase noRecipientsText, boolean noTransfers,
			Phrase noTransfersText, List<PeriodPlan> retention, Provision provision) {
	}

	record Group(String name, Phrase label, int minimumAge) {
	}

	record Category(String name, Phrase label, List<CategoryFlag> flags, List<PeriodPlan> retention) {
	}

	/** A basis, its text and the law it rests on ({@code laki}), each {@code null} when not stated. */
	record Basis(BasisKind kind, Phrase text, Phrase statute) {
	}

	record Purpose(String name, Phrase label, boolean directMarketing, boolean profiling, List<Basis> bases,
			List<SpecialConditionKind> conditions, List<String> data, List<String> subjects, List<PeriodPlan> retention) {
	}

	record Source(SourceKind kind, Phrase text, List<String> data) {
	}

	/** A recipient, processor or authority; {@code purposes} are references as written ({@code R1.P2} at notice level). */
	record Party(PartyKind kind, String name, Phrase label, String displayName, String country, List<String> data,
			List<String> purposes) {
	}

	record Transfer(String name, List<String> recipients, String country, List<Safeguard> safeguards,
			List<String> purposes) {
	}

	record Safeguard(SafeguardKind kind, Phrase text, Phrase copy) {
	}

	record Provision(ProvisionKind kind, Phrase text, Phrase consequences) {
	}

	/** Automated decision-making or profiling: used (with its details) or not used; not stated is a {@code null} plan. */
	record Automated(boolean used) {
	}
}
