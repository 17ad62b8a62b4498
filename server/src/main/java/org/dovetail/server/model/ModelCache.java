package org.dovetail.server.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.StoredRevision;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Revision;

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

    /** How many recent revisions a slot keeps for conflict checks. */
    static final int RECENT = 512;
    /**
     * A revision with more operations (a bulk import or seed) is not kept: kept, it would hold its operations and their
     * index entries in memory (~1 GB for a million) for the next 512 commits; a rebase over it reads the database.
     */
    static final int MAX_KEPT_OPERATIONS = 10_000;

    /** A revision's operations and the ids it deleted, kept so that a rebase does not read them again. */
    public record Recent(Revision revision, Set<String> deleted) {
    }

    /** A project's slot: its lock and, when built, its model and its latest revisions. */
    public static final class Slot {
        private final ReentrantLock lock = new ReentrantLock();
        private final ArrayDeque<Recent> recent = new ArrayDeque<>();
        private final RecentIndex index = new RecentIndex();
        private ProjectModel model;

        /** Drops the model (it may not match the database any more). */
        public void invalidate() {
            recent.clear();
            index.clear();
            if (model != null) {
                model.dispose();
                model = null;
            }
        }

        /** Notes a revision the model now includes. */
        public void remember(Revision revision, Set<String> deleted) {
            if (revision.operations().size() > MAX_KEPT_OPERATIONS) {
                // The revisions kept must be consecutive: start again after this one.
                recent.clear();
                index.clear();
                return;
            }
            if (!recent.isEmpty() && recent.peekLast().revision().number() != revision.number() - 1) {
                recent.clear();
                index.clear();
            }
            recent.addLast(new Recent(revision, Set.copyOf(deleted)));
            index.add(revision);
            while (recent.size() > RECENT) {
                index.remove(recent.removeFirst().revision());
            }
        }

        /**
         * Revisions {@code from+1 … to} if all of them are kept, each with only its operations that change one of
         * {@code ids} or name one of them as a value (a parent or a reference), else empty.
         */
        public Optional<List<Recent>> between(long from, long to, Set<String> ids) {
            Optional<List<Recent>> all = between(from, to);
            if (all.isEmpty() || all.get().isEmpty()) {
                return all;
            }
            Map<Long, List<Operation>> relevant = index.relevant(from, to, ids);
            List<Recent> kept = new ArrayList<>();
            for (Recent r : all.get()) {
                Revision rev = r.revision();
                kept.add(new Recent(new Revision(rev.number(), rev.author(), rev.time(), rev.message(),
                        relevant.getOrDefault(rev.number(), List.of()), rev.clientId(), rev.clientSequence()), r.deleted()));
            }
            return Optional.of(kept);
        }

        /** Revisions {@code from+1 … to} if all of them are kept, else empty. */
        public Optional<List<Recent>> between(long from, long to) {
            if (to <= from) {
                return Optional.of(List.of());
            }
            if (recent.isEmpty() || recent.peekFirst().revision().number() > from + 1 || recent.peekLast().revision().number() < to) {
                return Optional.empty();
            }
            List<Recent> kept = new ArrayList<>();
            for (Recent r : recent) {
                long n = r.revision().number();
                if (n > from && n <= to) {
                    kept.add(r);
                }
            }
            return Optional.of(kept);
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
                    List<Operation> operations = operations(revision.operationsJson());
                    ProjectModel.Change change = slot.model.apply(operations);
                    slot.model.accept(change, revision.number());
                    slot.remember(new Revision(revision.number(), revision.author(), revision.time().toString(), revision.message(), operations,
                            revision.clientId(), revision.clientId() == null ? null : revision.clientSequence()),
                            change.removed());
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
