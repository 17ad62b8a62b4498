package org.dovetail.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gap listed in {@code models/GAPS.md} is really in the example (its element is found by the plain query
 * of its rule id) and absent from the corrected variant (no query finds anything there).
 */
class GapsTest {

    /** The rows of the rule table of domain.md. */
    static final List<String> CATEGORIES = List.of("Workflow mismatch", "Decision and evidence mismatch",
            "Data and exception mismatch", "Governance shortfall", "Feedback gap", "Workflow redesign", "Work as done");

    private static final Pattern ELEMENT = Pattern.compile("(\\w+) `([^`]+)`");

    record Gap(int number, String category, String ruleId, String type, String name) {
    }

    static Stream<Example> examples() {
        return ExampleModels.examples().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyListedGapIsInTheModel(Example example) throws IOException {
        DovetailModel model = example.withGaps().get();
        List<Gap> gaps = gaps(example);
        for (Gap gap : gaps) {
            Element element = find(model, gap);
            Collection<? extends Element> found = query(gap.ruleId()).apply(model);
            assertTrue(found.contains(element), example.fileName() + " gap " + gap.number() + ": " + gap.ruleId()
                    + " does not find " + gap.type() + " \"" + gap.name() + "\"; it finds " + names(found));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void gapsCoverEveryRowAndEveryRule(Example example) throws IOException {
        List<Gap> gaps = gaps(example);
        Set<String> categories = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        for (Gap gap : gaps) {
            assertTrue(CATEGORIES.contains(gap.category()), "unknown rule-table row " + gap.category());
            assertTrue(gap.ruleId().startsWith(prefix(gap.category())), gap.ruleId() + " is not in row " + gap.category());
            categories.add(gap.category());
            rules.add(gap.ruleId());
        }
        assertEquals(Set.copyOf(CATEGORIES), categories, example.fileName() + " misses a row of the rule table");
        assertEquals(GapQueries.RULES.keySet(), rules, example.fileName() + " misses a rule");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void correctedVariantHasNoGap(Example example) {
        DovetailModel corrected = example.corrected().get();
        List<String> left = new ArrayList<>();
        GapQueries.RULES.forEach((rule, query) -> {
            Collection<? extends Element> found = query.apply(corrected);
            if (!found.isEmpty()) {
                left.add(rule + " " + names(found));
            }
        });
        assertTrue(left.isEmpty(), example.name() + " corrected still has: " + left);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachListedElementIsFixedInTheCorrectedVariant(Example example) throws IOException {
        DovetailModel corrected = example.corrected().get();
        for (Gap gap : gaps(example)) {
            Collection<? extends Element> found = query(gap.ruleId()).apply(corrected);
            assertFalse(found.stream().anyMatch(e -> e.getName().equals(gap.name())),
                    example.name() + " corrected still has gap " + gap.number() + " on " + gap.name());
        }
    }

    private static String prefix(String category) {
        return switch (category) {
            case "Workflow mismatch" -> "workflow.";
            case "Decision and evidence mismatch" -> "decision.";
            case "Data and exception mismatch" -> "data.";
            case "Governance shortfall" -> "governance.";
            case "Feedback gap" -> "feedback.";
            case "Workflow redesign" -> "redesign.";
            default -> "workasdone.";
        };
    }

    private static java.util.function.Function<DovetailModel, Collection<? extends Element>> query(String ruleId) {
        var query = GapQueries.RULES.get(ruleId);
        if (query == null) {
            fail("GAPS.md names rule " + ruleId + ", which has no query");
        }
        return query;
    }

    private static Element find(DovetailModel model, Gap gap) {
        List<Element> matches = GapQueries.all(model, Element.class).stream()
                .filter(e -> e.eClass().getName().equals(gap.type()) && gap.name().equals(e.getName())).toList();
        assertEquals(1, matches.size(), "GAPS.md gap " + gap.number() + ": expected one " + gap.type() + " \"" + gap.name() + "\"");
        return matches.get(0);
    }

    /** The table rows of the example's section of GAPS.md. */
    static List<Gap> gaps(Example example) throws IOException {
        List<Gap> gaps = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Repo.models().resolve("GAPS.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.substring(3).trim().equals(example.fileName());
            } else if (inSection && line.matches("\\|\\s*\\d+\\s*\\|.*")) {
                String[] cells = line.split("\\|");
                String ruleId = cells[4].trim().replace("`", "");
                Matcher m = ELEMENT.matcher(cells[5].trim());
                assertTrue(m.matches(), "element cell not \"Type `name`\": " + cells[5]);
                gaps.add(new Gap(Integer.parseInt(cells[1].trim()), cells[3].trim(), ruleId, m.group(1), m.group(2)));
            }
        }
        assertFalse(gaps.isEmpty(), "GAPS.md has no section " + example.fileName());
        return gaps;
    }

    private static List<String> names(Collection<? extends Element> elements) {
        return elements.stream().map(e -> e.eClass().getName() + " " + e.getName()).toList();
    }
}
