package fi.seloste.ide.refactoring;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

import fi.seloste.ide.navigation.References;

/**
 * Whether a declaration may take a new name: a name the grammar reads as a name ({@link IdTerminal}:
 * the letters a–z, ä, ö, å, capitals too, digits and {@code _}, not starting with a digit), not a keyword of either language, and not the
 * qualified name of another declaration already (the references would then be ambiguous or point
 * elsewhere). Rename in Eclipse and over LSP refuses what this refuses, with the same message.
 */
public class NewNameCheck {

	private static final String BUNDLE = "fi.seloste.ide.refactoring.rename";

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	private Set<String> keywords;

	/** Why the declaration cannot be renamed to {@code newName}, in the locale's language; {@code null} if it can. */
	public String problem(EObject declaration, String newName, Locale locale) {
		if (References.nameAttribute(declaration) == null) {
			return message(locale, "noName");
		}
		String name = newName == null ? "" : newName.strip();
		if (name.isEmpty()) {
			return message(locale, "empty");
		}
		if (!IdTerminal.isName(name)) {
			return message(locale, "notAName", name);
		}
		if (keywords().contains(name)) {
			return message(locale, "keyword", name);
		}
		QualifiedName old = qualifiedNames.getFullyQualifiedName(declaration);
		if (old != null && declaration.eResource() != null && declaration.eResource().getResourceSet() != null) {
			QualifiedName wanted = old.skipLast(1).append(name);
			for (Resource resource : declaration.eResource().getResourceSet().getResources()) {
				TreeIterator<EObject> contents = resource.getAllContents();
				while (contents.hasNext()) {
					EObject other = contents.next();
					if (other != declaration && References.nameAttribute(other) != null
							&& wanted.equals(qualifiedNames.getFullyQualifiedName(other))) {
						return message(locale, "clash", wanted.toString());
					}
				}
			}
		}
		return null;
	}

	private synchronized Set<String> keywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		}
		return keywords;
	}

	/** A message of the rename, in the locale's language (Finnish or English). */
	public static String message(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NewNameCheck.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
