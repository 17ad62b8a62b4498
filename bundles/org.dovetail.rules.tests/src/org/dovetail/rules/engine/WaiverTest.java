package org.dovetail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.RuleFinding;
import org.junit.jupiter.api.Test;

class WaiverTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 3, 31);

    private final TestModels m = new TestModels();

    private RuleFinding findingOn(LocalDate today) {
        ValidationResult result = RuleEngine.builder().today(today).checks(List.of(new TestRules.Good())).build().validate(m.model);
        return result.findingsOf("test.good").get(0);
    }

    @Test
    void aWaivedFindingIsReportedAsWaivedUpToItsExpiryDay() {
        Waiver waiver = m.waive("test.good", EXPIRY, RiskResponse.WAIVED);

        RuleFinding before = findingOn(EXPIRY.minusDays(30));
        RuleFinding onTheDay = findingOn(EXPIRY);

        assertEquals(FindingStatus.WAIVED, before.status());
        assertEquals(waiver, before.waiver());
        assertEquals(FindingStatus.WAIVED, onTheDay.status());
        assertFalse(onTheDay.isOpen());
    }

    @Test
    void afterItsExpiryTheFindingIsOpenAgainAndNamesTheExpiredWaiver() {
        Waiver waiver = m.waive("test.good", EXPIRY, RiskResponse.WAIVED);

        RuleFinding after = findingOn(EXPIRY.plusDays(1));

        assertEquals(FindingStatus.OPEN, after.status());
        assertEquals(waiver, after.waiver());
    }

    @Test
    void anAcceptedRiskIsReportedAsAccepted() {
        m.waive("test.good", EXPIRY, RiskResponse.ACCEPTED);

        assertEquals(FindingStatus.ACCEPTED, findingOn(EXPIRY).status());
    }

    @Test
    void aWaiverWithoutExpiryHoldsAndOpenFindingsLeaveOutWaivedOnes() {
        m.waive("test.good", null, RiskResponse.WAIVED);

        ValidationResult result = RuleEngine.builder().today(LocalDate.of(2099, 1, 1)).checks(List.of(new TestRules.Good())).build()
                .validate(m.model);

        assertEquals(FindingStatus.WAIVED, result.findings().get(0).status());
        assertTrue(result.openFindings().isEmpty());
        assertFalse(result.hasOpenAtOrAbove(Severity.INFO));
    }

    @Test
    void theLongestOfTwoWaiversCountsAndAWaiverOfAnotherRuleDoesNot() {
        m.waive("test.good", EXPIRY, RiskResponse.WAIVED);
        Waiver later = m.waive("test.good", EXPIRY.plusYears(1), RiskResponse.WAIVED);
        m.waive("test.other", null, RiskResponse.WAIVED);

        assertEquals(later, findingOn(EXPIRY.plusDays(1)).waiver());
        m.governance.getWaivers().removeIf(w -> w.getRuleId().equals("test.good"));
        RuleFinding f = findingOn(EXPIRY);
        assertEquals(FindingStatus.OPEN, f.status());
        assertNull(f.waiver());
    }
}
