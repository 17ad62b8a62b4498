package org.dovetail.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Identified;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Size, identity and persistence of the examples and of their corrected variants. */
class ExampleModelsTest {

    static Stream<DovetailModel> models() {
        return Stream.of(ExampleModels.supplierInvoiceApproval(), ExampleModels.supplierInvoiceApprovalCorrected(),
                ExampleModels.itChangeEnablement(), ExampleModels.itChangeEnablementCorrected());
    }

    static Stream<Example> examples() {
        return ExampleModels.examples().stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void atLeastSixtyElementsEachWithAUniqueNameBasedUuid(DovetailModel model) {
        List<EObject> elements = contents(model);
        assertTrue(elements.size() >= 60, model.getName() + " has only " + elements.size() + " elements");
        Set<String> ids = new HashSet<>();
        for (EObject e : elements) {
            assertTrue(e instanceof Identified, e.eClass().getName() + " is not Identified");
            String id = ((Identified) e).getId();
            assertNotNull(id, "no id on " + e);
            assertEquals(3, UUID.fromString(id).version(), "not a name-based UUID: " + id);
            assertTrue(ids.add(id), "duplicate id " + id);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void roundTripKeepsEveryIdAndReference(Example example, @TempDir Path tmp) throws IOException {
        DovetailModel built = example.withGaps().get();
        Path file = tmp.resolve(example.fileName());
        DovetailResources.save(built, file);
        DovetailModel loaded = DovetailResources.load(file);
        assertTrue(new EcoreUtil.EqualityHelper().equals(example.withGaps().get(), loaded), "load changed " + example.name());
        assertEquals(idsAndReferences(built), idsAndReferences(loaded));

        Path again = tmp.resolve("again-" + example.fileName());
        DovetailResources.save(loaded, again);
        DovetailModel reloaded = DovetailResources.load(again);
        assertTrue(new EcoreUtil.EqualityHelper().equals(loaded, reloaded), "second round trip changed " + example.name());
        assertEquals(idsAndReferences(built), idsAndReferences(reloaded));
    }

    @ParameterizedTest
    @MethodSource("models")
    void idsSurviveCopy(DovetailModel model) {
        DovetailModel copy = EcoreUtil.copy(model);
        assertTrue(new EcoreUtil.EqualityHelper().equals(model, copy));
        assertEquals(idsAndReferences(model), idsAndReferences(copy));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void correctedVariantSharesTheIdsOfUnchangedElements(Example example) {
        Set<String> gaps = idsAndReferences(example.withGaps().get()).keySet();
        Set<String> corrected = idsAndReferences(example.corrected().get()).keySet();
        Set<String> common = new HashSet<>(gaps);
        common.retainAll(corrected);
        assertTrue(common.size() > gaps.size() * 9 / 10, "the variants should share most ids: " + common.size() + " of " + gaps.size());
    }

    private static List<EObject> contents(DovetailModel model) {
        List<EObject> all = new ArrayList<>();
        all.add(model);
        model.eAllContents().forEachRemaining(all::add);
        return all;
    }

    /** id -> every non-containment reference of the element as "feature=target ids". */
    private static Map<String, List<String>> idsAndReferences(DovetailModel model) {
        Map<String, List<String>> result = new HashMap<>();
        for (EObject e : contents(model)) {
            List<String> refs = new ArrayList<>();
            for (EReference r : e.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || !e.eIsSet(r)) {
                    continue;
                }
                Object value = e.eGet(r);
                List<?> targets = value instanceof List<?> list ? list : List.of(value);
                for (Object t : targets) {
                    assertTrue(!((EObject) t).eIsProxy(), "unresolved reference " + r.getName() + " of " + ((Identified) e).getId());
                    refs.add(r.getName() + "=" + ((Identified) t).getId());
                }
            }
            result.put(((Identified) e).getId(), refs);
        }
        return result;
    }
}
