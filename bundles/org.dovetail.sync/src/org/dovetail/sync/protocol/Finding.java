package org.dovetail.sync.protocol;

/** A rule finding the server's governance gate reports with a commit (201) or a refusal (422). */
public record Finding(String ruleId, String severity, String elementId, String message) {
}
