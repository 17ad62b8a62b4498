package org.dovetail.rules.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.Element;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@code models/GAPS.md}: the built-in pack reports exactly the listed (rule id, element) pairs in
 * each example (plus the elements a row says the rule "also reports"), and nothing in the corrected variants.
 */
class ExampleFindingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Pattern ELEMENT = Pattern.compile("(\\w+) `([^`]+)`");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    static Stream<Example> examples() {
        return ExampleModels.examples().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachExampleYieldsExactlyTheListedFindings(Example example) throws IOException {
        ValidationResult result = Checks.validateWithBuiltin(example.withGaps().get(), TODAY);
        Set<String> listed = new LinkedHashSet<>();
        Set<String> alsoReported = new LinkedHashSet<>();
        readGaps(example, listed, alsoReported);

        Set<String> found = new LinkedHashSet<>();
        for (RuleFinding f : result.findings()) {
            String key = f.ruleId() + " " + f.element().eClass().getName() + " " + ((Element) f.element()).getName();
            found.add(key);
            assertTrue(listed.contains(key) || alsoReported.contains(f.ruleId() + " " + ((Element) f.element()).getName()),
                    example.fileName() + ": unexpected finding " + key);
        }
        List<String> missing = listed.stream().filter(k -> !found.contains(k)).toList();
        assertEquals(List.of(), missing, example.fileName() + ": listed gaps not found");
        assertEquals(listed.size() + alsoReported.size(), result.findings().size());
        assertEquals(List.of(), result.failures());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachCorrectedVariantYieldsNothing(Example example) {
        ValidationResult result = Checks.validateWithBuiltin(example.corrected().get(), TODAY);

        assertEquals(List.of(), result.findings().stream().map(f -> f.ruleId() + " " + f.message()).toList());
        assertEquals(List.of(), result.failures());
        assertTrue(result.checksRun() >= 25);
    }

    @Test
    void theBoardsWaiversHoldUntilTheyExpire() {
        ValidationResult now = Checks.validateWithBuiltin(ExampleModels.itChangeEnablement(), TODAY);
        ValidationResult later = Checks.validateWithBuiltin(ExampleModels.itChangeEnablement(), LocalDate.of(2027, 2, 1));

        assertEquals(FindingStatus.WAIVED, status(now, "data.no-source-of-truth", "CI criticality"));
        assertEquals(FindingStatus.OPEN, status(now, "data.no-source-of-truth", "Service tier"));
        assertEquals(FindingStatus.OPEN, status(later, "data.no-source-of-truth", "CI criticality"));
        assertFalse(later.findingsOf("data.no-source-of-truth").get(0).waiver() == null);

        ValidationResult invoices = Checks.validateWithBuiltin(ExampleModels.supplierInvoiceApproval(), TODAY);
        assertEquals(FindingStatus.ACCEPTED, status(invoices, "feedback.key-control-unproven", "Duplicate invoice check"));
        assertEquals(1, invoices.findings().stream().filter(f -> !f.isOpen()).count());
    }

    private static FindingStatus status(ValidationResult result, String ruleId, String name) {
        return result.findingsOf(ruleId).stream().filter(f -> name.equals(((Element) f.element()).getName())).findFirst()
                .orElseThrow().status();
    }

    /** Reads the example's rows of GAPS.md: "rule Type name" keys, and "rule name" for what rows also report. */
    private static void readGaps(Example example, Set<String> listed, Set<String> alsoReported) throws IOException {
        boolean inSection = false;
        for (String line : gapsLines()) {
            if (line.startsWith("## ")) {
                inSection = line.substring(3).trim().equals(example.fileName());
            } else if (inSection && line.matches("\\|\\s*\\d+\\s*\\|.*")) {
                String[] cells = line.split("\\|");
                String ruleId = cells[4].trim().replace("`", "");
                Matcher m = ELEMENT.matcher(cells[5].trim());
                assertTrue(m.matches(), cells[5]);
                listed.add(ruleId + " " + m.group(1) + " " + m.group(2));
                int also = cells[2].indexOf("also reports");
                if (also >= 0) {
                    Matcher names = BACKTICKED.matcher(cells[2].substring(also));
                    while (names.find()) {
                        alsoReported.add(ruleId + " " + names.group(1));
                    }
                }
            }
        }
        assertFalse(listed.isEmpty(), "GAPS.md has no section " + example.fileName());
    }

    /** GAPS.md from the examples bundle (its jar in OSGi), else from the source tree. */
    private static List<String> gapsLines() throws IOException {
        URL url = Example.class.getClassLoader().getResource("models/GAPS.md");
        if (url != null) {
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
        return new ArrayList<>(Files.readAllLines(Path.of("../org.dovetail.examples/models/GAPS.md")));
    }
}
