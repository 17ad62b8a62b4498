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

/** A legacy artifact neither retired nor retained with a stated reason: a parallel workflow. */
public final class LegacyArtifactUndecidedRule extends BuiltinRule implements ScopedCheck {

    public LegacyArtifactUndecidedRule() {
        super("redesign.legacy-artifact-undecided", RuleCategory.WORKFLOW_REDESIGN, Severity.WARNING, ProcessPackage.Literals.LEGACY_ARTIFACT);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        LegacyArtifact artifact = (LegacyArtifact) element;
        if (artifact.getFate() == ArtifactFate.UNDECIDED) {
            findings.report(artifact, artifact);
        } else if (artifact.getFate() == ArtifactFate.RETAIN && (artifact.getFateReason() == null || artifact.getFateReason().isBlank())) {
            findings.on(artifact).variant("unexplained").args(artifact).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ProcessPackage.Literals.LEGACY_ARTIFACT__FATE, ProcessPackage.Literals.LEGACY_ARTIFACT__FATE_REASON).label();
    }
}
