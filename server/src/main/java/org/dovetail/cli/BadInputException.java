package org.dovetail.cli;

/** Input the command cannot work with (a missing or unreadable model, a malformed configuration): exit code 2. */
final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
