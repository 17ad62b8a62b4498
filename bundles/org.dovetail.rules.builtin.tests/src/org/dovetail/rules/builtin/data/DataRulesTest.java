package org.dovetail.rules.builtin.data;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.dovetail.rules.builtin.Checks.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.model.Cadence;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.Integration;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.process.ArtifactKind;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class DataRulesTest {

    private final Mini m = new Mini();

    @Test
    void automationInputUnowned() {
        DataField tolerance = m.field("Tolerance group", false);
        Automation release = m.automation("Tolerance auto-release", AutomationKind.BUSINESS_RULE);
        assertNothing(new AutomationInputUnownedRule(), m);

        tolerance.setOwner(null);
        assertNothing(new AutomationInputUnownedRule(), m);
        release.getReads().add(tolerance);
        assertTrue(only(new AutomationInputUnownedRule(), m).message().endsWith("has no owner"));
        tolerance.setFreshness(Cadence.UNSPECIFIED);
        assertTrue(only(new AutomationInputUnownedRule(), m).message().endsWith("has no owner and no stated freshness"));
        tolerance.setOwner(m.pat);
        assertFinds(new AutomationInputUnownedRule(), m, tolerance);
        tolerance.setFreshness(Cadence.REAL_TIME);
        assertNothing(new AutomationInputUnownedRule(), m);
    }

    @Test
    void noSourceOfTruth() {
        DataField erp = m.field("Bank account", true);
        DataField portal = m.field("Bank account (portal)", true);
        erp.getSameDataAs().add(portal);
        portal.getSameDataAs().add(erp);
        assertFinds(new NoSourceOfTruthRule(), m, erp, portal);

        erp.setSourceOfTruth(true);
        assertNothing(new NoSourceOfTruthRule(), m);
    }

    @Test
    void exceptionOutsideSystem() {
        ExceptionPath variance = Mini.named(Mini.P.createExceptionPath(), "Price variance");
        m.process.getExceptionPaths().add(variance);
        assertNothing(new ExceptionOutsideSystemRule(), m);

        LegacyArtifact mails = Mini.named(Mini.P.createLegacyArtifact(), "Variance e-mails");
        mails.setKind(ArtifactKind.EMAIL_THREAD);
        m.processDomain.getLegacyArtifacts().add(mails);
        variance.getHandledVia().add(mails);
        assertFinds(new ExceptionOutsideSystemRule(), m, variance);

        ExceptionHandlingMapping handling = m.mapping(Mini.G.createExceptionHandlingMapping(), "Variance handled in the ERP");
        handling.setExceptionPath(variance);
        handling.getHandledBy().add(m.state("Blocked for price"));
        assertNothing(new ExceptionOutsideSystemRule(), m);
    }

    @Test
    void integrationUnscheduled() {
        Integration sync = Mini.named(Mini.D.createIntegration(), "Bank details sync");
        sync.setSource(m.system);
        sync.setTarget(m.system);
        ((DigitalDomain) m.system.eContainer()).getIntegrations().add(sync);
        assertNothing(new IntegrationUnscheduledRule(), m);

        sync.getCarries().add(m.field("Bank account", true));
        assertFinds(new IntegrationUnscheduledRule(), m, sync);
        sync.setFrequency(Cadence.DAILY);
        assertNothing(new IntegrationUnscheduledRule(), m);
    }

}
