package org.dovetail.server.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dovetail.server.security.ProjectCatalog;
import org.dovetail.server.store.ProjectRecord;

/** The project service as the security layer's {@link ProjectCatalog} ({@code GET/POST /projects}). */
public final class ProjectCatalogAdapter implements ProjectCatalog {

    private final ProjectService projects;

    public ProjectCatalogAdapter(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void create(String id, String name) {
        projects.create(id, name, null);
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ProjectRecord project : projects.list(ids)) {
            names.put(project.id(), project.name());
        }
        return names;
    }

    @Override
    public void create(String id, String name, String description) {
        String text = ProjectService.checkDescription(description);
        projects.create(id, name, null);
        if (text != null) {
            projects.describe(id, text);
        }
    }

    @Override
    public Map<String, String> descriptions(Collection<String> ids) {
        return projects.descriptions(ids);
    }
}
