package org.dovetail.server.store.jpa;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dovetail.server.store.BaselineRecord;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.ModelRows.ElementRow;
import org.dovetail.server.store.ModelRows.ValueRow;
import org.dovetail.server.store.StoredRevision;
import org.dovetail.server.store.WaiverRecord;
import org.dovetail.sync.protocol.ProtocolJson;

import com.fasterxml.jackson.core.type.TypeReference;

/** Conversions between entities and the store's records, and the conventions of the versioned rows. */
final class Rows {

    /** {@code valid_to} of a row that still holds. */
    static final long OPEN = Long.MAX_VALUE;

    /** Largest IN list sent in one statement. */
    static final int CHUNK = 500;

    private Rows() {
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T t : all) {
            current.add(t);
            if (current.size() == CHUNK) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    static StoredRevision revision(RevisionEntity e) {
        return new StoredRevision(e.number, e.baseRevision, e.author, instant(e.committedAt), e.message, e.clientId, e.clientSequence,
                e.rebased, e.operationCount, e.operations);
    }

    static RevisionEntity entity(String projectId, StoredRevision r) {
        RevisionEntity e = new RevisionEntity();
        e.projectId = projectId;
        e.number = r.number();
        e.baseRevision = r.baseRevision();
        e.author = r.author();
        e.committedAt = utc(r.time());
        e.message = r.message();
        e.clientId = r.clientId();
        e.clientSequence = r.clientSequence();
        e.rebased = r.rebased();
        e.operations = r.operationsJson();
        e.operationCount = r.operationCount();
        return e;
    }

    static ElementRow element(ElementRowEntity e) {
        return new ElementRow(e.elementId, e.type, e.parentId, e.containment, e.resourcePath, e.ord);
    }

    static ValueRow value(ValueRowEntity e) {
        return new ValueRow(e.elementId, e.feature, e.value);
    }

    static FindingRow finding(FindingRowEntity e) {
        List<String> related = e.related == null || e.related.isEmpty() ? List.of()
                : ProtocolJson.mapper().convertValue(readTree(e.related), new TypeReference<List<String>>() {
                });
        return new FindingRow(e.ruleId, e.elementId, e.severity, e.category, e.status, e.message, e.explanation, e.remediation, related);
    }

    static FindingRowEntity entity(String projectId, long validFrom, FindingRow f) {
        FindingRowEntity e = new FindingRowEntity();
        e.projectId = projectId;
        e.ruleId = f.ruleId();
        e.elementId = f.elementId();
        e.validFrom = validFrom;
        e.validTo = OPEN;
        e.severity = f.severity();
        e.category = f.category();
        e.status = f.status();
        e.message = truncate(f.message(), 4000);
        e.explanation = f.explanation();
        e.remediation = f.remediation();
        e.related = f.related().isEmpty() ? null : ProtocolJson.write(f.related());
        return e;
    }

    static WaiverRecord waiver(WaiverEntity e) {
        return new WaiverRecord(e.id, e.ruleId, e.elementId, e.reason, e.until, e.grantedBy, instant(e.grantedAt));
    }

    static WaiverEntity entity(String projectId, WaiverRecord w) {
        WaiverEntity e = new WaiverEntity();
        e.id = w.id();
        e.projectId = projectId;
        e.ruleId = w.ruleId();
        e.elementId = w.elementId();
        e.reason = w.reason();
        e.until = w.until();
        e.grantedBy = w.grantedBy();
        e.grantedAt = utc(w.grantedAt());
        return e;
    }

    static BaselineRecord baseline(BaselineEntity e) {
        return new BaselineRecord(e.name, e.revision, e.createdBy, instant(e.createdAt));
    }

    static BaselineEntity entity(String projectId, BaselineRecord b) {
        BaselineEntity e = new BaselineEntity();
        e.projectId = projectId;
        e.name = b.name();
        e.revision = b.revision();
        e.createdBy = b.createdBy();
        e.createdAt = utc(b.createdAt());
        return e;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return ProtocolJson.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
