package org.dovetail.sync.emf;

/** An operation that does not fit the model: unknown id, type, feature or value, or an impossible edit. */
public class SyncModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncModelException(String message) {
        super(message);
    }

    public SyncModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
