package org.dovetail.sync.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The caller's own role in a project ({@code GET /projects/{p}/me}) and what it allows: clients offer only what the
 * server will accept (waiving a finding needs {@link #canGovern}).
 *
 * @param role          {@code viewer}, {@code architect}, {@code governance} or {@code admin}
 * @param serverAdmin   whether the caller administers the server (creates users)
 * @param canWrite      may commit (architect or admin)
 * @param canGovern     may waive findings, set the gate and sign off baselines (governance or admin)
 * @param canAdminister may manage the project's members (admin)
 */
public record ProjectRole(String project, String user, @JsonProperty(required = true) String role, boolean serverAdmin, boolean canWrite,
        boolean canGovern, boolean canAdminister) {
}
