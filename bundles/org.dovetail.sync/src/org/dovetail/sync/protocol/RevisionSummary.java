package org.dovetail.sync.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A revision without its operations (history pages). {@code operationCount} (optional, added after the first version)
 * says how many operations it has, so that a client can decide whether to read them.
 */
public record RevisionSummary(@JsonProperty(required = true) long number, String author, String time, String message,
        Integer operationCount) {

    /** A summary without its operation count (the first version of the record). */
    public RevisionSummary(long number, String author, String time, String message) {
        this(number, author, time, message, null);
    }
}
