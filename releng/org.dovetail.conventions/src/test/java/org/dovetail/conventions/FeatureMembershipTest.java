package org.dovetail.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every bundle that is not a test fragment or test support ships in a feature, so the product really contains it. */
class FeatureMembershipTest {

    private static final Set<String> TEST_SUPPORT = Set.of("org.dovetail.ui.testing");

    @Test
    void everyShippedBundleIsInAFeature() {
        Set<String> inFeatures = featurePlugins();
        List<String> missing = Bundle.all().stream()
                .filter(b -> !b.isTestFragment() && !TEST_SUPPORT.contains(b.name()))
                .map(ExtensionPointSchemaTest::symbolicName)
                .filter(name -> !inFeatures.contains(name))
                .toList();
        assertEquals(List.of(), missing, "bundles in no feature (add them to features/org.dovetail.feature/feature.xml)");
    }

    private static Set<String> featurePlugins() {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> features = Files.list(Bundle.ROOT.resolve("features"))) {
            for (Path feature : features.map(f -> f.resolve("feature.xml")).filter(Files::isRegularFile).toList()) {
                for (Element plugin : Xml.elements(Xml.parse(feature), "plugin")) {
                    ids.add(plugin.getAttribute("id"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
