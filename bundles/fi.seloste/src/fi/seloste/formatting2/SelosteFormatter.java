package fi.seloste.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;

import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;

/**
 * The canonical layout of a Seloste file. The language is regular, so one rule set serves every
 * element: blocks are indented, each member of a block starts a line (one blank line between
 * members is kept), top-level elements are separated by one blank line, and all other tokens are
 * separated by one space.
 */
public class SelosteFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof SelosteFile file) {
			formatFile(file, document);
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		}
	}

	private void formatFile(SelosteFile file, IFormattableDocument document) {
		spaceOwnTokens(file, document);
		file.eContents().stream().findFirst().ifPresent(first -> document.prepend(first, it -> it.noSpace()));
		List<? extends EObject> imports = file.getImports();
		for (int i = 0; i < imports.size(); i++) {
			if (i > 0) {
				document.prepend(imports.get(i), it -> it.setNewLines(1));
			}
		}
		for (int i = 0; i < file.getElements().size(); i++) {
			EObject element = file.getElements().get(i);
			if (i > 0 || !imports.isEmpty()) {
				document.prepend(element, it -> it.setNewLines(2));
			}
		}
		if (!file.getElements().isEmpty() || !imports.isEmpty()) {
			EObject last = file.getElements().isEmpty() ? imports.get(imports.size() - 1)
					: file.getElements().get(file.getElements().size() - 1);
			document.append(last, it -> it.setNewLines(1));
		}
		file.eContents().forEach(document::format);
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		spaceOwnTokens(element, document);
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		List<Pair<ISemanticRegion, ISemanticRegion>> blocks = regions.keywordPairs("{", "}");
		for (Pair<ISemanticRegion, ISemanticRegion> block : blocks) {
			document.prepend(block.getKey(), it -> it.oneSpace());
			document.append(block.getKey(), it -> it.newLine());
			document.prepend(block.getValue(), it -> it.newLine());
			document.interior(block, it -> it.indent());
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			document.prepend(comma, it -> it.noSpace());
			document.append(comma, it -> it.oneSpace());
		}
		if (element instanceof DurationPeriod) {
			for (ISemanticRegion dash : regions.keywords("-", "–")) {
				document.surround(dash, it -> it.noSpace());
			}
		}
		if (!blocks.isEmpty()) {
			separateMembers(element, document);
		}
		if (element instanceof Text text && text.getVariants().size() > 1) {
			stackVariants(text.getVariants(), document);
		}
		element.eContents().forEach(document::format);
	}

	/** Each member of a block starts its own line; a single blank line the author left is kept. */
	private void separateMembers(EObject block, IFormattableDocument document) {
		EObject previous = null;
		for (EObject child : block.eContents()) {
			EReference feature = child.eContainmentFeature();
			if (feature.isMany()) {
				if (previous != null) {
					document.prepend(child, it -> it.setNewLines(1, 1, 2));
				}
				previous = child;
			}
		}
	}

	/** The first language variant stays on the keyword's line; each further one gets its own line. */
	private void stackVariants(List<TextVariant> variants, IFormattableDocument document) {
		for (TextVariant variant : variants.subList(1, variants.size())) {
			document.prepend(variant, it -> it.newLine());
		}
		document.set(textRegionExtensions.previousHiddenRegion(variants.get(1)),
				textRegionExtensions.nextHiddenRegion(variants.get(variants.size() - 1)), it -> it.indent());
	}

	/** One space between the tokens of an element, unless a rule above says otherwise. */
	private void spaceOwnTokens(EObject element, IFormattableDocument document) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		for (ISemanticRegion token : region.getSemanticRegions()) {
			document.surround(token, it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
	}
}
