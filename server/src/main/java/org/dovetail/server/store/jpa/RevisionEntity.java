package org.dovetail.server.store.jpa;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code dt_revision}: one committed change set, its operations as protocol JSON. */
@Entity
@Table(name = "dt_revision")
@IdClass(RevisionEntity.Key.class)
public class RevisionEntity {

    @Id
    @Column(name = "project_id")
    String projectId;

    @Id
    @Column(name = "number")
    long number;

    @Column(name = "base_revision", nullable = false)
    long baseRevision;

    @Column(name = "author", nullable = false)
    String author;

    @Column(name = "committed_at", nullable = false)
    LocalDateTime committedAt; // UTC

    @Column(name = "message")
    String message;

    @Column(name = "client_id")
    String clientId;

    @Column(name = "client_sequence")
    Long clientSequence;

    @Column(name = "rebased", nullable = false)
    boolean rebased;

    @Column(name = "operation_count", nullable = false)
    int operationCount;

    @Column(name = "operations", nullable = false)
    String operations;

    protected RevisionEntity() {
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String projectId;
        long number;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.projectId.equals(projectId) && k.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, number);
        }
    }
}
