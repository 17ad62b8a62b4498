package org.dovetail.rules.api;

import java.util.Objects;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;

/**
 * What a contributed check is, for lists and preference pages: read from the contribution's declaration where it
 * has one (the {@code title}, {@code category} and {@code severity} attributes of its extension), so the check
 * itself need not be created; else from the check.
 *
 * @param id              the check's id
 * @param title           its short human title
 * @param category        its rule-table row
 * @param defaultSeverity its severity unless a project's configuration overrides it
 * @param kind            risk rule or mapping validator
 * @since 0.2
 */
public record CheckDescriptor(String id, String title, RuleCategory category, Severity defaultSeverity, Kind kind) {

    /** The two contribution types. */
    public enum Kind {
        RISK_RULE, MAPPING_VALIDATOR
    }

    public CheckDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(kind, "kind");
    }

    /** The descriptor of a created check. */
    public static CheckDescriptor of(ModelCheck check, Kind kind) {
        return new CheckDescriptor(check.id(), check.title(), check.category(), check.defaultSeverity(), kind);
    }
}
