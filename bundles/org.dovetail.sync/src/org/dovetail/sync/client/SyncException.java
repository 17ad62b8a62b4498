package org.dovetail.sync.client;

/** A synchronisation step that cannot go on; the message says why and what to do. */
public class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
