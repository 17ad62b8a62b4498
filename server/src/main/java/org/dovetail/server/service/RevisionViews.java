package org.dovetail.server.service;

import java.util.List;

import org.dovetail.server.store.StoredRevision;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;

import com.fasterxml.jackson.core.type.TypeReference;

/** Stored revisions as the protocol's {@link Revision}s and {@link RevisionSummary}s. */
final class RevisionViews {

    private static final TypeReference<List<Operation>> OPERATIONS = new TypeReference<>() {
    };

    private RevisionViews() {
    }

    static Revision revision(StoredRevision r) {
        return new Revision(r.number(), r.author(), r.time().toString(), r.message(), operations(r.operationsJson()), r.clientId(),
                r.clientId() == null ? null : r.clientSequence());
    }

    static RevisionSummary summary(StoredRevision r) {
        return new RevisionSummary(r.number(), r.author(), r.time().toString(), r.message(), r.operationCount());
    }

    /** Operations as stored: a JSON array of protocol operations, each with its {@code op}. */
    static String json(List<Operation> operations) {
        try {
            return ProtocolJson.mapper().writerFor(OPERATIONS).writeValueAsString(operations);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write operations: " + e.getOriginalMessage(), e);
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
