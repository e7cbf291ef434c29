package fi.seloste.model.resolved;

import java.util.List;
import java.util.Set;

import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarkerKind;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;

/**
 * What applies to one purpose of a notice, each fact with where it was stated. Bases, data categories
 * and data subjects are the purpose's own when it states them, else its register's (origin
 * {@link Origin#REGISTER}: outputs present them as the register's, not as the purpose's).
 *
 * @param ownCategories the categories the purpose itself names ({@code tiedot}), used for category retention
 * @param retentionCovered every part of the purpose's data has a retention that applies (see {@link RetentionRule})
 */
public record ResolvedPurpose(Purpose purpose, List<Fact<LegalBasis>> bases, List<SpecialCondition> conditions,
		List<Fact<DataCategory>> categories, List<DataCategory> ownCategories, List<Fact<SubjectGroup>> subjects,
		Set<PurposeMarkerKind> markers, List<RetentionFact> retention, boolean retentionCovered,
		List<ResolvedRecipient> recipients, List<ResolvedTransfer> transfers) {

	public boolean has(PurposeMarkerKind marker) {
		return markers.contains(marker);
	}

	/**
	 * The bases that apply to the purpose and must be laid down by law, Art 6(1)(c) and (e) (Art 6(3));
	 * {@link LegalBases#statute} gives the law each names, if any.
	 */
	public List<Fact<LegalBasis>> statutoryBases() {
		return bases.stream().filter(b -> LegalBases.restsOnLaw(b.value().getKind())).toList();
	}
}
