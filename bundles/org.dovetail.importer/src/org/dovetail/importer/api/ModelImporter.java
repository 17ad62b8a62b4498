package org.dovetail.importer.api;

import java.util.List;

/**
 * One import format, contributed to {@code org.dovetail.importer.formats} (or listed in
 * {@code META-INF/services/org.dovetail.importer.api.ModelImporter} outside OSGi). Stateless and thread-safe: the
 * workbench calls {@link #plan} in a background job.
 *
 * @since 0.1
 */
public interface ModelImporter {

    /** The format id, lower case: what {@code dovetail import <id>} names. */
    String id();

    /** What the format is called in lists and messages. */
    String name();

    /** The file name extensions it reads, without dots. */
    List<String> fileExtensions();

    /**
     * Reads the request's file and works out what importing it would change, without touching any model.
     *
     * @throws ImportException bad input (naming file, line and reason), or {@link ImportCanceledException} when the
     *             monitor asked to stop
     */
    ImportPlan plan(ImportRequest request, ImportMonitor monitor) throws ImportException;
}
