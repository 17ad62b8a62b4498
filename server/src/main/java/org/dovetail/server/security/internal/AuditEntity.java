package org.dovetail.server.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One audited write (table {@code dt_audit}). */
@Entity
@Table(name = "dt_audit")
public class AuditEntity {

    @Id
    @SequenceGenerator(name = "dt_audit_seq", sequenceName = "dt_audit_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dt_audit_seq")
    private Long id;

    @Column(name = "at", nullable = false)
    private LocalDateTime at;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "user_name")
    private String userName;

    @Column(name = "project_id")
    private String projectId;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "target")
    private String target;

    @Column(name = "outcome", nullable = false)
    private String outcome;

    @Column(name = "request_id")
    private String requestId;

    protected AuditEntity() {
    }

    AuditEntity(Instant at, Long userId, String userName, String projectId, String action, String target, String outcome,
            String requestId) {
        this.at = UtcTimes.column(at);
        this.userId = userId;
        this.userName = userName;
        this.projectId = projectId;
        this.action = action;
        this.target = target;
        this.outcome = outcome;
        this.requestId = requestId;
    }

    /** The entry as the audit endpoint answers it. */
    AuditRecord toRecord() {
        return new AuditRecord(id, UtcTimes.instant(at).toString(), userName, projectId, action, target, outcome, requestId);
    }

    /** The JSON form of an audit entry. */
    public record AuditRecord(long id, String at, String user, String project, String action, String target,
            String outcome, String requestId) {
    }
}
