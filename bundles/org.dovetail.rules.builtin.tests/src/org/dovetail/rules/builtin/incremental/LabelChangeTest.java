package org.dovetail.rules.builtin.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.builtin.decision.ApprovalWithoutGuardRule;
import org.dovetail.rules.builtin.workflow.ApprovalSkipPathRule;
import org.dovetail.rules.builtin.workflow.OrderMismatchRule;
import org.dovetail.rules.engine.IncrementalValidator;
import org.dovetail.rules.engine.RuleEngine;
import org.junit.jupiter.api.Test;

/**
 * The graph checks leave label changes to their findings' arguments ({@code ReadPaths.labelsOnlyAsArguments}): a
 * rename re-runs only the evaluations whose findings name the renamed element. Renaming each element the example's
 * graph findings name, and the checked elements themselves, must give a full run's findings, new names included.
 */
class LabelChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void renamingWhatTheGraphFindingsNameGivesAFullRunsTexts() {
        DovetailModel model = ExampleModels.supplierInvoiceApproval();
        RuleEngine engine = RuleEngine.builder()
                .checks(List.of(new ApprovalSkipPathRule(), new OrderMismatchRule(), new ApprovalWithoutGuardRule())).today(TODAY).build();
        IncrementalValidator validator = engine.incremental();
        List<RuleFinding> initial = validator.attach(model).findings();
        assertFalse(initial.isEmpty(), "the example shows the graph findings");
        Set<Element> named = new LinkedHashSet<>();
        for (RuleFinding f : initial) {
            if (f.element() instanceof Element e) {
                named.add(e);
            }
            f.related().stream().filter(Element.class::isInstance).forEach(r -> named.add((Element) r));
        }
        int renamed = 0;
        for (Element element : named) {
            String name = "Renamed " + ++renamed;
            element.setName(name);
            validator.revalidate();
            List<String> full = messages(engine.validate(model).findings());
            assertEquals(full, messages(validator.result().findings()), "after renaming to " + name);
        }
        assertTrue(renamed >= 5, "renamed " + renamed);
        assertTrue(validator.result().findings().stream().anyMatch(f -> f.message().contains("Renamed ")), "the texts show the new names");
        validator.detach();
    }

    private static List<String> messages(List<RuleFinding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message() + " | " + f.explanation() + " | " + f.remediation()).toList();
    }
}
