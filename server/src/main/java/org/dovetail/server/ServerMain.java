package org.dovetail.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.dovetail.server.security.AdminOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./dovetail server}: starts the repository server and runs until stopped (Ctrl-C). */
@Command(name = "dovetail server", mixinStandardHelpOptions = true,
        description = "Runs the Dovetail repository server (API under /api/v1).")
public final class ServerMain implements Callable<Integer> {

    @Option(names = "--port", description = "the port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "the interface to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all)", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--data", description = "the data folder (default ${DEFAULT-VALUE}); holds the H2 database unless --db is given",
            defaultValue = "server-data")
    Path data;

    @Option(names = "--db", description = "a JDBC URL, e.g. jdbc:postgresql://localhost:5432/dovetail (default: H2 in the data folder)")
    String db;

    @Option(names = "--db-user", description = "the database user")
    String dbUser;

    @Option(names = "--db-password", description = "the database password (or set DOVETAIL_DB_PASSWORD)")
    String dbPassword;

    @Option(names = "--rules", description = "a folder of vendor rule-pack jars for the governance gate")
    Path rules;

    @Option(names = "--max-body-mb", description = "the largest request body in MiB, larger ones are refused with 413 (default ${DEFAULT-VALUE};"
            + " one push of a whole 1 M-element model is ~300)", defaultValue = "64")
    long maxBodyMb;

    @Mixin
    AdminOptions admin;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (maxBodyMb < 1 || maxBodyMb > 8192) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-body-mb must be between 1 and 8192, not " + maxBodyMb);
        }
        String password = dbPassword != null ? dbPassword : System.getenv("DOVETAIL_DB_PASSWORD");
        ServerConfig config = ServerConfig.builder(data).host(host).port(port).jdbcUrl(db).dbUser(dbUser).dbPassword(password)
                .rulesDir(rules).maxBodyBytes(maxBodyMb * 1024 * 1024).build();
        DovetailServer server = DovetailServer.start(config);
        String adminLine;
        try {
            adminLine = admin.apply(server.context().security(), System.getenv());
        } catch (Exception | Error e) {
            server.stop();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                System.err.println("dovetail server: " + e);
            }
        }, "dovetail-server-shutdown"));
        System.out.println("dovetail server: " + adminLine);
        System.out.println("Dovetail server listening on " + server.apiUri() + " (data: " + config.dataDir()
                + ", database: " + (db == null ? "H2 in the data folder" : db.replaceAll("password=[^&]*", "password=***")) + ")");
        System.out.flush();
        server.join();
        return 0;
    }
}
