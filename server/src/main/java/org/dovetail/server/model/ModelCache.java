package org.dovetail.server.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.StoredRevision;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.ProtocolJson;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The head models of recently committed-to projects, each validated by the rule engine, so that a commit costs in
 * proportion to its change. Only an optimisation: a missing model is built from the database, one behind (another
 * server instance committed) is brought forward with the revisions it lacks, and anything that does not fit is dropped
 * and rebuilt. Callers work on a project's model under its lock ({@link #withProject}).
 */
public final class ModelCache {

    private static final Logger LOG = Logger.getLogger(ModelCache.class.getName());
    private static final TypeReference<List<Operation>> OPERATIONS = new TypeReference<>() {
    };

    /** A project's slot: its lock and, when built, its model. */
    public static final class Slot {
        private final ReentrantLock lock = new ReentrantLock();
        private ProjectModel model;

        /** Drops the model (it may not match the database any more). */
        public void invalidate() {
            if (model != null) {
                model.dispose();
                model = null;
            }
        }
    }

    private final RepositoryStore store;
    private final Function<String, RuleEngine> engines;
    private final int capacity;
    private final Map<String, Slot> slots;

    public ModelCache(RepositoryStore store, Function<String, RuleEngine> engines, int capacity) {
        this.store = store;
        this.engines = engines;
        this.capacity = capacity;
        this.slots = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Runs {@code work} holding the project's lock (one commit at a time per project in this instance). */
    public <T> T withProject(String projectId, Function<Slot, T> work) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(projectId, k -> new Slot());
            evictBeyondCapacity();
        }
        slot.lock.lock();
        try {
            return work.apply(slot);
        } finally {
            slot.lock.unlock();
        }
    }

    /** The slot's model brought to {@code head}: built, kept, or brought forward with the revisions it lacks. */
    public ProjectModel at(Slot slot, String projectId, long head) {
        if (slot.model != null && slot.model.revision() < head) {
            try {
                for (StoredRevision revision : store.revisionsAfter(projectId, slot.model.revision(), Integer.MAX_VALUE)) {
                    if (revision.number() > head) {
                        break;
                    }
                    ProjectModel.Change change = slot.model.apply(operations(revision.operationsJson()));
                    slot.model.accept(change, revision.number());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "project " + projectId + ": cached model could not be brought forward; rebuilding", e);
                slot.invalidate();
            }
        }
        if (slot.model != null && slot.model.revision() != head) {
            slot.invalidate();
        }
        if (slot.model == null) {
            slot.model = ProjectModel.load(store.modelAt(projectId, head), head, engines.apply(projectId));
        }
        return slot.model;
    }

    /** Drops every model (tests, rules reloaded). */
    public void clear() {
        synchronized (slots) {
            for (Slot slot : slots.values()) {
                if (slot.lock.tryLock()) {
                    try {
                        slot.invalidate();
                    } finally {
                        slot.lock.unlock();
                    }
                }
            }
        }
    }

    private void evictBeyondCapacity() {
        var it = slots.entrySet().iterator();
        while (slots.size() > capacity && it.hasNext()) {
            Slot eldest = it.next().getValue();
            if (eldest.lock.tryLock()) {
                try {
                    eldest.invalidate();
                    it.remove();
                } finally {
                    eldest.lock.unlock();
                }
            } else {
                break;
            }
        }
    }

    static List<Operation> operations(String json) {
        try {
            return ProtocolJson.mapper().readValue(json, OPERATIONS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored operations are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
