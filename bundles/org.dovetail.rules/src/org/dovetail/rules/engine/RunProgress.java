package org.dovetail.rules.engine;

/**
 * How a full run of {@link RuleEngine#validate(java.util.Collection, RunProgress)} goes, and a way to cancel it,
 * without the Eclipse runtime: a workbench adapts its progress monitor, a command line prints. All methods have
 * defaults, so an implementation overrides only what it needs.
 *
 * <pre>{@code
 * engine.validate(roots, new RunProgress() {
 *     public void started(int checks) { monitor.beginTask("Validating", checks); }
 *     public void checkDone(String checkId, int done) { monitor.worked(1); }
 *     public boolean isCancelled() { return monitor.isCanceled(); }
 * });
 * }</pre>
 *
 * @since 0.2
 */
public interface RunProgress {

    /** Reports nothing and never cancels. */
    RunProgress NONE = new RunProgress() {
    };

    /** The run starts; {@code checks} checks will run. Called on the validating thread. */
    default void started(int checks) {
    }

    /** One more check has run (with findings or failed): {@code done} of them so far. Called on the validating thread. */
    default void checkDone(String checkId, int done) {
    }

    /**
     * Whether to stop the run: polled before each check and at each element a check evaluates, possibly from the
     * worker thread a check runs on (so it must be thread-safe, as a volatile flag is). Once it answers
     * {@code true} the run stops at the next of those points and throws
     * {@link java.util.concurrent.CancellationException}.
     */
    default boolean isCancelled() {
        return false;
    }
}
