package org.dovetail.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.model.resource.DovetailResources;
import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.emf.OperationApplier;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.emf.SnapshotWriter;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.protocol.ApiError;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictRules;
import org.dovetail.sync.protocol.ProtocolException;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.protocol.Snapshot;
import org.eclipse.emf.ecore.EObject;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The protocol's reference behaviour over real HTTP on loopback (JDK HTTP server): projects,
 * commits with the conflict rule and retry recognition, changes, snapshots, history, Basic auth.
 * It lets the client be tested end to end while the repository server is being built; the
 * integration tests against {@code org.dovetail.server} run the same scenarios.
 */
final class ReferenceSyncServer implements AutoCloseable {

    static final String USER = "ann";
    static final String PASSWORD = "correct horse";

    private final Map<String, Project> projects = new HashMap<>();
    private HttpServer http;
    private int port;

    ReferenceSyncServer start(int requestedPort) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 0);
        http.createContext("/api/v1/", this::handle);
        http.start();
        port = http.getAddress().getPort();
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    /** Stops answering (the state stays, as a database would keep it). */
    void stop() {
        if (http != null) {
            http.stop(0);
            http = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    int revisions(String project) {
        synchronized (projects) {
            return projects.get(project).revisions.size();
        }
    }

    private static final class Project {
        final ProjectResources model = new ProjectResources(DovetailResources.newResourceSet(), ProjectResources.IN_MEMORY_ROOT);
        final List<Revision> revisions = new ArrayList<>();
        final Map<String, Long> deletedIn = new LinkedHashMap<>();
        final Map<String, Long> byClientSequence = new HashMap<>();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, ApiError.of("unauthorized", "wrong credentials"));
                return;
            }
            String[] path = exchange.getRequestURI().getPath().substring("/api/v1/".length()).split("/");
            Map<String, String> query = query(exchange.getRequestURI());
            synchronized (projects) {
                if (path.length == 1 && path[0].equals("projects") && exchange.getRequestMethod().equals("POST")) {
                    Map<?, ?> body = ProtocolJson.read(read(exchange.getRequestBody()), Map.class);
                    projects.putIfAbsent((String) body.get("id"), new Project());
                    send(exchange, 201, Map.of("id", body.get("id")));
                    return;
                }
                Project project = path.length >= 3 ? projects.get(path[1]) : null;
                if (project == null) {
                    send(exchange, 404, ApiError.of("not_found", "no such project"));
                    return;
                }
                switch (path[2]) {
                case "commits" -> commit(exchange, project);
                case "changes" -> {
                    long since = Long.parseLong(query.getOrDefault("since", "0"));
                    int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
                    List<Revision> page = project.revisions.stream().skip(since).limit(limit).toList();
                    long to = page.isEmpty() ? since : page.get(page.size() - 1).number();
                    send(exchange, 200, new ChangesPage(since, to, project.revisions.size(), page));
                }
                case "snapshot" -> send(exchange, 200, new Snapshot(project.revisions.size(), SnapshotWriter.write(project.model)));
                case "history" -> {
                    List<RevisionSummary> history = new ArrayList<>();
                    for (int i = project.revisions.size() - 1; i >= 0; i--) {
                        history.add(project.revisions.get(i).summary());
                    }
                    send(exchange, 200, history);
                }
                default -> send(exchange, 404, ApiError.of("not_found", "no such resource"));
                }
            }
        } catch (ProtocolException e) {
            send(exchange, 400, ApiError.of("bad_request", e.getMessage()));
        }
    }

    private void commit(HttpExchange exchange, Project project) throws IOException {
        ChangeSet changeSet = ProtocolJson.read(read(exchange.getRequestBody()), ChangeSet.class);
        String clientKey = changeSet.clientId() + "#" + changeSet.clientSequence();
        Long earlier = project.byClientSequence.get(clientKey);
        if (earlier != null) {
            send(exchange, 201, new CommitResult(earlier, false, List.of()));
            return;
        }
        long head = project.revisions.size();
        if (changeSet.baseRevision() > head) {
            send(exchange, 400, ApiError.of("bad_request", "base revision " + changeSet.baseRevision() + " is after the head " + head));
            return;
        }
        List<Revision> theirs = project.revisions.subList((int) changeSet.baseRevision(), (int) head);
        Map<String, Long> theirDeleted = new LinkedHashMap<>();
        project.deletedIn.forEach((id, revision) -> {
            if (revision > changeSet.baseRevision()) {
                theirDeleted.put(id, revision);
            }
        });
        ElementIndex index = ElementIndex.of(project.model.resourceSet());
        List<Conflict> conflicts = ConflictRules.conflicts(changeSet.operations(), id -> subtree(index, id), theirs, theirDeleted,
                ConflictRules.BaseValues.UNKNOWN);
        if (!conflicts.isEmpty()) {
            send(exchange, 409, ApiError.conflicts(conflicts));
            return;
        }
        Set<String> deleted;
        try {
            deleted = new OperationApplier(project.model).apply(changeSet.operations());
        } catch (SyncModelException e) {
            send(exchange, 400, ApiError.of("bad_operations", e.getMessage()));
            return;
        }
        long number = head + 1;
        project.revisions.add(new Revision(number, USER, Instant.now().toString(), changeSet.message(), changeSet.operations(),
                changeSet.clientId(), changeSet.clientSequence()));
        deleted.forEach(id -> project.deletedIn.put(id, number));
        project.byClientSequence.put(clientKey, number);
        send(exchange, 201, new CommitResult(number, head > changeSet.baseRevision(), List.of()));
    }

    private static Set<String> subtree(ElementIndex index, String id) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(id);
        EObject element = index.find(id);
        if (element != null) {
            element.eAllContents().forEachRemaining(e -> ids.add(ModelTypes.idOf(e)));
        }
        return ids;
    }

    private static byte[] read(InputStream body) throws IOException {
        return body.readAllBytes();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                query.put(pair.substring(0, Math.max(equals, 0)), pair.substring(equals + 1));
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = ProtocolJson.writeBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
