package org.dovetail.sync.ui.internal.governance;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.dovetail.rules.ui.WaiveAuthority;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.protocol.ProjectRole;
import org.dovetail.sync.ui.SyncUi;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The user's role on the server project of each shared workspace project, read from the server in a job
 * ({@code GET /projects/{p}/me}) and remembered in the instance preferences per server, project and user, so that the last
 * known role still counts offline. Asking never blocks: an unknown role starts a read and answers "checking".
 */
public final class ProjectRoles {

    /** What is known about one project: the role (empty when the user is no member), or why it could not be read. */
    public record Known(String server, String serverProject, String user, Optional<String> role, String problem) {
        public boolean mayWaive() {
            return role.map(r -> r.equals("governance") || r.equals("admin")).orElse(false);
        }
    }

    private static final String NODE = "roles";
    private static final Map<String, Known> KNOWN = new ConcurrentHashMap<>();
    private static final Map<String, Job> READING = new ConcurrentHashMap<>();
    /** When each key's last read ended (System.nanoTime). */
    private static final Map<String, Long> READ_AT = new ConcurrentHashMap<>();
    private static final long RETRY_AFTER_NANOS = 5_000_000_000L;

    private ProjectRoles() {
    }

    /** What is known now about the role on {@code project} (shared), or null while it is being read for the first time. */
    public static Known known(IProject project) {
        String key = key(project);
        if (key == null) {
            return null;
        }
        Known known = KNOWN.get(key);
        if (known == null) {
            known = remembered(key);
            if (known != null) {
                KNOWN.put(key, known);
            }
            read(project, key);
        } else if (known.problem() != null && olderThan(key, RETRY_AFTER_NANOS)) {
            read(project, key); // a failed read (the server was away, say) is tried again when asked, at most this often
        }
        return known;
    }

    private static boolean olderThan(String key, long nanos) {
        Long at = READ_AT.get(key);
        return at == null || System.nanoTime() - at > nanos;
    }

    /** Reads the role again (after connecting with other credentials, say); listeners hear when it arrives. */
    public static void refresh(IProject project) {
        String key = key(project);
        if (key != null) {
            read(project, key);
        }
    }

    /** Forgets every role read in this session (the credentials changed). */
    public static void forgetAll() {
        KNOWN.clear();
        WaiveAuthority.changed();
    }

    private static void read(IProject project, String key) {
        READING.computeIfAbsent(key, k -> {
            Job job = Job.create("Reading your role on " + project.getName(), monitor -> {
                try {
                    Known fresh = fetch(project);
                    Known before = KNOWN.get(key);
                    // Offline: keep the last known role, but say why it was not confirmed.
                    Known kept = fresh.problem() != null && before != null && before.role().isPresent()
                            ? new Known(before.server(), before.serverProject(), before.user(), before.role(), fresh.problem()) : fresh;
                    KNOWN.put(key, kept);
                    if (fresh.problem() == null) {
                        remember(key, fresh);
                    }
                } finally {
                    READ_AT.put(key, System.nanoTime());
                    READING.remove(key);
                    WaiveAuthority.changed();
                }
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
            return job;
        });
    }

    static Known fetch(IProject project) {
        SyncState state;
        try {
            state = SharedProjects.state(project);
        } catch (IOException | RuntimeException e) {
            return new Known(null, null, null, Optional.empty(), e.getMessage());
        }
        Optional<String> user = ServerAccounts.user(state.server());
        if (user.isEmpty()) {
            return new Known(state.server(), state.project(), null, Optional.empty(), "not connected to " + state.server());
        }
        SyncClient client = ServerAccounts.client(state.server());
        return switch (client.myRole(state.project())) {
        case SyncResult.Ok<ProjectRole> ok -> new Known(state.server(), state.project(), user.get(), Optional.of(ok.value().role()), null);
        case SyncResult.Failed<ProjectRole> failed when failed.failure() == SyncResult.Failure.NOT_FOUND ->
            new Known(state.server(), state.project(), user.get(), Optional.empty(), null); // not a member
        case SyncResult.Failed<ProjectRole> failed -> new Known(state.server(), state.project(), user.get(), Optional.empty(),
                failed.failure() == SyncResult.Failure.UNREACHABLE ? "the server cannot be reached: " + failed.message() : failed.message());
        default -> new Known(state.server(), state.project(), user.get(), Optional.empty(), "unexpected answer from the server");
        };
    }

    /** server|project|user of a shared project with stored credentials, or null. */
    private static String key(IProject project) {
        if (project == null || !SharedProjects.isShared(project)) {
            return null;
        }
        try {
            SyncState state = SharedProjects.state(project);
            String user = ServerAccounts.user(state.server()).orElse("");
            return state.server() + "|" + state.project() + "|" + user;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Preferences node() {
        return InstanceScope.INSTANCE.getNode(SyncUi.PLUGIN_ID).node(NODE);
    }

    private static Known remembered(String key) {
        String role = node().get(Integer.toHexString(key.hashCode()) + key.length(), null);
        if (role == null) {
            return null;
        }
        String[] parts = key.split("\\|", 3);
        return new Known(parts[0], parts[1], parts[2], role.isEmpty() ? Optional.empty() : Optional.of(role), "last known role");
    }

    private static void remember(String key, Known known) {
        Preferences node = node();
        node.put(Integer.toHexString(key.hashCode()) + key.length(), known.role().orElse(""));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembered for this session.
        }
    }
}
