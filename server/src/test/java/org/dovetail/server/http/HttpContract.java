package org.dovetail.server.http;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dovetail.server.testing.ApiClient;
import org.dovetail.server.testing.ApiClient.Answer;
import org.dovetail.server.testing.Ops;
import org.dovetail.server.testing.ServerFixture;
import org.dovetail.sync.protocol.ApiError;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.ConflictKind;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.RevisionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The repository API over real HTTP with real users, the same on every database (subclasses give the JDBC URL).
 */
abstract class HttpContract {

    @TempDir
    Path data;

    ServerFixture fixture;
    ApiClient alice;
    ApiClient bob;
    ApiClient viewer;
    final String root = id();
    final String domain = id();
    final String process = id();
    final String task = id();

    abstract String jdbcUrl();

    @BeforeEach
    void start() throws Exception {
        fixture = ServerFixture.start(data, jdbcUrl());
        alice = fixture.newUser("alice");
        bob = fixture.newUser("bob");
        viewer = fixture.newUser("vera");
        ServerFixture.newProject(alice, "p");
        ServerFixture.member(alice, "p", "bob", "architect");
        ServerFixture.member(alice, "p", "vera", "viewer");
        CommitResult first = alice.committed("p", ops().skeleton(root, domain).process(process, domain, "Onboarding")
                .task(task, process, "Check ID").on(0));
        assertEquals(1, first.revision());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void commitPullAndCheckout() {
        Answer created = bob.commit("p", ops().set(task, "name", "Verify ID").on(1));
        assertEquals(201, created.status(), created.body());
        ChangesPage page = viewer.changes("p", 1, 100);
        assertEquals(2, page.head());
        assertEquals(List.of(new Operation.SetValue(task, "name", "Verify ID")), page.revisions().get(0).operations());
        assertEquals("bob", page.revisions().get(0).author());
        assertTrue(viewer.snapshot("p", 1L).operations().contains(new Operation.SetValue(task, "name", "Check ID")));
        assertTrue(viewer.snapshot("p", null).operations().contains(new Operation.SetValue(task, "name", "Verify ID")));
        List<RevisionSummary> history = viewer.read(viewer.get("projects/p/history?offset=0&limit=1"), new TypeReference<>() {
        });
        assertEquals(List.of(2L), history.stream().map(RevisionSummary::number).toList());
        assertEquals(200, viewer.get("projects/p/elements/" + task + "/history").status());
        assertEquals(200, viewer.get("projects/p/revisions/1/findings").status());
    }

    @Test
    void findingsComeInPagesWithTheKeyOfTheNext() throws Exception {
        Answer first = viewer.get("projects/p/revisions/1/findings?limit=1");
        assertEquals(200, first.status(), first.body());
        JsonNode page = new ObjectMapper().readTree(first.body());
        assertEquals(1, page.get("revision").asLong());
        assertEquals(1, page.get("findings").size(), first.body());
        JsonNode next = page.get("next");
        assertTrue(next.hasNonNull("ruleId") && next.hasNonNull("elementId"), first.body());
        Answer second = viewer.get("projects/p/revisions/1/findings?limit=1&afterRule=" + encode(next.get("ruleId").asText())
                + "&afterElement=" + encode(next.get("elementId").asText()));
        assertEquals(200, second.status(), second.body());
        JsonNode secondPage = new ObjectMapper().readTree(second.body());
        assertNotEquals(page.get("findings").get(0), secondPage.get("findings").get(0));
        assertEquals(400, viewer.get("projects/p/revisions/1/findings?severity=fatal").status());
        assertEquals(400, viewer.get("projects/p/revisions/1/findings?afterRule=x").status());
        assertEquals(400, viewer.get("projects/p/revisions/1/findings?limit=0").status());
        assertEquals(404, viewer.get("projects/p/revisions/99/findings").status());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void conflictsAre409WithEveryConflict() {
        alice.committed("p", ops().set(task, "name", "Verify ID").set(process, "name", "KYC").on(1));
        Answer refused = bob.commit("p", ops().set(task, "name", "Scan ID").set(process, "name", "Know your customer").on(1));
        assertEquals(409, refused.status(), refused.body());
        ApiError error = refused.error();
        assertEquals("conflict", error.error());
        assertEquals(2, error.conflicts().size());
        assertTrue(error.conflicts().stream().allMatch(c -> c.kind() == ConflictKind.BOTH_CHANGED && c.theirRevision() == 2));
        assertEquals(2, viewer.changes("p", 0, 100).head());
    }

    @Test
    void concurrentCreatesIntoOneSingleValuedSlotAre409() {
        String theirs = id();
        String mine = id();
        alice.committed("p", ops().add(new Operation.Create(theirs, "digital.DigitalDomain", root, "digitalDomain", null, null)).on(1));
        Answer refused = bob.commit("p", ops().add(new Operation.Create(mine, "digital.DigitalDomain", root, "digitalDomain", null, null)).on(1));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.error().conflicts().stream().anyMatch(c -> c.elementId().equals(root) && c.feature().equals("digitalDomain")
                && c.kind() == ConflictKind.BOTH_CHANGED && theirs.equals(c.theirs()) && mine.equals(c.mine())), refused.body());
        assertTrue(viewer.get("projects/p/snapshot").body().contains(theirs), "the first create stays");
        // Into a many-valued containment, both creates are kept.
        long head = alice.committed("p", ops().task(id(), process, "First").on(2)).revision();
        assertEquals(head + 1, bob.committed("p", ops().task(id(), process, "Second").on(2)).revision());
    }

    @Test
    void rolesAreEnforced() {
        Answer refused = viewer.commit("p", ops().set(task, "name", "x").on(1));
        assertEquals(403, refused.status(), refused.body());
        ApiClient stranger = fixture.newUser("mallory");
        assertEquals(404, stranger.get("projects/p/snapshot").status(), "a non-member cannot tell the project exists");
        assertEquals(404, stranger.commit("p", ops().set(task, "name", "x").on(1)).status());
        assertEquals(403, bob.put("projects/p/policy", Map.of("failOn", "error")).status(), "the gate is governance's");
        assertEquals(401, ApiClient.anonymous(fixture.api()).get("projects/p/snapshot").status());
    }

    @Test
    void badInputIsA400WithTheReason() {
        Answer malformed = bob.postBytes("projects/p/commits", "application/json", "{\"baseRevision\": 1, \"operations\": [".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, malformed.status(), malformed.body());
        Answer unknownOp = bob.postBytes("projects/p/commits", "application/json",
                ("{\"baseRevision\":1,\"clientId\":\"c\",\"clientSequence\":1,\"operations\":[{\"op\":\"explode\",\"id\":\"x\"}]}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknownOp.status());
        assertTrue(unknownOp.error().message().contains("explode"), unknownOp.body());
        Answer unknownType = bob.commit("p", ops().add(new Operation.Create(id(), "process.Unicorn", process, "steps", null, null)).on(1));
        assertEquals(400, unknownType.status());
        assertTrue(unknownType.error().message().contains("process.Unicorn"), unknownType.body());
        assertEquals(404, bob.get("projects/nope/snapshot").status());
        assertEquals(404, bob.get("projects/p/snapshot?revision=99").status());
    }

    @Test
    void importsCommitTheDifferencesAndRefuseEntities() {
        String xmi = """
                <?xml version="1.0" encoding="UTF-8"?>
                <dovetail:DovetailModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dovetail="%s" xmlns:process="%s"
                    id="%s" name="Imported">
                  <processDomain id="%s">
                    <processes id="%s" name="Onboarding">
                      <steps xsi:type="process:Task" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="%s" name="Check ID twice"/>
                    </processes>
                  </processDomain>
                </dovetail:DovetailModel>
                """.formatted(org.dovetail.model.DovetailPackage.eNS_URI, org.dovetail.model.process.ProcessPackage.eNS_URI, root, domain,
                process, task);
        Answer imported = bob.postBytes("projects/p/imports?message=from%20file", "application/xml", xmi.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, imported.status(), imported.body());
        assertEquals(2, imported.as(CommitResult.class).revision());
        List<Operation> change = viewer.changes("p", 1, 10).revisions().get(0).operations();
        assertTrue(change.contains(new Operation.SetValue(task, "name", "Check ID twice")), change.toString());
        assertTrue(change.contains(new Operation.SetValue(root, "name", "Imported")), change.toString());

        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <dovetail:DovetailModel xmlns:dovetail="%s" name="&lol2;"/>
                """.formatted(org.dovetail.model.DovetailPackage.eNS_URI);
        Answer refused = bob.postBytes("projects/p/imports", "application/xml", bomb.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.error().message().contains("DOCTYPE"), refused.body());
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <dovetail:DovetailModel xmlns:dovetail="%s" name="&x;"/>
                """.formatted(org.dovetail.model.DovetailPackage.eNS_URI);
        assertEquals(400, bob.postBytes("projects/p/imports", "application/xml", xxe.getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(2, viewer.changes("p", 0, 100).head(), "nothing of the refused uploads was stored");
    }

    @Test
    void theGateAnswers422WithTheFindings() {
        ApiClient board = fixture.newUser("gina");
        ServerFixture.member(alice, "p", "gina", "governance");
        assertEquals(200, board.put("projects/p/policy", Map.of("failOn", "warning")).status());
        String unowned = id();
        Answer refused = bob.commit("p", ops().task(unowned, process, "Unowned").on(1));
        assertEquals(422, refused.status(), refused.body());
        assertFalse(refused.error().findings().isEmpty());
        assertEquals(1, viewer.changes("p", 0, 100).head());
        assertEquals(201, board.post("projects/p/baselines", Map.of("name", "pilot", "revision", 1)).status());
        assertEquals(409, board.post("projects/p/baselines", Map.of("name", "pilot", "revision", 1)).status());
        refused.error().findings().forEach(f -> assertEquals(201,
                board.post("projects/p/waivers", Map.of("rule", f.ruleId(), "element", f.elementId(), "reason", "pilot")).status()));
        assertEquals(201, bob.commit("p", ops().task(unowned, process, "Unowned").on(1)).status());
    }

    @Test
    void onlyGovernanceAddsChangesOrRemovesWaivers() {
        ApiClient board = fixture.newUser("gina");
        ServerFixture.member(alice, "p", "gina", "governance");
        assertEquals("architect", bob.get("projects/p/me").json().get("role").asText());
        assertFalse(bob.get("projects/p/me").json().get("canGovern").asBoolean());
        assertTrue(board.get("projects/p/me").json().get("canGovern").asBoolean());
        assertTrue(alice.get("projects/p/me").json().get("canGovern").asBoolean());
        assertEquals(404, fixture.newUser("olga").get("projects/p/me").status());

        String board0 = id();
        String waiver = id();
        Ops addWaiver = ops().add(new Operation.Create(board0, "governance.GovernanceModel", null, null, "governance.dovetail", null))
                .add(new Operation.Create(waiver, "governance.Waiver", board0, "waivers", null, null))
                .set(waiver, "ruleId", "naming").set(waiver, "element", task).set(waiver, "reason", "pilot");
        Answer byArchitect = bob.commit("p", addWaiver.on(1));
        assertEquals(403, byArchitect.status(), byArchitect.body());
        assertTrue(byArchitect.error().message().contains(waiver), byArchitect.body());
        assertEquals(1, viewer.changes("p", 0, 100).head(), "nothing of a refused commit is stored");

        long head = board.committed("p", addWaiver.on(1)).revision();
        Answer boardEditsTheModel = board.commit("p", ops().set(task, "name", "Verify ID").on(head));
        assertEquals(403, boardEditsTheModel.status(), "governance commits waivers only: " + boardEditsTheModel.body());
        assertTrue(boardEditsTheModel.error().message().contains(task), boardEditsTheModel.body());
        Answer changed = bob.commit("p", ops().set(waiver, "reason", "because").on(head));
        assertEquals(403, changed.status(), changed.body());
        assertTrue(changed.error().message().contains(waiver), changed.body());
        Answer removed = bob.commit("p", ops().delete(board0).on(head));
        assertEquals(403, removed.status(), removed.body());
        assertTrue(removed.error().message().contains(waiver), removed.body());
        // Other commits of an architect are not affected, and an admin may waive.
        head = bob.committed("p", ops().set(task, "name", "Verify ID").on(head)).revision();
        head = alice.committed("p", ops().set(waiver, "reason", "because").on(head)).revision();
        assertEquals(head + 1, board.committed("p", ops().delete(waiver).on(head)).revision());
    }
}
