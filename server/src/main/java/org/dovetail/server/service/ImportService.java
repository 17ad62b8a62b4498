package org.dovetail.server.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.dovetail.model.resource.DovetailResources;
import org.dovetail.server.api.ApiException;
import org.dovetail.server.model.ProjectModel;
import org.dovetail.server.security.Caller;
import org.dovetail.sync.emf.ModelDiff;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.model.resource.DovetailIds;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * {@code POST /projects/{p}/imports}: an uploaded model file (XMI) replaces one file of the project; the differences
 * from the head ({@link ModelDiff}, elements matched by id) are committed like any change set, gate included. The
 * upload is parsed by the model's own resource, which refuses DTDs, so XXE and entity bombs are rejected (400).
 */
public final class ImportService {

    /** The file an upload replaces when none is named and the project has not exactly one. */
    public static final String DEFAULT_PATH = "model.dovetail";

    private final CommitService commits;

    public ImportService(CommitService commits) {
        this.commits = commits;
    }

    /**
     * Imports {@code xmi} as the project file {@code path} (null: the project's only file, else {@value #DEFAULT_PATH}).
     * Answers the head revision unchanged when the upload equals it.
     */
    public CommitResult importModel(Caller caller, String projectId, String path, String message, byte[] xmi) {
        return importModel(caller, projectId, path, message, xmi, CommitService.Rights.ALL);
    }

    /** As {@link #importModel(Caller, String, String, String, byte[])} by a member who may change what {@code rights} allow. */
    public CommitResult importModel(Caller caller, String projectId, String path, String message, byte[] xmi, CommitService.Rights rights) {
        if (xmi.length == 0) {
            throw ApiException.badRequest("the body is empty: send the model file (XMI)");
        }
        String text = message == null || message.isBlank() ? "Import" : message.strip();
        return commits.commit(caller, projectId, "import", rights, (head, headRevision) -> {
            String file = path != null && !path.isBlank() ? path.strip() : onlyFile(head);
            List<Operation> operations = differences(head, file, xmi);
            return operations.isEmpty() ? null : new ChangeSet(headRevision, text, operations, "import-" + DovetailIds.newId(), 0);
        });
    }

    private static String onlyFile(ProjectModel head) {
        List<Resource> files = head.resources().resourceSet().getResources().stream().filter(r -> !r.getContents().isEmpty()).toList();
        return files.size() == 1 ? head.resources().pathOf(files.get(0)) : DEFAULT_PATH;
    }

    /** The operations that turn the head into the head with {@code file} replaced by the upload. */
    private static List<Operation> differences(ProjectModel head, String file, byte[] xmi) {
        ProjectResources uploaded = new ProjectResources(DovetailResources.newResourceSet(), ProjectResources.IN_MEMORY_ROOT);
        Resource upload;
        try {
            ProjectResources.checkedSegments(file);
            upload = uploaded.resource(file);
        } catch (SyncModelException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        try {
            upload.load(new ByteArrayInputStream(xmi), null);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new ApiException(400, "malformed_model", "the upload is not a readable Dovetail model: " + reason, List.of(), List.of());
        }
        // The other files of the project as they are at the head, so that only the uploaded one changes.
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        for (Resource resource : head.resources().resourceSet().getResources()) {
            String other = head.resources().pathOf(resource);
            if (!other.equals(file) && !resource.getContents().isEmpty()) {
                uploaded.resource(other).getContents().addAll(copier.copyAll(resource.getContents()));
            }
        }
        copier.copyReferences();
        try {
            return ModelDiff.diff(head.resources(), uploaded);
        } catch (SyncModelException e) {
            throw new ApiException(400, "malformed_model", "the upload cannot be imported: " + e.getMessage(), List.of(), List.of());
        }
    }
}
