package org.dovetail.rules.builtin.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.builtin.Checks;
import org.dovetail.rules.engine.IncrementalValidator;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property of incremental validation: after any sequence of edits its result equals a fresh full run. Seeded
 * random edit sequences (set and unset attributes and references, add, remove, delete and move contained
 * elements, over every class of every package) on both example models; after each batch of edits the incremental
 * result, and the findings its listener deltas add up to, are compared with a full run of the built-in pack.
 *
 * <p>A failing sequence is reproduced by its seed: {@code SEQUENCES} sequences, seeds {@code BASE_SEED + i}. A
 * longer search runs more: system property {@code dovetail.incremental.extraSeeds} or environment variable
 * {@code DOVETAIL_INCREMENTAL_EXTRA_SEEDS} (the Tycho test JVM inherits the environment), e.g. 2000.</p>
 */
class IncrementalPropertyTest {

    static final long BASE_SEED = 20261123L;
    static final int SEQUENCES = 300 + extraSeeds();
    static final int BATCHES = 8;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static int extraSeeds() {
        String value = System.getProperty("dovetail.incremental.extraSeeds", System.getenv("DOVETAIL_INCREMENTAL_EXTRA_SEEDS"));
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, SEQUENCES).mapToObj(i -> BASE_SEED + i);
    }

    /** What must be equal: rule, element, severity, status, message, related elements, in run order. */
    record Seen(String ruleId, EObject element, Object severity, Object status, String message, List<EObject> related) {
        static Seen of(RuleFinding f) {
            return new Seen(f.ruleId(), f.element(), f.severity(), f.status(), f.message(), f.related());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void incrementalEqualsFullRun(long seed) {
        Random random = new Random(seed);
        DovetailModel model = switch ((int) (seed % 4)) {
            case 0 -> ExampleModels.supplierInvoiceApproval();
            case 1 -> ExampleModels.itChangeEnablement();
            case 2 -> ExampleModels.supplierInvoiceApprovalCorrected();
            default -> ExampleModels.itChangeEnablementCorrected();
        };
        RuleEngine engine = RuleEngine.builder().checks(Checks.builtin()).today(TODAY).build();
        IncrementalValidator validator = engine.incremental();
        Set<Seen> fromDeltas = new HashSet<>();
        validator.addListener(delta -> {
            delta.removed().forEach(f -> assertTrue(fromDeltas.remove(Seen.of(f)), "delta removes an unknown finding " + f));
            delta.added().forEach(f -> assertTrue(fromDeltas.add(Seen.of(f)), "delta adds a known finding " + f));
        });
        validator.attach(model);
        Editor editor = new Editor(model, random);
        try {
            for (int batch = 0; batch < BATCHES; batch++) {
                List<String> edits = new ArrayList<>();
                int size = 1 + random.nextInt(6);
                for (int i = 0; i < size; i++) {
                    edits.add(editor.edit());
                }
                validator.revalidate();
                ValidationResult full = engine.validate(model);
                ValidationResult incremental = validator.result();
                String context = "seed " + seed + ", batch " + batch + ", edits " + edits;
                assertEquals(full.findings().stream().map(Seen::of).toList(), incremental.findings().stream().map(Seen::of).toList(), context);
                assertEquals(full.failures().stream().map(f -> f.ruleId() + f.timedOut() + f.message()).toList(),
                        incremental.failures().stream().map(f -> f.ruleId() + f.timedOut() + f.message()).toList(), context);
                assertEquals(full.checksRun(), incremental.checksRun(), context);
                assertEquals(Set.copyOf(full.findings().stream().map(Seen::of).toList()), fromDeltas,
                        context + ": the deltas add up to the result");
            }
        } finally {
            validator.detach();
        }
    }

    /** Random reflective edits over every package of the metamodel. */
    static final class Editor {
        private static final List<EClass> CLASSES = concreteClasses();
        private final DovetailModel model;
        private final Random random;

        Editor(DovetailModel model, Random random) {
            this.model = model;
            this.random = random;
        }

        String edit() {
            for (int attempt = 0; attempt < 50; attempt++) {
                String done = switch (random.nextInt(7)) {
                    case 0, 1 -> setAttribute();
                    case 2 -> setReference();
                    case 3 -> unset();
                    case 4 -> addContained();
                    case 5 -> removeContained();
                    default -> move();
                };
                if (done != null) {
                    return done;
                }
            }
            return "nothing";
        }

        private List<EObject> objects() {
            List<EObject> all = new ArrayList<>();
            all.add(model);
            model.eAllContents().forEachRemaining(all::add);
            return all;
        }

        private <T> T pick(List<T> list) {
            return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
        }

        private static boolean editable(EStructuralFeature f) {
            return f.isChangeable() && !f.isDerived() && !f.isTransient();
        }

        private String setAttribute() {
            EObject o = pick(objects());
            EAttribute a = pick(o.eClass().getEAllAttributes().stream().filter(Editor::editable).filter(f -> !f.isMany()).toList());
            if (a == null) {
                return null;
            }
            Object value = valueFor(a, o);
            if (value == NONE) {
                return null;
            }
            o.eSet(a, value);
            return "set " + o.eClass().getName() + "." + a.getName() + "=" + value;
        }

        private static final Object NONE = new Object();

        private Object valueFor(EAttribute a, EObject o) {
            Class<?> type = a.getEAttributeType().getInstanceClass();
            if (a.getEAttributeType() instanceof EEnum e) {
                return EcoreUtil.createFromString(e, pick(e.getELiterals()).getLiteral());
            }
            if (type == boolean.class || type == Boolean.class) {
                return !(Boolean.TRUE.equals(o.eGet(a)));
            }
            if (type == String.class) {
                List<String> pool = new ArrayList<>(List.of("", "x", "Approve invoice", "email"));
                pool.add(null);
                EObject other = pick(objects());
                if (other.eClass().getEStructuralFeature("name") != null) {
                    pool.add((String) other.eGet(other.eClass().getEStructuralFeature("name")));
                }
                return pick(pool);
            }
            if (type == Date.class) {
                return random.nextInt(4) == 0 ? null : new Date((TODAY.toEpochDay() + random.nextInt(200) - 100) * 86_400_000L);
            }
            if (type == int.class || type == Integer.class) {
                return random.nextInt(5);
            }
            if (type == double.class || type == Double.class) {
                return random.nextInt(5) * 0.5;
            }
            return NONE;
        }

        private String setReference() {
            List<EObject> all = objects();
            EObject o = pick(all);
            EReference r = pick(o.eClass().getEAllReferences().stream().filter(Editor::editable)
                    .filter(f -> !f.isContainment() && !f.isContainer()).toList());
            if (r == null) {
                return null;
            }
            EObject target = pick(all.stream().filter(x -> r.getEReferenceType().isInstance(x)).toList());
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) o.eGet(r);
                if (!list.isEmpty() && random.nextBoolean()) {
                    EObject gone = list.remove(random.nextInt(list.size()));
                    return "remove " + o.eClass().getName() + "." + r.getName() + "-=" + gone.eClass().getName();
                }
                if (target == null || list.contains(target)) {
                    return null;
                }
                list.add(random.nextInt(list.size() + 1), target);
            } else {
                o.eSet(r, random.nextInt(5) == 0 ? null : target);
            }
            return "set " + o.eClass().getName() + "." + r.getName();
        }

        private String unset() {
            EObject o = pick(objects());
            EStructuralFeature f = pick(o.eClass().getEAllStructuralFeatures().stream().filter(Editor::editable)
                    .filter(x -> !(x instanceof EReference r && r.isContainer())).toList());
            if (f == null || !o.eIsSet(f)) {
                return null;
            }
            o.eUnset(f);
            return "unset " + o.eClass().getName() + "." + f.getName();
        }

        private String addContained() {
            EObject o = pick(objects());
            EReference r = pick(o.eClass().getEAllContainments().stream().filter(Editor::editable).toList());
            if (r == null) {
                return null;
            }
            EClass type = pick(CLASSES.stream().filter(c -> r.getEReferenceType().isSuperTypeOf(c)).toList());
            if (type == null) {
                return null;
            }
            EObject child = EcoreUtil.create(type);
            EStructuralFeature name = type.getEStructuralFeature("name");
            if (name != null && random.nextBoolean()) {
                child.eSet(name, "new " + type.getName());
            }
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) o.eGet(r);
                list.add(random.nextInt(list.size() + 1), child);
            } else {
                o.eSet(r, child);
            }
            return "add " + type.getName() + " to " + o.eClass().getName() + "." + r.getName();
        }

        private String removeContained() {
            EObject o = pick(objects().subList(1, objects().size()));
            if (o == null) {
                return null;
            }
            if (random.nextBoolean()) {
                EcoreUtil.delete(o, true); // also clears the references to it
                return "delete " + o.eClass().getName();
            }
            EcoreUtil.remove(o); // references to it stay
            return "remove " + o.eClass().getName();
        }

        private String move() {
            List<EObject> all = objects();
            EObject o = pick(all.subList(1, all.size()));
            if (o == null) {
                return null;
            }
            EReference feature = o.eContainmentFeature();
            if (random.nextBoolean() && feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) o.eContainer().eGet(feature);
                if (list instanceof org.eclipse.emf.common.util.EList<EObject> elist && elist.size() > 1) {
                    elist.move(random.nextInt(elist.size()), o);
                    return "move " + o.eClass().getName() + " within " + feature.getName();
                }
                return null;
            }
            EObject parent = pick(all.stream().filter(p -> p != o && !EcoreUtil.isAncestor(o, p)
                    && p.eClass().getEAllContainments().stream().anyMatch(r -> r.isMany() && r.getEReferenceType().isInstance(o))).toList());
            if (parent == null) {
                return null;
            }
            EReference r = pick(parent.eClass().getEAllContainments().stream().filter(x -> x.isMany() && x.getEReferenceType().isInstance(o)).toList());
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) parent.eGet(r);
            if (list.contains(o)) {
                return null;
            }
            list.add(random.nextInt(list.size() + 1), o);
            return "move " + o.eClass().getName() + " to " + parent.eClass().getName() + "." + r.getName();
        }

        private static List<EClass> concreteClasses() {
            List<EClass> result = new ArrayList<>();
            collect(DovetailPackage.eINSTANCE, result);
            return result;
        }

        private static void collect(EPackage p, List<EClass> result) {
            for (EClassifier c : p.getEClassifiers()) {
                if (c instanceof EClass k && !k.isAbstract() && !k.isInterface()) {
                    result.add(k);
                }
            }
            p.getESubpackages().forEach(s -> collect(s, result));
        }
    }
}
