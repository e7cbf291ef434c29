package fi.seloste.ui.internal.highlighting;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;

/**
 * Recolours the whole document after every change.
 * <p>
 * Texts and block comments span lines, so one typed {@code "} or {@code /*} changes the colour of
 * everything after it, and a change inside a long text must be rescanned from the text's start. The
 * default damager only repairs the changed lines. The incremental alternative is a document
 * partitioner for texts and comments, installed through a document setup participant, whose own
 * repartitioning then bounds the damage. Notices are small: in the largest example (28 KB) a
 * keystroke costs about 3 ms in all, rescanning and restyling included. So scanning everything is
 * fast enough, and it is correct by construction: there is no second lexer state to keep in step
 * with the document. Switch to a partitioner if files ever grow to hundreds of kilobytes.
 */
final class WholeDocumentDamagerRepairer extends DefaultDamagerRepairer {

	WholeDocumentDamagerRepairer(ITokenScanner scanner) {
		super(scanner);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return new Region(0, event.getDocument().getLength());
	}
}
