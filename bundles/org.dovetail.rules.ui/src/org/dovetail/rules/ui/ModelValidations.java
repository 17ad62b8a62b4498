package org.dovetail.rules.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.rules.engine.RuleConfiguration;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;

/** The {@link ModelValidation} of each open Dovetail editor. UI thread only. */
public final class ModelValidations {

    private static final Map<DovetailEditor, ModelValidation> BY_EDITOR = new LinkedHashMap<>();

    /** A {@code .dovetailrules} changed in the workspace (by the preference page, a text editor, git): attach anew. */
    private static final IResourceChangeListener CONFIGURATION_CHANGED = event -> {
        if (event.getDelta() != null && touchesConfiguration(event.getDelta())) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(ModelValidations::revalidateAll);
        }
    };
    private static boolean listening;

    private ModelValidations() {
    }

    /**
     * The validation of {@code editor}'s model; the first call starts it (a full run, then an incremental one right
     * after every change) and it ends when the editor closes.
     *
     * @throws IllegalArgumentException if the editor is closed: nothing would ever end its validation
     */
    public static ModelValidation of(DovetailEditor editor) {
        ModelValidation existing = BY_EDITOR.get(editor);
        if (existing != null) {
            return existing;
        }
        if (editor.isDisposed()) {
            throw new IllegalArgumentException("The editor of " + editor.getTitle() + " is closed");
        }
        ModelValidation validation = new ModelValidation(editor);
        BY_EDITOR.put(editor, validation);
        if (!listening) {
            listening = true;
            ResourcesPlugin.getWorkspace().addResourceChangeListener(CONFIGURATION_CHANGED, IResourceChangeEvent.POST_CHANGE);
        }
        editor.getSite().getPage().addPartListener(new IPartListener2() {
            @Override
            public void partClosed(IWorkbenchPartReference ref) {
                if (ref.getPart(false) == editor) {
                    editor.getSite().getPage().removePartListener(this);
                    BY_EDITOR.remove(editor);
                    validation.dispose();
                }
            }
        });
        validation.revalidate();
        return validation;
    }

    /**
     * The validation of {@code part} if it is an open Dovetail editor, else {@code null}. A part listener told later
     * (a turn after the event) may hold an editor closed meanwhile.
     */
    public static ModelValidation ofPart(IWorkbenchPart part) {
        return part instanceof DovetailEditor editor && editor.getViewer() != null && !editor.isDisposed() ? of(editor) : null;
    }

    /** Validates every open model again (the rule configuration changed). */
    public static void revalidateAll() {
        for (ModelValidation validation : List.copyOf(BY_EDITOR.values())) {
            validation.revalidate();
        }
    }

    private static boolean touchesConfiguration(IResourceDelta delta) {
        if (RuleConfiguration.FILE_NAME.equals(delta.getResource().getName())) {
            return true;
        }
        for (IResourceDelta child : delta.getAffectedChildren()) {
            if (touchesConfiguration(child)) {
                return true;
            }
        }
        return false;
    }

    /** The validations of the open editors. */
    public static List<ModelValidation> all() {
        return new ArrayList<>(BY_EDITOR.values());
    }
}
