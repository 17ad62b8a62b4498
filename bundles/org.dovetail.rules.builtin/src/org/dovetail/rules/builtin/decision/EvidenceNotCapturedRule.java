package org.dovetail.rules.builtin.decision;

import java.util.List;

import org.dovetail.model.digital.DataField;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** Mandatory evidence of a system-supported step that no data field captures, or only optional ones. */
public final class EvidenceNotCapturedRule extends BuiltinRule implements ScopedCheck {

    public EvidenceNotCapturedRule() {
        super("decision.evidence-not-captured", RuleCategory.DECISION_EVIDENCE_MISMATCH, Severity.ERROR,
                ProcessPackage.Literals.EVIDENCE_REQUIREMENT);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        EvidenceRequirement evidence = (EvidenceRequirement) element;
        if (!evidence.isMandatory() || evidence.eContainer() instanceof Step step && step.isManual()) {
            return;
        }
        List<DataField> fields = context.referrers(evidence, GovernancePackage.Literals.EVIDENCE_FIELD_MAPPING__EVIDENCE,
                EvidenceFieldMapping.class).stream().flatMap(m -> m.getFields().stream()).toList();
        if (fields.isEmpty()) {
            findings.on(evidence).variant("none").args(evidence, evidence.eContainer()).report();
        } else if (fields.stream().noneMatch(DataField::isMandatory)) {
            findings.on(evidence).args(evidence, evidence.eContainer(), fields).related(fields).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ProcessPackage.Literals.EVIDENCE_REQUIREMENT__MANDATORY).label();
        reads.element().container().read(ProcessPackage.Literals.STEP__MANUAL).label();
        reads.element().referrers(GovernancePackage.Literals.EVIDENCE_FIELD_MAPPING__EVIDENCE)
                .follow(GovernancePackage.Literals.EVIDENCE_FIELD_MAPPING__FIELDS).read(DigitalPackage.Literals.DATA_FIELD__MANDATORY).label();
    }
}
