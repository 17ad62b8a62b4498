package org.dovetail.cli.sync;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.sync.client.Resolution;
import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dovetail pull}: merges the server's new revisions into the folder; conflicts are listed and settled explicitly. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = "Merges the revisions since the folder's base. Local edits are recorded first, so nothing is lost. With"
                + " conflicts nothing changes until each is settled with --take or --resolve.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:done", "1:conflicts left to settle", "2:bad input", "3:server unreachable or refused the request" })
public final class PullCommand extends FolderCommand {

    @Option(names = "--take", paramLabel = "mine|theirs", description = "Settle every conflict this way.")
    Resolution.Choice take;

    @Option(names = "--resolve", paramLabel = "<element>:<feature>=mine|theirs|value:<text>",
            description = "Settle one conflict (repeatable); value: gives an edited value.")
    List<String> resolve = List.of();

    @Override
    int run() throws IOException {
        try (Synchronizer synchronizer = open()) {
            Map<ConflictKey, Resolution> resolutions = parse(resolve);
            if (take == Resolution.Choice.EDITED) {
                throw new SyncException("--take is mine or theirs; an edited value goes with --resolve <element>:<feature>=value:<text>");
            }
            if (take == null && resolutions.isEmpty()) {
                return report(synchronizer.pull(Map.of()));
            }
            SyncOutcome first = synchronizer.pull(Map.of());
            if (first.status() != SyncOutcome.Status.CONFLICTS) {
                return report(first);
            }
            for (Conflict conflict : first.conflicts()) {
                if (take != null && !resolutions.containsKey(conflict.key())) {
                    resolutions.put(conflict.key(), new Resolution(take, null));
                }
            }
            return report(synchronizer.pull(resolutions));
        }
    }

    static Map<ConflictKey, Resolution> parse(List<String> specs) {
        Map<ConflictKey, Resolution> resolutions = new HashMap<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            int equals = spec.indexOf('=', colon + 1);
            if (colon <= 0 || equals < 0) {
                throw new SyncException("bad --resolve '" + spec + "': expected <element>:<feature>=mine|theirs|value:<text>");
            }
            ConflictKey key = new ConflictKey(spec.substring(0, colon), spec.substring(colon + 1, equals));
            String choice = spec.substring(equals + 1);
            Resolution resolution = switch (choice) {
            case "mine" -> Resolution.mine();
            case "theirs" -> Resolution.theirs();
            default -> {
                if (!choice.startsWith("value:")) {
                    throw new SyncException("bad --resolve '" + spec + "': the choice is mine, theirs or value:<text>");
                }
                yield Resolution.edited(choice.substring("value:".length()));
            }
            };
            resolutions.put(key, resolution);
        }
        return resolutions;
    }
}
