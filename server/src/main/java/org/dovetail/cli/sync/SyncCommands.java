package org.dovetail.cli.sync;

import java.util.Map;

/** Settings of the sync commands that tests and embedders may replace. */
public final class SyncCommands {

    private SyncCommands() {
    }

    /** Where credentials come from ({@code DOVETAIL_TOKEN}, {@code DOVETAIL_USER}, {@code DOVETAIL_PASSWORD}). */
    public static void useEnvironment(Map<String, String> environment) {
        SyncCommand.environment = Map.copyOf(environment);
    }
}
