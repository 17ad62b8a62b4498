package org.dovetail.sync.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A revision without its operations (history pages). */
public record RevisionSummary(@JsonProperty(required = true) long number, String author, String time, String message) {
}
