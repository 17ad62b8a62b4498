package org.dovetail.rules.engine;

import java.util.Set;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.MappingValidator;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.RulePack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** Small rules for engine and registry tests: good ones, one that throws, slow ones. */
public final class TestRules {

    public static final RulePack PACK = RulePack.of("org.dovetail.rules.tests", "1.2.3", TestRules.class);

    private TestRules() {
    }

    /** Shared descriptor of the test rules. */
    abstract static class Base implements RiskRule {
        private final String id;
        private final EClass type;

        Base(String id, EClass type) {
            this.id = id;
            this.type = type;
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
            return Set.of(type);
        }

        @Override
        public RulePack pack() {
            return PACK;
        }
    }

    /** Reports every process with no owner. */
    public static final class Good extends Base {
        public Good() {
            super("test.good", ProcessPackage.Literals.PROCESS);
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            if (((Owned) element).getOwner() == null) {
                findings.report(element, element);
            }
        }
    }

    /** Throws on every element. */
    public static final class Failing extends Base {
        public Failing() {
            super("test.failing", DovetailPackage.Literals.DOVETAIL_MODEL);
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            throw new IllegalStateException("boom");
        }
    }

    /** Cannot even be created. */
    public static final class ThrowsOnCreate extends Base {
        public ThrowsOnCreate() {
            super("test.throws-on-create", DovetailPackage.Literals.DOVETAIL_MODEL);
            throw new IllegalStateException("no");
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            // never created
        }
    }

    /** Sleeps far past any time limit (interruptible). */
    public static final class Sleeping extends Base {
        public Sleeping() {
            super("test.sleeping", DovetailPackage.Literals.DOVETAIL_MODEL);
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Busy for two seconds, ignoring interrupts, reporting as it goes: stopped at its next report. */
    public static final class Spinning extends Base {
        public Spinning() {
            super("test.spinning", DovetailPackage.Literals.DOVETAIL_MODEL);
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            long end = System.nanoTime() + 10_000_000_000L; // far beyond the tests' bounds, even on a busy machine
            while (System.nanoTime() < end) {
                Thread.interrupted();
                findings.on(element);
            }
        }
    }

    /** Reports mappings with no rationale. */
    public static final class GoodValidator implements MappingValidator {
        @Override
        public String id() {
            return "test.mapping-good";
        }

        @Override
        public RuleCategory category() {
            return RuleCategory.GOVERNANCE_SHORTFALL;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public Set<EClass> appliesTo() {
            return Set.of(GovernancePackage.Literals.MAPPING);
        }

        @Override
        public RulePack pack() {
            return PACK;
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            if (((Mapping) element).getRationale() == null) {
                findings.report(element, element);
            }
        }
    }

    /** Counts how often it is created: describing the registry's contributions must not create it. */
    public static final class CountingValidator implements MappingValidator {
        public static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();

        public CountingValidator() {
            CREATED.incrementAndGet();
        }

        @Override
        public String id() {
            return "test.mapping-counted";
        }

        @Override
        public RuleCategory category() {
            return RuleCategory.FEEDBACK_GAP;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public Set<EClass> appliesTo() {
            return Set.of(GovernancePackage.Literals.MAPPING);
        }

        @Override
        public RulePack pack() {
            return PACK;
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            // finds nothing
        }
    }
}
