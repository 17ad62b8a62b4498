package org.dovetail.rules.builtin;

import java.util.Set;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RulePack;
import org.eclipse.emf.ecore.EClass;

/** The descriptor part every built-in check shares; subclasses add only their check. */
public abstract class BuiltinCheck implements ModelCheck {

    /** The built-in pack; its texts are {@code messages.properties} in this package. */
    public static final RulePack PACK = RulePack.of("org.dovetail.rules.builtin", "0.1.0", BuiltinCheck.class);

    private final String id;
    private final RuleCategory category;
    private final Severity severity;
    private final Set<EClass> appliesTo;

    protected BuiltinCheck(String id, RuleCategory category, Severity severity, EClass... appliesTo) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.appliesTo = Set.of(appliesTo);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleCategory category() {
        return category;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final Set<EClass> appliesTo() {
        return appliesTo;
    }

    @Override
    public final RulePack pack() {
        return PACK;
    }

    @Override
    public String toString() {
        return id;
    }
}
