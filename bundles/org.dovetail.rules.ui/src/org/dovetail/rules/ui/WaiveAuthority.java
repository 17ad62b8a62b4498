package org.dovetail.rules.ui;

import org.dovetail.rules.ui.findings.WaiveAuthorities;
import org.eclipse.core.resources.IFile;

/**
 * Who may waive findings of a model file. The Waive action asks every authority registered as an OSGi service under
 * this interface; with none, or when none objects, waiving is allowed (a local, unshared model is the user's own).
 * The sync UI registers one for shared projects: on a server, only members with the governance role may waive.
 *
 * @since 0.1
 */
public interface WaiveAuthority {

    /**
     * Why the current user may not waive findings in {@code file}, in words for a tooltip or status line; {@code null}
     * when they may. Called in the UI thread whenever the selection changes: answer from what is known now, never
     * block (read slow answers in a job and call {@link #changed()} when they arrive).
     */
    String refusal(IFile file);

    /** Tells the Waive actions to ask again (an authority learned something new, e.g. the user's role on a server). */
    static void changed() {
        WaiveAuthorities.fireChanged();
    }
}
