package org.dovetail.server.store.jpa;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code dt_element}: an element's type and place from revision {@code validFrom} until {@code validTo}. */
@Entity
@Table(name = "dt_element")
@IdClass(ElementRowEntity.Key.class)
public class ElementRowEntity {

    @Id
    @Column(name = "project_id")
    String projectId;

    @Id
    @Column(name = "element_id")
    String elementId;

    @Id
    @Column(name = "valid_from")
    long validFrom;

    @Column(name = "valid_to", nullable = false)
    long validTo;

    @Column(name = "type", nullable = false)
    String type;

    @Column(name = "parent_id")
    String parentId;

    @Column(name = "containment")
    String containment;

    @Column(name = "resource_path")
    String resourcePath;

    @Column(name = "ord", nullable = false)
    long ord;

    protected ElementRowEntity() {
    }

    ElementRowEntity(String projectId, String elementId, long validFrom, long validTo, String type, String parentId,
            String containment, String resourcePath, long ord) {
        this.projectId = projectId;
        this.elementId = elementId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.type = type;
        this.parentId = parentId;
        this.containment = containment;
        this.resourcePath = resourcePath;
        this.ord = ord;
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String projectId;
        String elementId;
        long validFrom;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.projectId.equals(projectId) && k.elementId.equals(elementId) && k.validFrom == validFrom;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, elementId, validFrom);
        }
    }
}
