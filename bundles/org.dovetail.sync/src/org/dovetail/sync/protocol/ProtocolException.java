package org.dovetail.sync.protocol;

/** Protocol JSON that cannot be read: malformed, an unknown {@code op}, a missing required field. */
public class ProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
