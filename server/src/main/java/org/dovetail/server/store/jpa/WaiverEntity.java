package org.dovetail.server.store.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code dt_waiver}. */
@Entity
@Table(name = "dt_waiver")
public class WaiverEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "project_id", nullable = false)
    String projectId;

    @Column(name = "rule_id", nullable = false)
    String ruleId;

    @Column(name = "element_id", nullable = false)
    String elementId;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "until_date")
    LocalDate until;

    @Column(name = "granted_by", nullable = false)
    String grantedBy;

    @Column(name = "granted_at", nullable = false)
    LocalDateTime grantedAt; // UTC

    protected WaiverEntity() {
    }
}
