package fi.seloste.ui.internal.highlighting;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.PreferenceChangeEvent;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;

import fi.seloste.ui.internal.SelosteUiPlugin;

/**
 * The colouring preferences (Preferences → Seloste → Syntax Colouring), applied live: when one changes,
 * the {@link TokenStyle}s read them again and every open Seloste editor is redrawn.
 */
public final class ColouringPreferences {

	private static final Set<ITextViewer> VIEWERS = new CopyOnWriteArraySet<>();
	private static final IPreferenceChangeListener LISTENER = ColouringPreferences::changed;
	private static boolean listening;
	/** A redraw is queued: the keys a page writes at once (15 on OK) cost one redraw, not one each. */
	private static final AtomicBoolean REDRAW_QUEUED = new AtomicBoolean();
	private static final AtomicInteger REDRAWS = new AtomicInteger();

	private ColouringPreferences() {
	}

	/** Writes the default styles into the default scope's node. */
	public static void initializeDefaults(IEclipsePreferences defaults) {
		for (TokenStyle style : TokenStyle.values()) {
			defaults.put(style.colourKey(), StringConverter.asString(style.defaultRgb()));
			defaults.putBoolean(style.boldKey(), (style.defaultFontStyle() & SWT.BOLD) != 0);
			defaults.putBoolean(style.italicKey(), (style.defaultFontStyle() & SWT.ITALIC) != 0);
		}
	}

	/** Redraws the viewer when the colouring changes, until {@link #forget}. */
	static synchronized void watch(ITextViewer viewer) {
		VIEWERS.add(viewer);
		if (!listening) {
			InstanceScope.INSTANCE.getNode(SelosteUiPlugin.PLUGIN_ID).addPreferenceChangeListener(LISTENER);
			listening = true;
		}
	}

	/** Stops listening to the preferences (the plug-in stops). */
	public static synchronized void stopListening() {
		if (listening) {
			InstanceScope.INSTANCE.getNode(SelosteUiPlugin.PLUGIN_ID).removePreferenceChangeListener(LISTENER);
			listening = false;
		}
	}

	/** For tests: how many times the open editors were redrawn for a change of the colouring. */
	public static int redraws() {
		return REDRAWS.get();
	}

	static void forget(ITextViewer viewer) {
		VIEWERS.remove(viewer);
	}

	private static void changed(PreferenceChangeEvent event) {
		if (!event.getKey().startsWith(TokenStyle.KEY_PREFIX) || !REDRAW_QUEUED.compareAndSet(false, true)) {
			return;
		}
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			REDRAW_QUEUED.set(false); // before reading: a change from now on queues another redraw
			REDRAWS.incrementAndGet();
			for (TokenStyle style : TokenStyle.values()) {
				style.reload();
			}
			for (ITextViewer viewer : VIEWERS) {
				StyledText widget = viewer.getTextWidget();
				if (widget == null || widget.isDisposed()) {
					VIEWERS.remove(viewer);
				} else {
					viewer.invalidateTextPresentation();
				}
			}
		});
	}
}
