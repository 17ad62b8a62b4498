package org.dovetail.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.Stage;
import org.dovetail.model.process.Step;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The benchmark's five rules as an EMF {@link EValidator}, run by a {@link Diagnostician} over the containment
 * tree, as a hand-written validator would do it: the inverse navigations come from an index built once per run
 * (kept in the Diagnostician's context map), not from a cross-referencer search per element.
 */
final class FiveRulesValidator implements EValidator {

    static final String SOURCE = "org.dovetail.benchmarks";

    /** What the three inverse navigations need, built by one walk of the model. */
    private static final class Index {
        final Set<Step> mappedSteps = new HashSet<>();
        final Map<EvidenceRequirement, List<DataField>> evidenceFields = new HashMap<>();
        final Set<Policy> controlledPolicies = new HashSet<>();

        Index(EObject root) {
            EcoreUtil.getRootContainer(root).eAllContents().forEachRemaining(o -> {
                if (o instanceof StepStateMapping m && m.getStep() != null && !m.getStates().isEmpty()) {
                    mappedSteps.add(m.getStep());
                } else if (o instanceof EvidenceFieldMapping m && m.getEvidence() != null) {
                    evidenceFields.computeIfAbsent(m.getEvidence(), k -> new ArrayList<>()).addAll(m.getFields());
                } else if (o instanceof PolicyControlMapping m && m.getPolicy() != null && !m.getControls().isEmpty()) {
                    controlledPolicies.add(m.getPolicy());
                }
            });
        }
    }

    /** A Diagnostician that runs only this validator, on every package of the Dovetail metamodel. */
    static Diagnostician diagnostician() {
        EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
        FiveRulesValidator validator = new FiveRulesValidator();
        register(DovetailPackage.eINSTANCE, registry, validator);
        return new Diagnostician(registry);
    }

    private static void register(EPackage p, EValidator.Registry registry, EValidator validator) {
        registry.put(p, validator);
        p.getESubpackages().forEach(s -> register(s, registry, validator));
    }

    /** Validates {@code root} and counts the findings (warnings and errors). */
    static int countFindings(EObject root) {
        Diagnostic d = diagnostician().validate(root);
        return d.getChildren().size();
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = true;
        if (o instanceof Step step) {
            if (!step.isManual() && !index(o, context).mappedSteps.contains(step)) {
                ok = report(diagnostics, Diagnostic.WARNING, "Step \"" + step.getName() + "\" maps to no workflow state", o);
            }
            ok &= owned(step, diagnostics);
        } else if (o instanceof Stage stage) {
            ok = owned(stage, diagnostics);
        } else if (o instanceof EvidenceRequirement evidence) {
            if (evidence.isMandatory() && !(evidence.eContainer() instanceof Step s && s.isManual())) {
                List<DataField> fields = index(o, context).evidenceFields.getOrDefault(evidence, List.of());
                if (fields.isEmpty() || fields.stream().noneMatch(DataField::isMandatory)) {
                    ok = report(diagnostics, Diagnostic.ERROR, "Mandatory evidence \"" + evidence.getName() + "\" is not captured", o);
                }
            }
        } else if (o instanceof Policy policy) {
            if (!index(o, context).controlledPolicies.contains(policy)) {
                ok = report(diagnostics, Diagnostic.WARNING, "Policy \"" + policy.getName() + "\" is enforced by no control", o);
            }
        } else if (o instanceof Automation a && a.getKind() == AutomationKind.AI_RECOMMENDATION
                && (a.getReviewPoint() == null || a.getOverrideOwner() == null)) {
            ok = report(diagnostics, Diagnostic.ERROR, "AI recommendation \"" + a.getName() + "\" has no human review", o);
        }
        return ok;
    }

    private static boolean owned(Owned o, DiagnosticChain diagnostics) {
        return o.getOwner() != null || report(diagnostics, Diagnostic.WARNING, "No owner", o);
    }

    private static Index index(EObject o, Map<Object, Object> context) {
        return (Index) context.computeIfAbsent(Index.class, k -> new Index(o));
    }

    private static boolean report(DiagnosticChain diagnostics, int severity, String message, EObject o) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, message, new Object[] {o}));
        }
        return false;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
