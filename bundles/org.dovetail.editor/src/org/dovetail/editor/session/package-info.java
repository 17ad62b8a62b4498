/**
 * One shared model per file for every editor that shows it: {@link org.dovetail.editor.session.ModelSessions#acquire}
 * hands out a reference-counted {@link org.dovetail.editor.session.ModelSession} (editing domain, command stack,
 * resource set, adapter factory), so that the tree editor, the diagram editor and the mapping editor on one file
 * share undo, redo, dirty state and saving.
 */
package org.dovetail.editor.session;
