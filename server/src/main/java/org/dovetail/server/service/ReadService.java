package org.dovetail.server.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dovetail.server.api.ApiException;
import org.dovetail.model.governance.Severity;
import org.dovetail.server.model.ModelOperations;
import org.dovetail.server.store.FindingQuery;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.StoredRevision;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.protocol.Snapshot;

/**
 * What clients read: changes since a revision (in proportion to the change), the model at any revision, the history of
 * the project and of one element, and the findings of a revision. Access rights are checked by the callers.
 */
public final class ReadService {

    /** The most revisions (or findings) one page of changes, history or findings holds. */
    public static final int MAX_PAGE = 1000;

    private final RepositoryStore store;
    private final ProjectService projects;

    public ReadService(RepositoryStore store, ProjectService projects) {
        this.store = store;
        this.projects = projects;
    }

    public ChangesPage changes(String projectId, long since, int limit) {
        ProjectRecord project = projects.require(projectId);
        if (since < 0 || since > project.headRevision()) {
            throw ApiException.badRequest("since must be between 0 and the head revision " + project.headRevision() + ", was " + since);
        }
        List<Revision> revisions = new ArrayList<>();
        for (StoredRevision r : store.revisionsAfter(projectId, since, page(limit))) {
            revisions.add(RevisionViews.revision(r));
        }
        long to = revisions.isEmpty() ? since : revisions.get(revisions.size() - 1).number();
        return new ChangesPage(since, to, Math.max(project.headRevision(), to), revisions);
    }

    /** The model at {@code revision} ({@code null}: the head). */
    public Snapshot snapshot(String projectId, Long revision) {
        ProjectRecord project = projects.require(projectId);
        long at = revision == null ? project.headRevision() : revision;
        requireRevision(project, at);
        List<Operation> operations = ModelOperations.snapshot(store.modelAt(projectId, at));
        return new Snapshot(at, operations);
    }

    public List<RevisionSummary> history(String projectId, long offset, int limit) {
        projects.require(projectId);
        if (offset < 0) {
            throw ApiException.badRequest("offset must not be negative");
        }
        return store.history(projectId, offset, page(limit)).stream().map(RevisionViews::summary).toList();
    }

    /** Per revision that touched the element (newest first): who, when, message, and the element's operations. */
    public List<Revision> elementHistory(String projectId, String elementId, long offset, int limit) {
        projects.require(projectId);
        List<Revision> history = new ArrayList<>();
        for (StoredRevision r : store.elementHistory(projectId, elementId, offset, page(limit))) {
            Revision full = RevisionViews.revision(r);
            List<Operation> own = full.operations().stream().filter(op -> op.id().equals(elementId)).toList();
            history.add(new Revision(full.number(), full.author(), full.time(), full.message(), own.isEmpty() ? full.operations() : own,
                    full.clientId(), full.clientSequence()));
        }
        if (history.isEmpty() && offset == 0) {
            throw ApiException.notFound("no element '" + elementId + "' in project '" + projectId + "'");
        }
        return history;
    }

    /**
     * A page of the findings that held at {@code revision}: those at or above {@code minSeverity} ({@code null}: all),
     * optionally of one rule or on one element, after the key {@code after} ({@code null}: from the start).
     */
    public FindingsPage findings(String projectId, long revision, String minSeverity, String ruleId, String elementId,
            FindingRow.Key after, int limit) {
        requireRevision(projects.require(projectId), revision);
        int size = page(limit);
        // One more than the page tells whether another page follows.
        FindingQuery query = new FindingQuery(severitiesFrom(minSeverity), blankToNull(ruleId), blankToNull(elementId), after, size + 1);
        List<FindingRow> rows = store.findingsAt(projectId, revision, query);
        return rows.size() <= size ? new FindingsPage(revision, rows, null)
                : new FindingsPage(revision, rows.subList(0, size), rows.get(size - 1).key());
    }

    /** The severities at or above {@code name} ({@code error}, {@code warning} or {@code info}); all for {@code null}. */
    private static List<String> severitiesFrom(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Severity least = Severity.get(name.strip().toLowerCase(Locale.ROOT));
        if (least == null) {
            throw ApiException.badRequest("unknown severity '" + name + "'; severity is one of error, warning, info");
        }
        return Severity.VALUES.stream().filter(s -> s.getValue() >= least.getValue()).map(Severity::getLiteral).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void requireRevision(ProjectRecord project, long revision) {
        if (revision < 0 || revision > project.headRevision()) {
            throw ApiException.notFound("no revision " + revision + " in project '" + project.id() + "' (head " + project.headRevision() + ")");
        }
    }

    private static int page(int limit) {
        if (limit < 1) {
            throw ApiException.badRequest("limit must be at least 1");
        }
        return Math.min(limit, MAX_PAGE);
    }
}
