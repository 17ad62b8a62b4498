package org.dovetail.cli.testrules;

import java.util.Set;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.api.RulePack;
import org.eclipse.emf.ecore.EClass;

/** A misbehaving vendor rule for the command line's tests; listed as a service only in a jar a test builds. */
abstract class TestRule implements RiskRule {

    static final RulePack PACK = RulePack.of("org.dovetail.cli.testrules", "1.0.0", TestRule.class);

    private final String id;
    private final EClass appliesTo;

    TestRule(String id, EClass appliesTo) {
        this.id = id;
        this.appliesTo = appliesTo;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public RuleCategory category() {
        return RuleCategory.GOVERNANCE_SHORTFALL;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public Set<EClass> appliesTo() {
        return Set.of(appliesTo);
    }

    @Override
    public RulePack pack() {
        return PACK;
    }
}
