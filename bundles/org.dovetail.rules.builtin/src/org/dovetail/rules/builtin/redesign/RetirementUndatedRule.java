package org.dovetail.rules.builtin.redesign;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A legacy artifact to be retired with no date: "to be retired" without a date lives on as a parallel workflow. */
public final class RetirementUndatedRule extends BuiltinRule implements ScopedCheck {

    public RetirementUndatedRule() {
        super("redesign.retirement-undated", RuleCategory.WORKFLOW_REDESIGN, Severity.INFO, ProcessPackage.Literals.LEGACY_ARTIFACT);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        LegacyArtifact artifact = (LegacyArtifact) element;
        if (artifact.getFate() == ArtifactFate.RETIRE && artifact.getRetireBy() == null) {
            findings.report(artifact, artifact);
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ProcessPackage.Literals.LEGACY_ARTIFACT__FATE, ProcessPackage.Literals.LEGACY_ARTIFACT__RETIRE_BY).label();
    }
}
