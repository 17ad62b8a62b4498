package org.dovetail.sync.ui.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.ui.SyncUi;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The servers the user has connected to: user names and passwords in Eclipse secure storage (encrypted; one node
 * per server URL), the last server used in the instance preferences. Passwords never go to plain preferences or logs.
 */
public final class ServerAccounts {

    private static final String NODE = "/org.dovetail.sync.ui/servers";
    private static final String USER = "user";
    private static final String PASSWORD = "password";
    private static final String LAST_SERVER = "lastServer";

    private ServerAccounts() {
    }

    /** The server URL without trailing slashes, checked: http or https with a host. */
    public static String normalise(String server) {
        String trimmed = server == null ? "" : server.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new SyncException("'" + trimmed + "' is not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new SyncException("'" + trimmed + "' is not a server URL; expected e.g. http://localhost:8080");
        }
        return trimmed;
    }

    /** Stores the credentials for {@code server} (encrypted) and makes it the default server. */
    public static void save(String server, String user, String password) {
        String url = normalise(server);
        try {
            ISecurePreferences node = node(url);
            node.put(USER, user, false);
            node.put(PASSWORD, password, true);
            node.flush();
        } catch (StorageException | java.io.IOException e) {
            throw new SyncException("could not keep the password in secure storage: " + e.getMessage());
        }
        Preferences preferences = InstanceScope.INSTANCE.getNode(SyncUi.PLUGIN_ID);
        preferences.put(LAST_SERVER, url);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // The server is still remembered for this session.
        }
        org.dovetail.sync.ui.internal.governance.ProjectRoles.forgetAll(); // another user may have another role
    }

    /** The credentials stored for {@code server}, if any. */
    public static Optional<Credentials> credentials(String server) {
        String url = normalise(server);
        if (!SecurePreferencesFactory.getDefault().nodeExists(path(url))) {
            return Optional.empty();
        }
        try {
            ISecurePreferences node = node(url);
            String user = node.get(USER, null);
            String password = node.get(PASSWORD, null);
            return user == null || password == null ? Optional.empty() : Optional.of(new Credentials.Basic(user, password));
        } catch (StorageException e) {
            throw new SyncException("could not read the password from secure storage: " + e.getMessage());
        }
    }

    public static Optional<String> user(String server) {
        return credentials(server).map(c -> c instanceof Credentials.Basic basic ? basic.user() : null);
    }

    /** The server connected to last, or empty. */
    public static Optional<String> lastServer() {
        return Optional.ofNullable(InstanceScope.INSTANCE.getNode(SyncUi.PLUGIN_ID).get(LAST_SERVER, null));
    }

    /** A client for {@code server} with its stored credentials; an error telling the user to connect first. */
    public static SyncClient client(String server) {
        Credentials credentials = credentials(server).orElseThrow(() -> new SyncException(
                "no credentials for " + server + "; use Sync > Connect to Server… first"));
        return new SyncClient(URI.create(normalise(server)), credentials);
    }

    private static ISecurePreferences node(String url) {
        return SecurePreferencesFactory.getDefault().node(path(url));
    }

    private static String path(String url) {
        return NODE + "/" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }
}
