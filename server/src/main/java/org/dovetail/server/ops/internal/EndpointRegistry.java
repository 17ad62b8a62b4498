package org.dovetail.server.ops.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.Configuration;

import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Records the resource model Jersey actually serves (every resource method with its full path template, and the
 * resource classes), for the OpenAPI description and for the tests that prove every endpoint is protected.
 */
public final class EndpointRegistry implements ModelProcessor {

    /** One resource method: HTTP method and path template relative to the API root (no leading slash). */
    public record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private volatile List<Endpoint> endpoints = List.of();
    private volatile Set<Class<?>> resourceClasses = Set.of();

    @Override
    public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
        List<Endpoint> found = new ArrayList<>();
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Resource resource : model.getRootResources()) {
            collect(resource, "", found, classes);
        }
        found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        endpoints = List.copyOf(found);
        resourceClasses = Set.copyOf(classes);
        return model;
    }

    @Override
    public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
        return model;
    }

    private static void collect(Resource resource, String parent, List<Endpoint> found, Set<Class<?>> classes) {
        String path = join(parent, resource.getPath());
        classes.addAll(resource.getHandlerClasses());
        resource.getHandlerInstances().forEach(instance -> classes.add(instance.getClass()));
        for (ResourceMethod method : resource.getResourceMethods()) {
            // Jersey's automatic OPTIONS and HEAD answers are not endpoints of their own.
            if (!"OPTIONS".equals(method.getHttpMethod()) && !"HEAD".equals(method.getHttpMethod())) {
                found.add(new Endpoint(method.getHttpMethod(), path));
            }
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, found, classes);
        }
    }

    private static String join(String parent, String path) {
        String part = path == null ? "" : path.replaceAll("^/+|/+$", "");
        if (part.isEmpty()) {
            return parent;
        }
        return parent.isEmpty() ? part : parent + "/" + part;
    }

    /** The served endpoints, sorted by path and method. */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The classes of the root resources. */
    public Set<Class<?>> resourceClasses() {
        return resourceClasses;
    }
}
