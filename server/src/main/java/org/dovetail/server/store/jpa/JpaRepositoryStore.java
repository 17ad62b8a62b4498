package org.dovetail.server.store.jpa;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dovetail.server.db.Database;
import org.dovetail.server.store.DuplicateProjectException;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.RepositoryStore;

import jakarta.persistence.PersistenceException;

/** The {@link RepositoryStore} on the JPA persistence unit (EclipseLink), for H2 and PostgreSQL alike. */
public final class JpaRepositoryStore implements RepositoryStore {

    private final Database database;

    public JpaRepositoryStore(Database database) {
        this.database = database;
    }

    @Override
    public ProjectRecord createProject(String id, String name, String createdBy) {
        try {
            return database.inTransaction(em -> {
                if (em.find(ProjectEntity.class, id) != null) {
                    throw new DuplicateProjectException(id);
                }
                ProjectEntity project = new ProjectEntity(id, name, "never", LocalDateTime.now(ZoneOffset.UTC), createdBy);
                em.persist(project);
                em.flush();
                return project.toRecord();
            });
        } catch (PersistenceException e) {
            // Two creations of one id at once: the primary key refuses the second.
            if (project(id).isPresent()) {
                throw new DuplicateProjectException(id);
            }
            throw e;
        }
    }

    @Override
    public Optional<ProjectRecord> project(String id) {
        return database.read(em -> Optional.ofNullable(em.find(ProjectEntity.class, id)).map(ProjectEntity::toRecord));
    }

    @Override
    public List<ProjectRecord> projects(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT p FROM ProjectEntity p WHERE p.id IN :ids ORDER BY p.id", ProjectEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream().map(ProjectEntity::toRecord).toList());
    }

    @Override
    public boolean setFailOn(String projectId, String failOn) {
        return database.inTransaction(em -> {
            ProjectEntity project = em.find(ProjectEntity.class, projectId);
            if (project == null) {
                return false;
            }
            project.failOn(failOn);
            return true;
        });
    }
}
