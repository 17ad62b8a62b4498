package org.dovetail.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The UI tests and benchmarks run with the JVM options the workbench is started with, so they measure what users run. */
class WorkbenchJvmOptionsTest {

    @Test
    void theRootPomsOptionsAreTheLaunchersOptions() throws IOException {
        String script = Files.readString(Bundle.ROOT.resolve("releng/org.dovetail.product/workbench-jvm.sh"));
        Matcher launcher = Pattern.compile("WORKBENCH_BASE_JVM_OPTS=\\(([^)]*)\\)").matcher(script);
        String pom = Files.readString(Bundle.ROOT.resolve("pom.xml"));
        Matcher tests = Pattern.compile("<workbench.jvm.options>([^<]*)</workbench.jvm.options>").matcher(pom);
        assertTrue(launcher.find(), "WORKBENCH_BASE_JVM_OPTS=( … ) in workbench-jvm.sh");
        assertTrue(tests.find(), "<workbench.jvm.options> in the root pom");
        assertEquals(options(launcher.group(1)), options(tests.group(1)),
                "the root pom's workbench.jvm.options differ from WORKBENCH_BASE_JVM_OPTS of workbench-jvm.sh");
    }

    private static List<String> options(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
