package org.dovetail.server.store.jpa;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.dovetail.server.store.ProjectRecord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code dt_project}; its row lock serialises the commits of the project (across server instances too). */
@Entity
@Table(name = "dt_project")
public class ProjectEntity {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "head_revision", nullable = false)
    private long headRevision;

    @Column(name = "fail_on", nullable = false)
    private String failOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt; // UTC

    @Column(name = "created_by")
    private String createdBy;

    protected ProjectEntity() {
    }

    ProjectEntity(String id, String name, String failOn, LocalDateTime createdAt, String createdBy) {
        this.id = id;
        this.name = name;
        this.failOn = failOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long headRevision() {
        return headRevision;
    }

    void headRevision(long newHead) {
        this.headRevision = newHead;
    }

    String failOn() {
        return failOn;
    }

    void failOn(String newFailOn) {
        this.failOn = newFailOn;
    }

    ProjectRecord toRecord() {
        return new ProjectRecord(id, name, headRevision, failOn, createdAt.toInstant(ZoneOffset.UTC), createdBy);
    }
}
