package org.dovetail.examples.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed example files are exactly what the builders produce, and building is deterministic. */
class ExampleFilesAreUpToDateTest {

    @Test
    void committedFilesMatchTheBuilders(@TempDir Path tmp) throws IOException {
        for (Example example : ExampleModels.examples()) {
            Path committed = Repo.models().resolve(example.fileName());
            String stale = committed + " is stale against " + example.name() + "'s builder: run ./dovetail generate-examples";
            assertTrue(Files.exists(committed), committed + " is missing: run ./dovetail generate-examples");
            Path fresh = tmp.resolve(example.fileName());
            GenerateExamples.write(example, fresh);
            assertArrayEquals(Files.readAllBytes(fresh), Files.readAllBytes(committed), stale);
        }
    }

    @Test
    void buildingTwiceGivesTheSameBytes(@TempDir Path tmp) throws IOException {
        for (Example example : ExampleModels.examples()) {
            Path first = tmp.resolve("1-" + example.fileName());
            Path second = tmp.resolve("2-" + example.fileName());
            GenerateExamples.write(example, first);
            GenerateExamples.write(example, second);
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), example.name() + " is not deterministic");
        }
    }
}
