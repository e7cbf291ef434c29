package fi.seloste.ui.internal.hyperlink;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.ITextEditor;

import fi.seloste.ui.internal.SelosteUiPlugin;

/** Opens the file of a declaration in an editor and selects the declaration's name. */
final class DeclarationHyperlink implements IHyperlink {

	private final IRegion reference;
	private final IFile file;
	private final IRegion name;
	private final String text;

	DeclarationHyperlink(IRegion reference, IFile file, IRegion name, String text) {
		this.reference = reference;
		this.file = file;
		this.name = name;
		this.text = text;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return reference;
	}

	@Override
	public String getTypeLabel() {
		return null;
	}

	@Override
	public String getHyperlinkText() {
		return text;
	}

	@Override
	public void open() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart editor = IDE.openEditor(page, file);
			if (editor instanceof ITextEditor textEditor) {
				textEditor.selectAndReveal(name.getOffset(), name.getLength());
			}
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e, SelosteUiPlugin.PLUGIN_ID);
		}
	}
}
