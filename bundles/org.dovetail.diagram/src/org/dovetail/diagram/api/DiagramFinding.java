package org.dovetail.diagram.api;

import java.util.Objects;

import org.dovetail.model.governance.Severity;

/**
 * A finding shown on a diagram: the element it is about (by id), its severity, the rule and the message.
 *
 * @since 0.1
 */
public record DiagramFinding(String elementId, Severity severity, String ruleId, String message) {

    public DiagramFinding {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(severity, "severity");
    }
}
