package org.dovetail.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dovetail.model.Cadence;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.dovetail.model.Party;
import org.dovetail.model.Person;
import org.dovetail.model.process.ArtifactKind;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.ControlExecution;
import org.dovetail.model.process.ControlType;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Trigger;
import org.dovetail.model.process.TriggerKind;

/**
 * Concise, deterministic construction of example models.
 *
 * <p>Every element gets a name-based UUID: {@code UUID.nameUUIDFromBytes(example + "/" + path)}, where the
 * path of a named element is {@code <EClass name>/<name>} (names are unique per class within an example)
 * and unnamed elements get an explicit path. Regenerating an example therefore gives identical ids, and the
 * corrected variant shares the ids of every element it has in common with the variant with gaps.</p>
 */
public final class ModelBuilder {

    private final String exampleName;
    private final boolean corrected;
    private final Map<String, Identified> byPath = new LinkedHashMap<>();

    public ModelBuilder(String exampleName, boolean corrected) {
        this.exampleName = exampleName;
        this.corrected = corrected;
    }

    /** True when building the variant in which every deliberate gap is fixed. */
    public boolean corrected() {
        return corrected;
    }

    /** The name-based UUID of the element at {@code path} in this example. */
    public String idFor(String path) {
        return UUID.nameUUIDFromBytes((exampleName + "/" + path).getBytes(UTF_8)).toString();
    }

    /** Gives {@code element} the id of {@code path}; a path may be used once. */
    public <T extends Identified> T identify(String path, T element) {
        if (byPath.putIfAbsent(path, element) != null) {
            throw new IllegalStateException(exampleName + ": two elements at path " + path);
        }
        element.setId(idFor(path));
        return element;
    }

    /** Names, describes and identifies {@code element} (path {@code <EClass>/<name>}). */
    public <T extends Element> T named(T element, String name, String description) {
        element.setName(name);
        element.setDescription(description);
        return identify(element.eClass().getName() + "/" + name, element);
    }

    /** The element of {@code type} named {@code name}, built earlier in this example. */
    public <T extends Element> T get(Class<T> type, String name) {
        for (Map.Entry<String, Identified> e : byPath.entrySet()) {
            if (type.isInstance(e.getValue()) && name.equals(((Element) e.getValue()).getName())) {
                return type.cast(e.getValue());
            }
        }
        throw new IllegalArgumentException(exampleName + ": no " + type.getSimpleName() + " named " + name);
    }

    /** Every element of {@code type} built so far, in the order they were built. */
    public <T extends Identified> List<T> all(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Identified e : byPath.values()) {
            if (type.isInstance(e)) {
                result.add(type.cast(e));
            }
        }
        return result;
    }

    /** Noon UTC of an ISO date: fixed dates, never "now". */
    public static Date date(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    // ---- people and process --------------------------------------------------------------------

    public Person person(String name, String jobTitle, String email) {
        Person p = named(DovetailFactory.eINSTANCE.createPerson(), name, null);
        p.setJobTitle(jobTitle);
        p.setEmail(email);
        return p;
    }

    public Role role(String name, String responsibilities) {
        Role r = named(ProcessFactory.eINSTANCE.createRole(), name, null);
        r.setResponsibilities(responsibilities);
        return r;
    }

    /** Adds {@code step} (a fresh Task, Approval, ...) to {@code process}. */
    public <S extends Step> S step(Process process, S step, String name, Role performer, Party owner, String description) {
        named(step, name, description);
        step.setPerformer(performer);
        step.setOwner(owner);
        process.getSteps().add(step);
        return step;
    }

    public Flow flow(Process process, Step from, Step to, String condition) {
        Flow f = identify("Flow/" + from.getName() + " -> " + to.getName(), ProcessFactory.eINSTANCE.createFlow());
        f.setSource(from);
        f.setTarget(to);
        f.setCondition(condition);
        process.getFlows().add(f);
        return f;
    }

    /** Flows through {@code steps} in order, without conditions. */
    public void sequence(Process process, Step... steps) {
        for (int i = 1; i < steps.length; i++) {
            flow(process, steps[i - 1], steps[i], null);
        }
    }

    public EvidenceRequirement evidence(Step step, String name, boolean mandatory, String retention, String description) {
        EvidenceRequirement e = named(ProcessFactory.eINSTANCE.createEvidenceRequirement(), name, description);
        e.setMandatory(mandatory);
        e.setRetention(retention);
        step.getEvidence().add(e);
        return e;
    }

    public LegacyArtifact artifact(ProcessDomain domain, String name, ArtifactKind kind, Party owner,
            String description) {
        LegacyArtifact a = named(ProcessFactory.eINSTANCE.createLegacyArtifact(), name, description);
        a.setKind(kind);
        a.setOwner(owner);
        domain.getLegacyArtifacts().add(a);
        return a;
    }

    public Trigger trigger(Process process, String name, TriggerKind kind, Step starts) {
        Trigger t = named(ProcessFactory.eINSTANCE.createTrigger(), name, null);
        t.setKind(kind);
        t.setStarts(starts);
        process.getTriggers().add(t);
        return t;
    }

    public DecisionRight decisionRight(Process process, String name, Role holder, Step decision, String limit,
            boolean delegable) {
        DecisionRight d = named(ProcessFactory.eINSTANCE.createDecisionRight(), name, null);
        d.setHolder(holder);
        d.setDecision(decision);
        d.setLimit(limit);
        d.setDelegable(delegable);
        process.getDecisionRights().add(d);
        return d;
    }

    public ExceptionPath exception(Process process, String name, Party owner, String trigger,
            Step raisedAt, Step returnsTo, Role handler) {
        ExceptionPath x = named(ProcessFactory.eINSTANCE.createExceptionPath(), name, null);
        x.setOwner(owner);
        x.setTrigger(trigger);
        x.setRaisedAt(raisedAt);
        x.setReturnsTo(returnsTo);
        x.setHandler(handler);
        process.getExceptionPaths().add(x);
        return x;
    }

    public Policy policy(ProcessDomain domain, String name, Party owner, String statement, String source) {
        Policy p = named(ProcessFactory.eINSTANCE.createPolicy(), name, null);
        p.setOwner(owner);
        p.setStatement(statement);
        p.setSource(source);
        domain.getPolicies().add(p);
        return p;
    }

    public Control control(ProcessDomain domain, String name, Party owner, ControlType type,
            ControlExecution execution, boolean key, List<? extends Step> performedAt, List<EvidenceRequirement> evidence) {
        Control c = named(ProcessFactory.eINSTANCE.createControl(), name, null);
        c.setOwner(owner);
        c.setType(type);
        c.setExecution(execution);
        c.setKey(key);
        c.setFrequency(Cadence.PER_TRANSACTION);
        c.getPerformedAt().addAll(performedAt);
        c.getEvidence().addAll(evidence);
        domain.getControls().add(c);
        return c;
    }
}
