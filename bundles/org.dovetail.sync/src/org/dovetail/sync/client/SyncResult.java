package org.dovetail.sync.client;

import java.util.List;

import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.Finding;

/** The outcome of one call to the server, as data: the answer, or why there is none. */
public sealed interface SyncResult<T> {

    /** Why a call failed, by HTTP status (or none for an unreachable server). */
    enum Failure {
        BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, TOO_LARGE, SERVER_ERROR, UNEXPECTED, UNREACHABLE
    }

    record Ok<T>(T value) implements SyncResult<T> {
    }

    /** 409: the commit touches what others changed since its base; nothing was applied. */
    record Conflicts<T>(List<Conflict> conflicts, String message) implements SyncResult<T> {
    }

    /** 422: the governance gate refused the resulting model. */
    record GateRefused<T>(List<Finding> findings, String message) implements SyncResult<T> {
    }

    record Failed<T>(Failure failure, int status, String message) implements SyncResult<T> {
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The answer, or an exception with a message fit for a user. */
    default T orThrow() {
        return switch (this) {
        case Ok<T> ok -> ok.value();
        case Conflicts<T> c -> throw new SyncException(c.conflicts().size() + " conflict(s): " + c.message());
        case GateRefused<T> g -> throw new SyncException("refused by the governance gate: " + g.message());
        case Failed<T> f -> throw new SyncException(f.message());
        };
    }
}
