package org.dovetail.sync.client;

import java.util.List;

import org.dovetail.sync.protocol.Operation;

/**
 * One record of the sync journal: a local change set ({@code change}, numbered by
 * {@code sequence}) or the server's acknowledgement of one ({@code ack}, with its revision).
 */
public record JournalRecord(String type, long sequence, String message, String time, List<Operation> operations,
        Long revision) {

    public static final String CHANGE = "change";
    public static final String ACK = "ack";

    public JournalRecord {
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    public static JournalRecord change(long sequence, String message, String time, List<Operation> operations) {
        return new JournalRecord(CHANGE, sequence, message, time, operations, null);
    }

    public static JournalRecord ack(long sequence, long revision) {
        return new JournalRecord(ACK, sequence, null, null, List.of(), revision);
    }

    public boolean isChange() {
        return CHANGE.equals(type);
    }
}
