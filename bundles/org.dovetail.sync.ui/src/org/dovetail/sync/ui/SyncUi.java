package org.dovetail.sync.ui;

/** Identifiers of the sync UI that other bundles (perspectives, tests) refer to. */
public final class SyncUi {

    public static final String PLUGIN_ID = "org.dovetail.sync.ui";
    /** The History view: revisions of the shared project, or of the element selected in an editor. */
    public static final String HISTORY_VIEW = "org.dovetail.sync.ui.history";
    /** The Baselines view of the governance perspective. */
    public static final String BASELINES_VIEW = "org.dovetail.sync.ui.baselines";
    /** The family of every sync job (share, commit, update), for progress and for tests that wait for them. */
    public static final Object JOB_FAMILY = SyncUi.class;

    public static final String COMMAND_CONNECT = "org.dovetail.sync.ui.connect";
    /** Sync &gt; Check Out Project from Server…: the clone wizard. */
    public static final String COMMAND_CLONE = "org.dovetail.sync.ui.clone";
    public static final String COMMAND_SHARE = "org.dovetail.sync.ui.share";
    public static final String COMMAND_COMMIT = "org.dovetail.sync.ui.commit";
    public static final String COMMAND_UPDATE = "org.dovetail.sync.ui.update";

    /**
     * System properties read once at start-up ({@code ./dovetail workbench} sets them for its local server): the
     * server URL, the user and a file whose first line is the password. They are moved into secure storage.
     */
    public static final String SERVER_PROPERTY = "dovetail.sync.server";
    public static final String USER_PROPERTY = "dovetail.sync.user";
    public static final String PASSWORD_FILE_PROPERTY = "dovetail.sync.passwordFile";

    private SyncUi() {
    }
}
