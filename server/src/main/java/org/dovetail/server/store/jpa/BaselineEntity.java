package org.dovetail.server.store.jpa;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code dt_baseline}. */
@Entity
@Table(name = "dt_baseline")
@IdClass(BaselineEntity.Key.class)
public class BaselineEntity {

    @Id
    @Column(name = "project_id")
    String projectId;

    @Id
    @Column(name = "name")
    String name;

    @Column(name = "revision", nullable = false)
    long revision;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt; // UTC

    protected BaselineEntity() {
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String projectId;
        String name;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.projectId.equals(projectId) && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, name);
        }
    }
}
