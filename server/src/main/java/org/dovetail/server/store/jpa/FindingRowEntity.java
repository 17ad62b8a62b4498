package org.dovetail.server.store.jpa;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Row of {@code dt_finding}: a finding of the gate from revision {@code validFrom} until {@code validTo}. */
@Entity
@Table(name = "dt_finding")
@IdClass(FindingRowEntity.Key.class)
public class FindingRowEntity {

    @Id
    @Column(name = "project_id")
    String projectId;

    @Id
    @Column(name = "rule_id")
    String ruleId;

    @Id
    @Column(name = "element_id")
    String elementId;

    @Id
    @Column(name = "valid_from")
    long validFrom;

    @Column(name = "valid_to", nullable = false)
    long validTo;

    @Column(name = "severity", nullable = false)
    String severity;

    @Column(name = "category")
    String category;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "message")
    String message;

    @Column(name = "explanation")
    String explanation;

    @Column(name = "remediation")
    String remediation;

    @Column(name = "related")
    String related;

    protected FindingRowEntity() {
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String projectId;
        String ruleId;
        String elementId;
        long validFrom;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.projectId.equals(projectId) && k.ruleId.equals(ruleId) && k.elementId.equals(elementId)
                    && k.validFrom == validFrom;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, ruleId, elementId, validFrom);
        }
    }
}
