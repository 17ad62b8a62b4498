package org.dovetail.server.store.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.LockedProject;
import org.dovetail.server.store.ModelRows.ElementRow;
import org.dovetail.server.store.ModelRows.ValueKey;
import org.dovetail.server.store.ModelRows.ValueRow;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.RevisionWrite;
import org.dovetail.server.store.StoredRevision;

import jakarta.persistence.EntityManager;

/**
 * A project whose row is locked ({@code SELECT … FOR UPDATE}) in the transaction of {@link #em}. Writes end the
 * current rows a commit replaces (by loading them and setting {@code valid_to}, so the updates go out as JDBC batches)
 * and insert the new ones.
 */
final class JpaLockedProject implements LockedProject {

    private final EntityManager em;
    private final ProjectEntity project;
    private final String projectId;

    JpaLockedProject(EntityManager em, ProjectEntity project) {
        this.em = em;
        this.project = project;
        this.projectId = project.toRecord().id();
    }

    @Override
    public ProjectRecord project() {
        return project.toRecord();
    }

    @Override
    public Optional<StoredRevision> byClient(String clientId, long clientSequence) {
        return em.createQuery("SELECT r FROM RevisionEntity r WHERE r.projectId = :p AND r.clientId = :c AND r.clientSequence = :s",
                RevisionEntity.class).setParameter("p", projectId).setParameter("c", clientId).setParameter("s", clientSequence)
                .getResultStream().findFirst().map(Rows::revision);
    }

    @Override
    public List<StoredRevision> revisionsAfter(long from) {
        return em.createQuery("SELECT r FROM RevisionEntity r WHERE r.projectId = :p AND r.number > :from ORDER BY r.number",
                RevisionEntity.class).setParameter("p", projectId).setParameter("from", from).getResultList().stream()
                .map(Rows::revision).toList();
    }

    @Override
    public Map<String, Long> deletedAfter(long from) {
        Map<String, Long> deleted = new HashMap<>();
        for (TouchEntity t : em.createQuery("SELECT t FROM TouchEntity t WHERE t.projectId = :p AND t.revision > :from AND t.deleted = TRUE",
                TouchEntity.class).setParameter("p", projectId).setParameter("from", from).getResultList()) {
            deleted.put(t.elementId, t.revision);
        }
        return deleted;
    }

    @Override
    public String valueAt(long revision, String elementId, String feature) {
        return em.createQuery("SELECT v.value FROM ValueRowEntity v WHERE v.projectId = :p AND v.elementId = :e AND v.feature = :f"
                + " AND v.validFrom <= :n AND v.validTo > :n", String.class).setParameter("p", projectId).setParameter("e", elementId)
                .setParameter("f", feature).setParameter("n", revision).getResultStream().findFirst().orElse(null);
    }

    @Override
    public void write(RevisionWrite write) {
        long number = write.revision().number();
        em.persist(Rows.entity(projectId, write.revision()));
        for (RevisionWrite.Touch t : write.touches()) {
            em.persist(new TouchEntity(projectId, number, t.elementId(), t.feature(), t.deleted()));
        }
        endElements(write, number);
        endValues(write, number);
        endFindings(write, number);
        for (ElementRow e : write.elements()) {
            em.persist(new ElementRowEntity(projectId, e.id(), number, Rows.OPEN, e.type(), e.parentId(), e.containment(),
                    e.resourcePath(), e.ord()));
        }
        for (ValueRow v : write.values()) {
            em.persist(new ValueRowEntity(projectId, v.elementId(), v.feature(), number, Rows.OPEN, v.value()));
        }
        for (FindingRow f : write.findings()) {
            em.persist(Rows.entity(projectId, number, f));
        }
        project.headRevision(number);
        em.flush();
    }

    private void endElements(RevisionWrite write, long number) {
        Set<String> ids = new HashSet<>(write.removedElements());
        write.elements().forEach(e -> ids.add(e.id()));
        for (List<String> chunk : Rows.chunks(ids)) {
            for (ElementRowEntity row : em.createQuery("SELECT e FROM ElementRowEntity e WHERE e.projectId = :p AND e.elementId IN :ids"
                    + " AND e.validTo = :open", ElementRowEntity.class).setParameter("p", projectId).setParameter("ids", chunk)
                    .setParameter("open", Rows.OPEN).getResultList()) {
                row.validTo = number;
            }
        }
    }

    private void endValues(RevisionWrite write, long number) {
        Map<String, Set<String>> featuresByElement = new HashMap<>();
        for (ValueKey key : write.endedValues()) {
            featuresByElement.computeIfAbsent(key.elementId(), k -> new HashSet<>()).add(key.feature());
        }
        Set<String> ids = new HashSet<>(featuresByElement.keySet());
        ids.addAll(write.removedElements());
        for (List<String> chunk : Rows.chunks(ids)) {
            for (ValueRowEntity row : em.createQuery("SELECT v FROM ValueRowEntity v WHERE v.projectId = :p AND v.elementId IN :ids"
                    + " AND v.validTo = :open", ValueRowEntity.class).setParameter("p", projectId).setParameter("ids", chunk)
                    .setParameter("open", Rows.OPEN).getResultList()) {
                if (write.removedElements().contains(row.elementId)
                        || featuresByElement.getOrDefault(row.elementId, Set.of()).contains(row.feature)) {
                    row.validTo = number;
                }
            }
        }
    }

    private void endFindings(RevisionWrite write, long number) {
        if (write.endedFindings().isEmpty()) {
            return;
        }
        Map<String, Set<String>> rulesByElement = new HashMap<>();
        for (FindingRow.Key key : write.endedFindings()) {
            rulesByElement.computeIfAbsent(key.elementId(), k -> new HashSet<>()).add(key.ruleId());
        }
        for (List<String> chunk : Rows.chunks(new ArrayList<>(rulesByElement.keySet()))) {
            for (FindingRowEntity row : em.createQuery("SELECT f FROM FindingRowEntity f WHERE f.projectId = :p AND f.elementId IN :ids"
                    + " AND f.validTo = :open", FindingRowEntity.class).setParameter("p", projectId).setParameter("ids", chunk)
                    .setParameter("open", Rows.OPEN).getResultList()) {
                if (rulesByElement.get(row.elementId).contains(row.ruleId)) {
                    row.validTo = number;
                }
            }
        }
    }

    @Override
    public EntityManager transaction() {
        return em;
    }
}
