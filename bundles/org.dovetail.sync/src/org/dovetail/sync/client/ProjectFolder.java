package org.dovetail.sync.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dovetail.model.resource.DovetailResourceFactory;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.model.resource.ModelLoadException;
import org.dovetail.sync.emf.OperationApplier;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** The model files of a shared folder: every {@code .dovetail} file below it, the sync folder excluded. */
public final class ProjectFolder {

    public static final String SYNC_FOLDER = ".dovetail-sync";

    private ProjectFolder() {
    }

    public static URI rootOf(Path folder) {
        return URI.createFileURI(folder.toAbsolutePath().normalize().toString() + "/");
    }

    /** An empty project rooted at {@code folder} (nothing is read or written). */
    public static ProjectResources empty(Path folder) {
        return new ProjectResources(DovetailResources.newResourceSet(), rootOf(folder));
    }

    /** The project built by {@code operations}, rooted at {@code folder} (nothing is written). */
    public static ProjectResources build(Path folder, List<Operation> operations) {
        ProjectResources project = empty(folder);
        new OperationApplier(project).apply(operations);
        return project;
    }

    /** Loads every model file; a file that cannot be read stops with its name and the reason. */
    public static ProjectResources load(Path folder) throws IOException {
        ProjectResources project = empty(folder);
        for (Path file : modelFiles(folder)) {
            Resource resource = project.resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
            try {
                resource.load(null);
            } catch (ModelLoadException e) {
                throw new SyncException("cannot read " + folder.relativize(file) + ": " + e.getMessage(), e);
            }
        }
        return project;
    }

    /** Project-relative paths of the model files, sorted. */
    public static List<Path> modelFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> !folder.relativize(p).toString().startsWith(SYNC_FOLDER))
                    .filter(p -> p.getFileName().toString().endsWith("." + DovetailResourceFactory.FILE_EXTENSION))
                    .filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }

    /**
     * Writes the project's resources into {@code folder} (each file atomically) and removes model
     * files the project no longer has.
     */
    public static void write(ProjectResources project, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Resource resource : project.resourceSet().getResources()) {
            if (resource.getContents().isEmpty()) {
                continue;
            }
            Path file = folder.resolve(project.pathOf(resource));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            resource.save(bytes, null);
            FileSync.writeAtomically(file, bytes.toByteArray());
            written.add(file.toAbsolutePath().normalize());
        }
        for (Path existing : modelFiles(folder)) {
            if (!written.contains(existing.toAbsolutePath().normalize())) {
                Files.delete(existing);
            }
        }
    }
}
