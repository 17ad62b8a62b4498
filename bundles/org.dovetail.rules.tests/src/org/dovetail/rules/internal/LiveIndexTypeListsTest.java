package org.dovetail.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.eclipse.emf.common.util.EList;
import org.junit.jupiter.api.Test;

/**
 * The instance lists a {@link LiveIndex} keeps up to date (instead of walking the model after every change) stay
 * what a fresh walk finds, in document order, through adds, removals, moves within a list and between lists, and
 * past the point where they are dropped and rebuilt instead ({@link TypeLists#REBUILD_AFTER}).
 */
class LiveIndexTypeListsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void instanceListsFollowEveryChangeOfTheTreeAsAFreshWalkWouldFindThem() {
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        ProcessDomain domain = ProcessFactory.eINSTANCE.createProcessDomain();
        model.setProcessDomain(domain);
        Random random = new Random(11);
        int[] ids = {0};
        for (int i = 0; i < 20; i++) {
            domain.getProcesses().add(process(random, ids));
        }
        LiveIndex index = new LiveIndex(List.of(model), TODAY);
        int changes = 0;
        for (int edit = 0; edit < 4_000; edit++) {
            assertSameAsAWalk(index, model, "edit " + edit);
            EList<Process> processes = domain.getProcesses();
            Process process = processes.get(random.nextInt(processes.size()));
            EList<Step> steps = process.getSteps();
            switch (random.nextInt(6)) {
                case 0 -> {
                    Step step = step(random, ids);
                    steps.add(random.nextInt(steps.size() + 1), step);
                    index.addSubtree(step);
                    changes++;
                }
                case 1 -> {
                    if (!steps.isEmpty()) {
                        Step gone = steps.remove(random.nextInt(steps.size()));
                        index.removeSubtree(gone);
                        changes++;
                    }
                }
                case 2 -> {
                    if (steps.size() > 1) {
                        Step moved = steps.get(random.nextInt(steps.size()));
                        steps.move(random.nextInt(steps.size()), moved);
                        index.moved(moved);
                        changes += 2;
                    }
                }
                case 3 -> {
                    if (!steps.isEmpty()) { // to another process: a removal, then an addition
                        Step moved = steps.remove(random.nextInt(steps.size()));
                        index.removeSubtree(moved);
                        EList<Step> into = processes.get(random.nextInt(processes.size())).getSteps();
                        into.add(random.nextInt(into.size() + 1), moved);
                        index.addSubtree(moved);
                        changes += 2;
                    }
                }
                case 4 -> {
                    Process added = process(random, ids);
                    processes.add(random.nextInt(processes.size() + 1), added);
                    index.addSubtree(added);
                    changes += 1 + added.getSteps().size();
                }
                default -> {
                    if (processes.size() > 5) {
                        Process gone = processes.remove(random.nextInt(processes.size()));
                        index.removeSubtree(gone);
                        changes += 1 + gone.getSteps().size();
                    }
                }
            }
        }
        assertSameAsAWalk(index, model, "the end");
        assertTrue(changes > TypeLists.REBUILD_AFTER, "the lists were dropped and rebuilt on the way (" + changes + " changes)");
    }

    private static void assertSameAsAWalk(LiveIndex index, DovetailModel model, String when) {
        ModelIndex fresh = new ModelIndex(List.of(model), TODAY);
        assertEquals(fresh.allInstances(Step.class), index.allInstances(Step.class), when);
        assertEquals(fresh.allInstances(ProcessPackage.Literals.APPROVAL), index.allInstances(ProcessPackage.Literals.APPROVAL), when);
        assertEquals(fresh.allInstances(DovetailPackage.Literals.IDENTIFIED), index.allInstances(DovetailPackage.Literals.IDENTIFIED), when);
    }

    private static Process process(Random random, int[] ids) {
        Process process = ProcessFactory.eINSTANCE.createProcess();
        process.setId("p" + ids[0]++);
        for (int i = random.nextInt(6); i > 0; i--) {
            process.getSteps().add(step(random, ids));
        }
        return process;
    }

    private static Step step(Random random, int[] ids) {
        Step step = random.nextBoolean() ? ProcessFactory.eINSTANCE.createTask() : ProcessFactory.eINSTANCE.createApproval();
        step.setId("s" + ids[0]++);
        return step;
    }
}
