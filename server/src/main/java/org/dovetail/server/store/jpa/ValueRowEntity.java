package org.dovetail.server.store.jpa;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code dt_value}: one feature value of an element from revision {@code validFrom} until {@code validTo}. */
@Entity
@Table(name = "dt_value")
@IdClass(ValueRowEntity.Key.class)
public class ValueRowEntity {

    @Id
    @Column(name = "project_id")
    String projectId;

    @Id
    @Column(name = "element_id")
    String elementId;

    @Id
    @Column(name = "feature")
    String feature;

    @Id
    @Column(name = "valid_from")
    long validFrom;

    @Column(name = "valid_to", nullable = false)
    long validTo;

    @Column(name = "val")
    String value;

    protected ValueRowEntity() {
    }

    ValueRowEntity(String projectId, String elementId, String feature, long validFrom, long validTo, String value) {
        this.projectId = projectId;
        this.elementId = elementId;
        this.feature = feature;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.value = value;
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String projectId;
        String elementId;
        String feature;
        long validFrom;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.projectId.equals(projectId) && k.elementId.equals(elementId) && k.feature.equals(feature)
                    && k.validFrom == validFrom;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, elementId, feature, validFrom);
        }
    }
}
