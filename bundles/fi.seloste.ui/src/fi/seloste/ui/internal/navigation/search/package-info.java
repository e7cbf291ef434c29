/** Find References into the Search view. */
package fi.seloste.ui.internal.navigation.search;
