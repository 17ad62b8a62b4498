package org.dovetail.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The first server admin, for {@code ./dovetail server} ({@code @Mixin AdminOptions admin;} then
 * {@code admin.apply(security, System.getenv())}). There is no default password: without
 * {@code --admin-password-file} or {@value #PASSWORD_ENV} no admin is created.
 */
public final class AdminOptions {

    /** Environment variable with the first admin's password (the file option wins when both are given). */
    public static final String PASSWORD_ENV = "DOVETAIL_ADMIN_PASSWORD";

    @Option(names = "--admin-user", paramLabel = "NAME", defaultValue = "admin",
            description = "Name of the server admin to create at start-up if missing (default: ${DEFAULT-VALUE}).")
    String adminUser = "admin";

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "File whose first line is the server admin's password (or set " + PASSWORD_ENV + ").")
    Path adminPasswordFile;

    /**
     * Creates the admin if a password was given and no user of that name exists.
     *
     * @return a line for the start-up log saying what happened
     * @throws IOException when the password file cannot be read
     */
    public String apply(SecurityFeature security, Map<String, String> environment) throws IOException {
        char[] password = password(environment);
        if (password == null) {
            return "no --admin-password-file or " + PASSWORD_ENV + ": no server admin created";
        }
        boolean created = security.ensureServerAdmin(adminUser, password);
        java.util.Arrays.fill(password, '\0');
        return created ? "server admin '" + adminUser + "' created" : "server admin '" + adminUser + "' exists, left as it is";
    }

    private char[] password(Map<String, String> environment) throws IOException {
        if (adminPasswordFile != null) {
            String text = Files.readString(adminPasswordFile, StandardCharsets.UTF_8);
            String firstLine = text.lines().findFirst().orElse("");
            if (firstLine.isEmpty()) {
                throw new IOException("the admin password file " + adminPasswordFile + " is empty");
            }
            return firstLine.toCharArray();
        }
        String fromEnvironment = environment.get(PASSWORD_ENV);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
    }
}
