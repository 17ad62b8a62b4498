package org.dovetail.rules.builtin.feedback;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.dovetail.rules.builtin.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dovetail.model.process.Control;
import org.dovetail.model.workasdone.ControlTest;
import org.dovetail.model.workasdone.HealthMetric;
import org.dovetail.model.workasdone.TestResult;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class FeedbackRulesTest {

    private final Mini m = new Mini();

    private HealthMetric metric(String name) {
        HealthMetric metric = Mini.named(Mini.W.createHealthMetric(), name);
        metric.setProcess(m.process);
        m.workAsDone.getMetrics().add(metric);
        return metric;
    }

    private ControlTest test(Control control, String on, TestResult result) {
        ControlTest test = Mini.named(Mini.W.createControlTest(), control.getName() + " test " + on);
        test.setControl(control);
        test.setTestedOn(Mini.date(on));
        test.setResult(result);
        m.workAsDone.getControlTests().add(test);
        return test;
    }

    @Test
    void processWithoutMetric() {
        assertFinds(new ProcessWithoutMetricRule(), m, m.process);

        metric("Cycle time");
        assertNothing(new ProcessWithoutMetricRule(), m);
    }

    @Test
    void metricWithoutSource() {
        HealthMetric firstTimeRight = metric("First-time-right");
        assertFinds(new MetricWithoutSourceRule(), m, firstTimeRight);

        firstTimeRight.setDataSource(m.workflow);
        assertNothing(new MetricWithoutSourceRule(), m);
    }

    @Test
    void keyControlUnproven() {
        Control duplicates = m.control("Duplicate check", true);
        m.control("Not a key control", false);
        assertEquals("Key control \"Duplicate check\" has never been tested", only(new KeyControlUnprovenRule(), m).message());

        test(duplicates, "2026-01-15", TestResult.EFFECTIVE);
        assertNothing(new KeyControlUnprovenRule(), m);

        ControlTest deficient = test(duplicates, "2026-04-15", TestResult.DEFICIENT);
        assertEquals(java.util.List.of(deficient), only(new KeyControlUnprovenRule(), m).related());

        test(duplicates, "2026-05-15", TestResult.EFFECTIVE);
        assertNothing(new KeyControlUnprovenRule(), m);
        test(duplicates, "2026-05-30", TestResult.NOT_TESTED);
        assertFinds(new KeyControlUnprovenRule(), m, duplicates);
    }
}
