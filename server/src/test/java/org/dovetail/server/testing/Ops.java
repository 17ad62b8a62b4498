package org.dovetail.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.Operation;

/** Builds change sets for tests: a model root, a process domain, processes, tasks, roles. */
public final class Ops {

    public static final String FILE = "model.dovetail";

    private final List<Operation> operations = new ArrayList<>();

    public static Ops ops() {
        return new Ops();
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** A model root with a process domain: {@code ids[0]} the root, {@code ids[1]} the domain. */
    public Ops skeleton(String rootId, String domainId) {
        operations.add(new Operation.Create(rootId, "dovetail.DovetailModel", null, null, FILE, null));
        operations.add(new Operation.Create(domainId, "process.ProcessDomain", rootId, "processDomain", null, null));
        return this;
    }

    public Ops process(String id, String domainId, String name) {
        operations.add(new Operation.Create(id, "process.Process", domainId, "processes", null, null));
        return set(id, "name", name);
    }

    public Ops task(String id, String processId, String name) {
        operations.add(new Operation.Create(id, "process.Task", processId, "steps", null, null));
        return set(id, "name", name);
    }

    public Ops role(String id, String domainId, String name) {
        operations.add(new Operation.Create(id, "process.Role", domainId, "roles", null, null));
        return set(id, "name", name);
    }

    public Ops set(String id, String feature, String value) {
        operations.add(new Operation.SetValue(id, feature, value));
        return this;
    }

    public Ops delete(String id) {
        operations.add(new Operation.Delete(id));
        return this;
    }

    public Ops move(String id, String parent, String feature, Integer index) {
        operations.add(new Operation.Move(id, parent, feature, index, null));
        return this;
    }

    public Ops add(Operation op) {
        operations.add(op);
        return this;
    }

    public List<Operation> list() {
        return List.copyOf(operations);
    }

    public ChangeSet on(long base, String clientId, long sequence) {
        return new ChangeSet(base, "test", operations, clientId, sequence);
    }

    public ChangeSet on(long base) {
        return on(base, "client-" + UUID.randomUUID(), 1);
    }
}
