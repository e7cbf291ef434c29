package fi.seloste.model.resolved;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.seloste.Retention;

/**
 * A retention statement that applies to a purpose, with where it was stated: the purpose, one of the
 * data categories it uses (then {@code holder} is that category), its register or the notice.
 */
public record RetentionFact(Retention retention, Origin origin, EObject holder) {
}
