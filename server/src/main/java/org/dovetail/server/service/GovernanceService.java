package org.dovetail.server.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.dovetail.server.api.ApiException;
import org.dovetail.server.governance.FailOn;
import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;
import org.dovetail.server.store.BaselineRecord;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.WaiverRecord;
import org.dovetail.model.resource.DovetailIds;

import jakarta.ws.rs.core.Response.Status;

/** The governance board's writes: the gate's policy, waivers and named baselines. Rights are checked by the callers. */
public final class GovernanceService {

    private final RepositoryStore store;
    private final ProjectService projects;
    private final AuditLog audit;
    private final Clock clock;

    public GovernanceService(RepositoryStore store, ProjectService projects, AuditLog audit, Clock clock) {
        this.store = store;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the gate's policy ({@code error}, {@code warning} or {@code never}). */
    public FailOn setPolicy(Caller caller, String projectId, String failOn) {
        FailOn policy;
        try {
            policy = FailOn.of(failOn);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (!store.setFailOn(projectId, policy.wireName(), em -> audit.record(em, caller, projectId, "policy.set", "failOn " + policy.wireName()))) {
            throw ApiException.notFound("no project '" + projectId + "'");
        }
        return policy;
    }

    public FailOn policy(String projectId) {
        return FailOn.of(projects.require(projectId).failOn());
    }

    /** Grants a waiver of {@code ruleId}'s finding on {@code elementId}, until a day (inclusive) or for good. */
    public WaiverRecord addWaiver(Caller caller, String projectId, String ruleId, String elementId, String reason, String until) {
        projects.require(projectId);
        require(ruleId, "rule");
        require(elementId, "element");
        require(reason, "reason");
        LocalDate untilDay = null;
        if (until != null && !until.isBlank()) {
            try {
                untilDay = LocalDate.parse(until.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("until must be a date like 2027-03-31, was '" + until + "'");
            }
        }
        WaiverRecord waiver = new WaiverRecord(DovetailIds.newId(), ruleId.strip(), elementId.strip(), reason.strip(), untilDay, caller.name(),
                Instant.now(clock));
        return store.addWaiver(projectId, waiver, em -> audit.record(em, caller, projectId, "waiver.create", waiver.id()));
    }

    public List<WaiverRecord> waivers(String projectId) {
        projects.require(projectId);
        return store.waivers(projectId);
    }

    /** Names {@code revision} (default: the head) as a baseline; 409 when the name is taken. */
    public BaselineRecord addBaseline(Caller caller, String projectId, String name, Long revision) {
        ProjectRecord project = projects.require(projectId);
        require(name, "name");
        if (name.length() > 200) {
            throw ApiException.badRequest("a baseline name has at most 200 characters");
        }
        long at = revision == null ? project.headRevision() : revision;
        if (at < 0 || at > project.headRevision()) {
            throw ApiException.notFound("no revision " + at + " in project '" + projectId + "' (head " + project.headRevision() + ")");
        }
        BaselineRecord baseline = new BaselineRecord(name.strip(), at, caller.name(), Instant.now(clock));
        if (!store.addBaseline(projectId, baseline, em -> audit.record(em, caller, projectId, "baseline.create", baseline.name()))) {
            throw new ApiException(Status.CONFLICT, "baseline_exists", "a baseline named '" + baseline.name() + "' exists already");
        }
        return baseline;
    }

    public List<BaselineRecord> baselines(String projectId) {
        projects.require(projectId);
        return store.baselines(projectId);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing required field '" + field + "'");
        }
        if (value.length() > 4000) {
            throw ApiException.badRequest("field '" + field + "' is too long (at most 4000 characters)");
        }
    }
}
