package org.dovetail.server;

import org.dovetail.server.ops.ServerMetrics;
import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;
import org.dovetail.server.security.SecurityFeature;

import jakarta.persistence.EntityManager;

/**
 * The security feature's audit log and metrics for the repository's services, asked for on each use (the feature
 * builds them when it is configured, after the services exist).
 */
final class SecurityBridge implements AuditLog, ServerMetrics {

    private final SecurityFeature security;

    SecurityBridge(SecurityFeature security) {
        this.security = security;
    }

    @Override
    public void record(EntityManager transaction, Caller who, String projectId, String action, String target) {
        security.auditLog().record(transaction, who, projectId, action, target);
    }

    @Override
    public void recordOutcome(Caller who, String projectId, String action, String target, String outcome) {
        security.auditLog().recordOutcome(who, projectId, action, target, outcome);
    }

    @Override
    public void commitAccepted(boolean rebased, int operations) {
        security.metrics().commitAccepted(rebased, operations);
    }

    @Override
    public void commitConflict(int conflicts) {
        security.metrics().commitConflict(conflicts);
    }

    @Override
    public void gateRejection(int findings) {
        security.metrics().gateRejection(findings);
    }
}
