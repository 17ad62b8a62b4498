package org.dovetail.diagram.api;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * A command that cannot run, with the reason in {@link #getDescription()}: what the editor tells the user when it
 * refuses an edit (a drop the description does not allow, say). Tool operations may return one to say why.
 *
 * @since 0.1
 */
public final class RefusedCommand extends AbstractCommand {

    public RefusedCommand(String reason) {
        super("Refused", reason);
    }

    @Override
    protected boolean prepare() {
        return false;
    }

    @Override
    public void execute() {
        throw new UnsupportedOperationException(getDescription());
    }

    @Override
    public void redo() {
        throw new UnsupportedOperationException(getDescription());
    }

    /** The reason a command cannot run: its description if it is refused, else a general sentence. */
    public static String reason(org.eclipse.emf.common.command.Command command, String fallback) {
        return command instanceof RefusedCommand refused ? refused.getDescription() : fallback;
    }
}
