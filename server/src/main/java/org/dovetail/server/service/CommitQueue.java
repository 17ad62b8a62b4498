package org.dovetail.server.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Group commit: the commits waiting for one project are committed together by one of their threads (the leader), in
 * one transaction, instead of each waiting for the project's lock and paying a transaction of its own. Whoever finds
 * no leader becomes one, takes every waiting request (up to {@link #maxGroup}, its own first) and, when done, hands
 * the lead to the oldest request still waiting; the others sleep until their request is done or the lead is theirs.
 * A leader thus commits one group and returns, so no request waits behind more than the group in progress.
 */
final class CommitQueue<R extends CommitQueue.Waiter> {

    /** A queued request: done (its outcome set by a leader) or handed the lead. */
    abstract static class Waiter {
        final CompletableFuture<Boolean> turn = new CompletableFuture<>();

        /** Called by the leader when it could not set an outcome (the group failed as a whole). */
        abstract void failIfOpen(RuntimeException failure);

        /** True when this request's thread must lead, false when a leader has done it. */
        boolean awaitTurn() {
            return turn.join();
        }
    }

    private static final class Lane<R> {
        final ArrayDeque<R> waiting = new ArrayDeque<>();
        boolean leading;
    }

    private final Map<String, Lane<R>> lanes = new ConcurrentHashMap<>();
    private final int maxGroup;

    CommitQueue(int maxGroup) {
        this.maxGroup = maxGroup;
    }

    /** Returns when {@code request} is done, by {@code commitGroup} in this thread or in another request's. */
    void submit(String projectId, R request, Consumer<List<R>> commitGroup) {
        Lane<R> lane = lanes.computeIfAbsent(projectId, k -> new Lane<>());
        boolean lead;
        synchronized (lane) {
            lane.waiting.addLast(request);
            lead = !lane.leading;
            lane.leading = true;
        }
        if (!lead && !request.awaitTurn()) {
            return;
        }
        // The lead: this request is the oldest waiting one, so it is in the group.
        List<R> group = new ArrayList<>();
        synchronized (lane) {
            while (!lane.waiting.isEmpty() && group.size() < maxGroup) {
                group.add(lane.waiting.pollFirst());
            }
        }
        try {
            commitGroup.accept(group);
        } catch (RuntimeException e) {
            group.forEach(r -> r.failIfOpen(e));
        } catch (Error e) {
            group.forEach(r -> r.failIfOpen(new IllegalStateException("the commit group failed: " + e, e)));
            throw e;
        } finally {
            R next;
            synchronized (lane) {
                next = lane.waiting.peekFirst();
                if (next == null) {
                    lane.leading = false;
                }
            }
            for (R r : group) {
                if (r != request) {
                    r.turn.complete(false);
                }
            }
            if (next != null) {
                next.turn.complete(true);
            }
        }
    }
}
