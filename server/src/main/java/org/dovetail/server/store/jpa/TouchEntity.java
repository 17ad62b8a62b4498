package org.dovetail.server.store.jpa;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code dt_touch}: a conflict key a revision touched (deleted = the element went with that revision). */
@Entity
@Table(name = "dt_touch")
@IdClass(TouchEntity.Key.class)
public class TouchEntity {

    @Id
    @Column(name = "project_id")
    String projectId;

    @Id
    @Column(name = "revision")
    long revision;

    @Id
    @Column(name = "element_id")
    String elementId;

    @Id
    @Column(name = "feature")
    String feature;

    @Column(name = "deleted", nullable = false)
    boolean deleted;

    protected TouchEntity() {
    }

    TouchEntity(String projectId, long revision, String elementId, String feature, boolean deleted) {
        this.projectId = projectId;
        this.revision = revision;
        this.elementId = elementId;
        this.feature = feature;
        this.deleted = deleted;
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String projectId;
        long revision;
        String elementId;
        String feature;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.projectId.equals(projectId) && k.revision == revision && k.elementId.equals(elementId)
                    && k.feature.equals(feature);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, revision, elementId, feature);
        }
    }
}
