package fi.seloste.ide.quickfix;

import static fi.seloste.ide.quickfix.FixEdits.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import fi.seloste.ide.contentassist.LegalTerms;
import fi.seloste.ide.quickfix.SyntaxRepairs.LegalMeaning;
import fi.seloste.ide.quickfix.SyntaxRepairs.Repair;
import fi.seloste.ide.quickfix.Wording.Missing;
import fi.seloste.ide.refactoring.IdTerminal;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.validation.SelosteCheck;

/**
 * Quick fixes of what the parser and the linker find (the SOURCE concern): a reference that names
 * nothing the notice may see, and the common syntax errors ({@link SyntaxRepairs}). Both are choices
 * (another name, a new declaration, where a brace goes), so both are substantive: offered, never
 * applied by {@code check --fix}, which does not touch a file with syntax errors anyway.
 */
@Singleton
public class SourceFixes extends SelosteQuickfixSupport {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private IParser parser;

	/**
	 * The names in scope most like the one written (the same scope the linker and content assist use:
	 * the notice's own declarations and those of the organisations it imports or uses), best first;
	 * then, for a data category or a group of data subjects named by a simple name inside a register,
	 * the declaration itself, created in that register with its description to complete.
	 */
	@Fixes(SelosteCheck.UNRESOLVED_REFERENCE)
	public void changeOrDeclare(DiagnosticResolutionAcceptor acceptor) {
		XtextResource resource = resource();
		int offset = diagnosticOffset();
		if (resource == null || offset < 0) {
			return;
		}
		INode node = offsets.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		EObject holder = node == null ? null : NodeModelUtils.findActualSemanticObjectFor(node);
		if (holder == null) {
			return;
		}
		EReference reference = GrammarUtil.getReference((CrossReference) node.getGrammarElement(), holder.eClass());
		String written = NodeModelUtils.getTokenText(node);
		int start = node.getOffset();
		int length = node.getLength();
		for (String name : SimilarNames.like(written, namesInScope(holder, reference, segments(written)))) {
			accept(acceptor, label("unresolvedReference.change", name),
					(edits, element, data) -> edits.replace(start, length, name));
		}
		offerDeclaration(acceptor, holder, reference, written);
	}

	/**
	 * Each element the reference may name, once, by the name qualified most like the one written
	 * ({@code Kuura.KuuraOy} for {@code Kuura.KuuraOi}, {@code KuuraOy} for {@code KuuraOi}).
	 */
	private List<String> namesInScope(EObject holder, EReference reference, int writtenSegments) {
		Map<URI, String> best = new LinkedHashMap<>();
		for (IEObjectDescription description : scopeProvider.getScope(holder, reference).getAllElements()) {
			best.merge(description.getEObjectURI(), written(description.getName()),
					(known, other) -> fit(other, writtenSegments) < fit(known, writtenSegments) ? other : known);
		}
		return new ArrayList<>(best.values());
	}

	/** How far a name's qualification is from that of the name written; fewer segments win a tie. */
	private static int fit(String name, int writtenSegments) {
		int segments = segments(name);
		return 2 * Math.abs(segments - writtenSegments) + (segments > writtenSegments ? 1 : 0);
	}

	private static int segments(String name) {
		return name.split("\\.").length;
	}

	private void offerDeclaration(DiagnosticResolutionAcceptor acceptor, EObject holder, EReference reference,
			String name) {
		boolean category = reference.getEReferenceType() == Literals.DATA_CATEGORY;
		boolean group = reference.getEReferenceType() == Literals.SUBJECT_GROUP;
		Register register = within(holder, Register.class);
		if (!(category || group) || register == null || !IdTerminal.isId(name)) {
			// only a name the grammar's ID takes can be declared as it is written
			return;
		}
		String keyword = category ? "tietoryhmä" : "rekisteröidyt";
		Missing description = category ? Missing.DATA_CATEGORY : Missing.SUBJECT_GROUP;
		accept(acceptor, label("unresolvedReference.create", keyword(keyword) + " " + name, register.getName()),
				(edits, element, data) -> {
					Register target = within(element, Register.class);
					Lines declaration = Lines.of(keyword + " " + name + " " + text(target, description.placeholders()));
					EObject after = category ? lastOf(target.getMembers(), DataCategory.class)
							: lastOf(target.getMembers(), SubjectGroup.class);
					if (after == null) {
						after = category ? lastOf(target.getMembers(), Role.class, SubjectGroup.class)
								: lastOf(target.getMembers(), Role.class);
					}
					if (after != null) {
						edits.insertAfter(after, declaration);
					} else {
						edits.prependMembers(target, declaration);
					}
				});
	}

	/**
	 * The repairs of a syntax error ({@link SyntaxRepairs}) that really mend the text: parsed again, it
	 * has fewer syntax errors and none up to the end of the repair.
	 */
	@Fixes(SelosteCheck.SYNTAX_ERROR)
	public void repairSyntax(DiagnosticResolutionAcceptor acceptor) {
		XtextResource resource = resource();
		int offset = diagnosticOffset();
		List<String> data = data();
		if (resource == null || resource.getParseResult() == null || offset < 0 || data.size() < 2) {
			return;
		}
		INode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		int errors = SyntaxErrors.count(resource.getParseResult());
		for (Repair repair : new SyntaxRepairs(root).of(offset, data.get(0), data.get(1))) {
			if (mends(text, errors, repair)) {
				accept(acceptor, label(repair.labelKey(), worded(repair.arguments())),
						(edits, element, ignored) -> edits.replace(repair.offset(), repair.length(), repair.replacement()));
			}
		}
	}

	/** The label arguments, a legal meaning worded in the language of the labels. */
	private Object[] worded(List<Object> arguments) {
		KeywordLanguage language = messages.languageFor(resource());
		return arguments.stream().map(argument -> argument instanceof LegalMeaning meaning
				? LegalTerms.meaning(meaning.enumRule(), meaning.literal(), language)
				: argument).toArray();
	}

	private boolean mends(String text, int errors, Repair repair) {
		List<Integer> after = SyntaxErrors.offsets(parser, repair.apply(text));
		return after.size() < errors && after.stream().allMatch(at -> at >= repair.endInResult());
	}
}
