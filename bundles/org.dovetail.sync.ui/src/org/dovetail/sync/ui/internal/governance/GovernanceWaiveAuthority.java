package org.dovetail.sync.ui.internal.governance;

import org.dovetail.rules.ui.WaiveAuthority;
import org.eclipse.core.resources.IFile;

/**
 * Waiving in a shared project needs the governance (or admin) role on its server project; the server refuses a
 * commit with a waiver from anyone else. Unshared projects are left to the other authorities (allowed by default).
 */
public final class GovernanceWaiveAuthority implements WaiveAuthority {

    @Override
    public String refusal(IFile file) {
        if (file == null || !org.dovetail.sync.ui.internal.SharedProjects.isShared(file.getProject())) {
            return null; // a local model is the user's own
        }
        ProjectRoles.Known known = ProjectRoles.known(file.getProject());
        if (known == null) {
            return file.getProject().getName() + " is shared: checking your role on the server (waiving needs the governance role)\u2026";
        }
        if (known.mayWaive()) {
            return null;
        }
        String project = "server project '" + known.serverProject() + "'";
        if (known.role().isPresent()) {
            return "Waiving needs the governance role on " + project + "; " + (known.user() == null ? "you are" : known.user() + " is")
                    + " " + article(known.role().get()) + ".";
        }
        return "Waiving needs the governance role on " + project + "; your role could not be read ("
                + (known.problem() == null ? "you are not a member" : known.problem()) + ").";
    }

    private static String article(String role) {
        return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
    }
}
