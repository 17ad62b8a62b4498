package org.dovetail.sync.emf;

import java.util.List;

import org.dovetail.model.resource.DovetailResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The files of a project inside a resource set: a resource's path relative to the project root
 * ({@code models/a.dovetail}) and back. Paths from the wire are checked, so an operation can never
 * name a file outside the project.
 */
public final class ProjectResources {

    /** The root used when a model lives only in memory (server, tests). */
    public static final URI IN_MEMORY_ROOT = URI.createURI("dovetail:/project/");

    private final ResourceSet resourceSet;
    private final URI root;

    public ProjectResources(ResourceSet resourceSet, URI root) {
        this.resourceSet = resourceSet;
        this.root = root.hasTrailingPathSeparator() ? root : root.appendSegment("");
    }

    public ResourceSet resourceSet() {
        return resourceSet;
    }

    public URI root() {
        return root;
    }

    /** The project-relative path of {@code resource}; an error for a resource outside the project. */
    public String pathOf(Resource resource) {
        URI uri = resource.getURI();
        List<String> rootSegments = root.segmentsList().subList(0, root.segmentCount() - 1);
        boolean inside = uri != null && equalOrBothNull(uri.scheme(), root.scheme())
                && equalOrBothNull(uri.authority(), root.authority()) && uri.segmentCount() > rootSegments.size()
                && uri.segmentsList().subList(0, rootSegments.size()).equals(rootSegments);
        if (!inside) {
            throw new SyncModelException("resource " + uri + " is outside the project folder " + root);
        }
        return String.join("/", uri.segmentsList().subList(rootSegments.size(), uri.segmentCount()));
    }

    /** The resource at project-relative {@code path}, created (empty, not loaded) when missing. */
    public Resource resource(String path) {
        URI uri = uriOf(path);
        Resource resource = resourceSet.getResource(uri, false);
        return resource != null ? resource : resourceSet.createResource(uri);
    }

    /** The resource at {@code path} if the resource set has it. */
    public Resource existingResource(String path) {
        return resourceSet.getResource(uriOf(path), false);
    }

    public URI uriOf(String path) {
        return root.trimSegments(1).appendSegments(checkedSegments(path));
    }

    /** Relative, no {@code ..}/empty/backslash segments, a {@code .dovetail} file. */
    public static String[] checkedSegments(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new SyncModelException("bad resource path '" + path + "': must be relative to the project, with '/'");
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new SyncModelException("bad resource path '" + path + "': empty, '.' or '..' segment");
            }
        }
        if (!path.endsWith("." + DovetailResourceFactory.FILE_EXTENSION)) {
            throw new SyncModelException("bad resource path '" + path + "': not a ." + DovetailResourceFactory.FILE_EXTENSION + " file");
        }
        return segments;
    }

    private static boolean equalOrBothNull(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
