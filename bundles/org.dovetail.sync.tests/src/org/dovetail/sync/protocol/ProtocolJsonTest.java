package org.dovetail.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProtocolJsonTest {

    private static final List<Operation> ALL_OPS = List.of(
            new Operation.Create("r", "dovetail.DovetailModel", null, null, "models/a.dovetail", 0),
            new Operation.Create("c", "process.Task", "p", "steps", null, null),
            new Operation.Delete("d"),
            new Operation.SetValue("s", "name", "Approve \"invoice\" ✓"),
            new Operation.SetValue("s", "description", null),
            new Operation.AddValue("a", "grantedTo", "role-1", 2),
            new Operation.RemoveValue("a", "grantedTo", "role-2"),
            new Operation.Move("m", "q", "steps", 1, null),
            new Operation.Move("m", null, null, null, "models/b.dovetail"));

    @Test
    void everyOperationRoundTripsWithItsDiscriminator() {
        ChangeSet changeSet = new ChangeSet(7, "edit", ALL_OPS, "client-1", 3);
        String json = ProtocolJson.write(changeSet);
        assertEquals(changeSet, ProtocolJson.read(json, ChangeSet.class));
        for (String op : List.of("create", "delete", "set", "add", "remove", "move")) {
            assertTrue(json.contains("\"op\":\"" + op + "\""), op + " in " + json);
        }
        assertEquals("{\"op\":\"set\",\"id\":\"x\",\"feature\":\"name\",\"value\":\"n\"}",
                ProtocolJson.write(new Operation.SetValue("x", "name", "n")));
    }

    @Test
    void everyRecordRoundTrips() {
        Revision revision = new Revision(4, "ann", "2026-11-23T08:00:00Z", "m", ALL_OPS);
        Conflict conflict = new Conflict("e", "name", ConflictKind.BOTH_CHANGED, "b", "m", "t", 4);
        List<Object> values = List.of(revision, revision.summary(),
                new ChangesPage(3, 4, 9, List.of(revision)),
                new Snapshot(4, ALL_OPS),
                new CommitResult(5, true, List.of(new Finding("R1", "ERROR", "e", "bad"))),
                ApiError.conflicts(List.of(conflict)),
                ApiError.of("not_found", "no project p"),
                conflict);
        for (Object value : values) {
            assertEquals(value, ProtocolJson.read(ProtocolJson.writeBytes(value), value.getClass()));
        }
        assertTrue(new ChangesPage(3, 9, 9, List.of()).complete());
        assertFalse(new ChangesPage(3, 4, 9, List.of()).complete());
    }

    @Test
    void unknownOpIsAClearError() {
        String json = "{\"baseRevision\":1,\"clientId\":\"c\",\"clientSequence\":1,\"operations\":["
                + "{\"op\":\"set\",\"id\":\"a\",\"feature\":\"name\"},{\"op\":\"rename\",\"id\":\"a\"}]}";
        ProtocolException e = assertThrows(ProtocolException.class, () -> ProtocolJson.read(json, ChangeSet.class));
        assertEquals("ChangeSet: unknown op 'rename' at operations[1] (known: create, delete, set, add, remove, move)",
                e.getMessage());
    }

    @Test
    void missingOpIsAClearError() {
        String json = "{\"baseRevision\":1,\"clientId\":\"c\",\"clientSequence\":1,\"operations\":[{\"id\":\"a\"}]}";
        ProtocolException e = assertThrows(ProtocolException.class, () -> ProtocolJson.read(json, ChangeSet.class));
        assertTrue(e.getMessage().startsWith("ChangeSet: operation without 'op' at operations[0]"), e.getMessage());
    }

    @Test
    void missingRequiredFieldNamesFieldAndPlace() {
        String json = "{\"baseRevision\":1,\"clientId\":\"c\",\"clientSequence\":1,\"operations\":["
                + "{\"op\":\"add\",\"id\":\"a\",\"feature\":\"grantedTo\"}]}";
        ProtocolException e = assertThrows(ProtocolException.class, () -> ProtocolJson.read(json, ChangeSet.class));
        assertEquals("ChangeSet: missing required field 'value' at operations[0]", e.getMessage());

        ProtocolException noClient = assertThrows(ProtocolException.class,
                () -> ProtocolJson.read("{\"baseRevision\":1,\"clientSequence\":1,\"operations\":[]}", ChangeSet.class));
        assertEquals("ChangeSet: missing required field 'clientId'", noClient.getMessage());

        ProtocolException nullPrimitive = assertThrows(ProtocolException.class, () -> ProtocolJson
                .read("{\"baseRevision\":null,\"clientId\":\"c\",\"clientSequence\":1,\"operations\":[]}", ChangeSet.class));
        assertTrue(nullPrimitive.getMessage().contains("baseRevision"), nullPrimitive.getMessage());
    }

    @Test
    void inconsistentOperationIsAClearError() {
        String json = "[{\"op\":\"create\",\"id\":\"a\",\"type\":\"process.Task\"}]";
        ProtocolException e = assertThrows(ProtocolException.class, () -> ProtocolJson.read(json, Operation[].class));
        assertEquals("Operation[]: create a: a root needs 'resource', a child needs 'parent' at [0]", e.getMessage());
    }

    @Test
    void malformedJsonDuplicatesAndTrailingGarbageAreRefused() {
        ProtocolException malformed = assertThrows(ProtocolException.class,
                () -> ProtocolJson.read("{\"error\": ", ApiError.class));
        assertTrue(malformed.getMessage().startsWith("malformed JSON for ApiError"), malformed.getMessage());
        ProtocolException duplicate = assertThrows(ProtocolException.class,
                () -> ProtocolJson.read("{\"error\":\"a\",\"error\":\"b\"}", ApiError.class));
        assertTrue(duplicate.getMessage().contains("Duplicate field 'error'"), duplicate.getMessage());
        assertThrows(ProtocolException.class, () -> ProtocolJson.read("{\"error\":\"a\"} x", ApiError.class));
        assertThrows(ProtocolException.class,
                () -> ProtocolJson.read("\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1), ApiError.class));
    }

    @Test
    void unknownPropertiesAreIgnoredForForwardCompatibility() {
        ApiError error = ProtocolJson.read("{\"error\":\"x\",\"message\":\"m\",\"addedLater\":[1,2]}", ApiError.class);
        assertEquals(ApiError.of("x", "m"), error);
    }

    @Test
    void constructorsRefuseMissingRequiredValues() {
        assertThrows(NullPointerException.class, () -> new Operation.Delete(null));
        assertThrows(IllegalArgumentException.class, () -> new Operation.Move("m", "p", null, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new ChangeSet(-1, "", List.of(), "c", 1));
    }
}
