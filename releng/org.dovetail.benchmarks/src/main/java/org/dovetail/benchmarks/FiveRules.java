package org.dovetail.benchmarks;

import java.util.List;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.builtin.decision.EvidenceNotCapturedRule;
import org.dovetail.rules.builtin.governance.PolicyWithoutControlRule;
import org.dovetail.rules.builtin.governance.StepWithoutOwnerRule;
import org.dovetail.rules.builtin.redesign.AiWithoutHumanReviewRule;
import org.dovetail.rules.builtin.workflow.StepWithoutStateRule;

/**
 * The five representative rules of the benchmark, from the built-in pack: two that read only the element, three
 * that need inverse references (mappings pointing at the element). The EValidator and the EVL script implement the
 * same five.
 */
final class FiveRules {

    private FiveRules() {
    }

    static List<ModelCheck> checks() {
        return List.of(new StepWithoutStateRule(), new StepWithoutOwnerRule(), new EvidenceNotCapturedRule(),
                new PolicyWithoutControlRule(), new AiWithoutHumanReviewRule());
    }
}
