/** Navigation in the Seloste editor: rename, find references, quick outline, mark occurrences. */
package fi.seloste.ui.internal.navigation;
