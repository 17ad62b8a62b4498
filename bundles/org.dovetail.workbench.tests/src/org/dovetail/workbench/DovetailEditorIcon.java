package org.dovetail.workbench;

import java.net.URL;

import org.eclipse.core.runtime.Platform;

/** The editor's icon, a real bundle URL of the kind EMF.Edit item providers hand out. */
final class DovetailEditorIcon {

    private DovetailEditorIcon() {
    }

    static URL url() {
        URL url = Platform.getBundle("org.dovetail.editor").getEntry("icons/dovetail.png");
        if (url == null) {
            throw new AssertionError("org.dovetail.editor has no icons/dovetail.png");
        }
        return url;
    }
}
