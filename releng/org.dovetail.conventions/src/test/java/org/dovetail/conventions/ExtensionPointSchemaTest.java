package org.dovetail.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every extension point has a real schema: it names the point, and documents its use, an example and the API. */
class ExtensionPointSchemaTest {

    private static final Set<String> DOCUMENTED_SECTIONS = Set.of("examples", "apiinfo");

    @Test
    void everyExtensionPointHasADocumentedSchema() {
        List<String> problems = new ArrayList<>();
        int points = 0;
        for (Bundle bundle : Bundle.all()) {
            Path pluginXml = bundle.folder().resolve("plugin.xml");
            if (!Files.isRegularFile(pluginXml)) {
                continue;
            }
            for (Element point : Xml.elements(Xml.parse(pluginXml), "extension-point")) {
                points++;
                problems.addAll(check(bundle, point));
            }
        }
        assertFalse(points == 0, "no extension point found: the tree was not read");
        assertEquals(List.of(), problems);
    }

    private static List<String> check(Bundle bundle, Element point) {
        String where = bundle.name() + "/" + point.getAttribute("id");
        Path schema = bundle.folder().resolve(point.getAttribute("schema"));
        if (point.getAttribute("schema").isEmpty() || !Files.isRegularFile(schema)) {
            return List.of(where + ": no schema file");
        }
        List<String> problems = new ArrayList<>();
        Document document = Xml.parse(schema);
        List<Element> meta = Xml.elements(document, "meta.schema");
        if (meta.size() != 1 || !meta.get(0).getAttribute("id").equals(point.getAttribute("id"))
                || !meta.get(0).getAttribute("plugin").equals(symbolicName(bundle))) {
            problems.add(where + ": meta.schema does not name this extension point of this bundle");
        }
        for (String section : DOCUMENTED_SECTIONS) {
            boolean documented = Xml.elements(document, "meta.section").stream()
                    .filter(s -> s.getAttribute("type").equals(section))
                    .anyMatch(s -> documentationNextTo(s).strip().length() > 20);
            if (!documented) {
                problems.add(where + ": no " + section + " documentation");
            }
        }
        if (Xml.elements(document, "element").stream().noneMatch(e -> e.getAttribute("name").equals("extension"))) {
            problems.add(where + ": no <element name=\"extension\">");
        }
        return problems;
    }

    /** A meta.section sits in {@code <appinfo>}; its text is the sibling {@code <documentation>} of that appinfo. */
    private static String documentationNextTo(Element section) {
        Element annotation = (Element) section.getParentNode().getParentNode();
        List<Element> docs = new ArrayList<>();
        for (var node = annotation.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals("documentation")) {
                docs.add(e);
            }
        }
        return docs.isEmpty() ? "" : docs.get(0).getTextContent();
    }

    static String symbolicName(Bundle bundle) {
        return bundle.header("Bundle-SymbolicName").split(";")[0].strip();
    }
}
