package org.dovetail.rules.engine;

/**
 * A check that produced no result: it threw ({@code timedOut == false}) or ran past the time limit and was stopped.
 *
 * @param ruleId   the check's id
 * @param timedOut whether it was stopped for time
 * @param message  what happened, for people ("rule failed: …")
 * @param cause    what it threw; {@code null} for a time-out
 */
public record RuleFailure(String ruleId, boolean timedOut, String message, Throwable cause) {

    @Override
    public String toString() {
        return ruleId + (timedOut ? ": rule timed out: " : ": rule failed: ") + message;
    }
}
