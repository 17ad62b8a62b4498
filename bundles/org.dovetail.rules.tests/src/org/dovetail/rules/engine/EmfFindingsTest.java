package org.dovetail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.junit.jupiter.api.Test;

class EmfFindingsTest {

    @Test
    void aFindingKeepsItsDataInTheGovernanceRecord() {
        TestModels m = new TestModels();
        m.waive("test.good", null, RiskResponse.ACCEPTED);
        RuleFinding finding = RuleEngine.builder().checks(List.of(new TestRules.Good())).build().validate(m.model).findings().get(0);

        Finding emf = EmfFindings.toEmf(finding.withSeverity(Severity.ERROR), LocalDate.of(2026, 5, 4));

        assertEquals("test.good", emf.getRuleId());
        assertEquals(Severity.ERROR, emf.getSeverity());
        assertEquals(m.unowned, emf.getElement());
        assertEquals(finding.message(), emf.getMessage());
        assertEquals(finding.explanation(), emf.getExplanation());
        assertEquals(finding.remediation(), emf.getRemediation());
        assertEquals(FindingStatus.ACCEPTED, emf.getStatus());
        assertEquals(LocalDate.of(2026, 5, 4), emf.getDetectedOn().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }
}
