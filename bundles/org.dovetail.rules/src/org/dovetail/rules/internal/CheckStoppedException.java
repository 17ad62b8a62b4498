package org.dovetail.rules.internal;

/** Thrown into a check that reports after its time limit, so that it stops at its next report. */
final class CheckStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CheckStoppedException() {
        super("stopped: time limit exceeded", null, false, false);
    }
}
