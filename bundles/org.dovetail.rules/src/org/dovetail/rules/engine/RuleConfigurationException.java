package org.dovetail.rules.engine;

/** A rule configuration file that cannot be read or is malformed; the message names the file and line. */
public final class RuleConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public RuleConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
