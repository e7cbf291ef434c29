/** Rename of a declaration as an LTK refactoring, and its linked-editing start in the editor. */
package fi.seloste.ui.internal.navigation.refactoring;
