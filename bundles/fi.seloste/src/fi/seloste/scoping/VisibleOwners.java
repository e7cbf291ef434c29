package fi.seloste.scoping;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import fi.seloste.seloste.Declaration;
import fi.seloste.seloste.Import;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Organisation;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.SelostePackage;
import fi.seloste.seloste.TopLevelElement;
import fi.seloste.seloste.Use;

/**
 * The notices and organisations (top-level elements) whose declarations a reference may name, by
 * the URI of each; a declaration belongs to the top-level element whose URI starts its own.
 * The organisations imported by name are looked up in the index on each call (other files may add,
 * rename or remove them); the organisations the notice's {@code käytä} lines use are read from its own
 * model once until it changes, since that walk over the notice, asked for every reference, made
 * linking quadratic in the notice's size (a use's target stays as linked until the notice is linked
 * again, so reading it once more would give the same answer).
 */
public class VisibleOwners {

	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	@Inject
	private ResourceDescriptionsProvider descriptions;

	@Inject
	private IQualifiedNameConverter names;

	/** What a reference of a notice or an organisation may name; {@code null} outside both. */
	public Owners forReference(EObject context) {
		TopLevelElement owner = topLevel(context);
		if (owner == null) {
			return null;
		}
		Set<String> uris = new LinkedHashSet<>();
		uris.add(uri(owner));
		SelosteFile file = (SelosteFile) owner.eContainer();
		IResourceDescriptions index = descriptions.getResourceDescriptions(context.eResource());
		for (Import imported : file.getImports()) {
			String namespace = imported.getImportedNamespace();
			if (namespace != null && !namespace.isBlank()) {
				uris.addAll(organisationsNamed(names.toQualifiedName(namespace).getFirstSegment(), file, index));
			}
		}
		if (owner instanceof Notice notice) {
			uris.addAll(context.eResource() == null ? usedOrganisations(notice)
					: CACHE.get(Tuples.pair(VisibleOwners.class, notice), context.eResource(), () -> usedOrganisations(notice)));
		}
		return new Owners(uris);
	}

	/** The organisations whose declarations the notice's {@code käytä} lines name. */
	private static Set<String> usedOrganisations(Notice notice) {
		Set<String> uris = new LinkedHashSet<>();
		for (Use use : EcoreUtil2.getAllContentsOfType(notice, Use.class)) {
			Declaration used = use.getElement();
			Organisation organisation = used == null || used.eIsProxy() ? null
					: EcoreUtil2.getContainerOfType(used, Organisation.class);
			if (organisation != null) {
				uris.add(uri(organisation));
			}
		}
		return uris;
	}

	/**
	 * What {@code käytä} may name: the notice's (or organisation's) own declarations and those of any
	 * organisation, which the use brings in; never another notice's.
	 */
	public Owners forUse(EObject context) {
		TopLevelElement owner = topLevel(context);
		if (owner == null) {
			return null;
		}
		Set<String> uris = new LinkedHashSet<>();
		uris.add(uri(owner));
		for (TopLevelElement element : ((SelosteFile) owner.eContainer()).getElements()) {
			if (element instanceof Organisation) {
				uris.add(uri(element));
			}
		}
		IResourceDescriptions index = descriptions.getResourceDescriptions(context.eResource());
		return new Owners(uris, declaration -> inAnOrganisation(declaration, index));
	}

	/**
	 * Whether a declaration of the index belongs to an organisation: the organisations named as its
	 * qualified name begins are looked up by that name, not every organisation listed per use (a project of
	 * thousands of notices has hundreds of organisation files, and listing them per use made linking
	 * quadratic in the project's size).
	 */
	private static boolean inAnOrganisation(IEObjectDescription declaration, IResourceDescriptions index) {
		QualifiedName name = declaration.getQualifiedName();
		if (name == null || name.getSegmentCount() == 0) {
			return false;
		}
		String uri = declaration.getEObjectURI().toString();
		for (IEObjectDescription organisation : index.getExportedObjects(SelostePackage.Literals.ORGANISATION,
				QualifiedName.create(name.getFirstSegment()), false)) {
			if (within(uri, organisation.getEObjectURI().toString())) {
				return true;
			}
		}
		return false;
	}

	private Set<String> organisationsNamed(String name, SelosteFile file, IResourceDescriptions index) {
		Set<String> uris = new LinkedHashSet<>();
		for (TopLevelElement element : file.getElements()) {
			if (element instanceof Organisation && name.equals(element.getName())) {
				uris.add(uri(element));
			}
		}
		for (IEObjectDescription organisation : index.getExportedObjects(SelostePackage.Literals.ORGANISATION,
				QualifiedName.create(name), false)) {
			uris.add(organisation.getEObjectURI().toString());
		}
		return uris;
	}

	/** The notice or organisation holding the element; {@code null} for the file itself. */
	static TopLevelElement topLevel(EObject element) {
		EObject current = element;
		while (current != null && !(current.eContainer() instanceof SelosteFile)) {
			current = current.eContainer();
		}
		return current instanceof TopLevelElement top ? top : null;
	}

	private static String uri(EObject element) {
		return EcoreUtil.getURI(element).toString();
	}

	/** Whether the element of URI {@code uri} is the element of URI {@code owner} or inside it. */
	private static boolean within(String uri, String owner) {
		return uri.startsWith(owner) && (uri.length() == owner.length() || uri.charAt(owner.length()) == '/');
	}

	/**
	 * The URIs of the top-level elements a reference may name declarations of, and what else it may name
	 * ({@code alsoVisible}: for {@code käytä}, any organisation's declarations).
	 */
	public record Owners(Set<String> uris, Predicate<IEObjectDescription> alsoVisible) {

		public Owners(Set<String> uris) {
			this(uris, declaration -> false);
		}

		public boolean contain(IEObjectDescription declaration) {
			String uri = declaration.getEObjectURI().toString();
			for (String owner : uris) {
				if (within(uri, owner)) {
					return true;
				}
			}
			return alsoVisible.test(declaration);
		}
	}
}
