package org.dovetail.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RulePack;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Progress on stderr for large models: which file, and which check is running. Silent unless stderr is a terminal
 * or {@code --progress} asks for it; on a terminal each line overwrites the previous one.
 */
class Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private String file = "";
    private boolean pending;

    private Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static Progress none() {
        return new Progress(null, false) {
            @Override
            void file(int index, int count, String name, String what) {
            }

            @Override
            List<ModelCheck> track(List<ModelCheck> checks) {
                return checks;
            }

            @Override
            void done() {
            }
        };
    }

    /** Progress on {@code err}: asked for, or because stderr is a terminal. */
    static Progress on(PrintWriter err, boolean asked) {
        boolean terminal = stderrIsTerminal();
        return asked || terminal ? new Progress(err, terminal) : none();
    }

    /** Linux: fd 2 points at a terminal device. Elsewhere no progress unless asked. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    void file(int index, int count, String name, String what) {
        file = "[" + index + "/" + count + "] " + name;
        line(file + ": " + what);
    }

    /** The checks, each announcing itself when it starts on its first element. */
    List<ModelCheck> track(List<ModelCheck> checks) {
        int count = checks.size();
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> (ModelCheck) new Tracked(checks.get(i), i + 1, count)).toList();
    }

    void done() {
        if (pending) {
            err.print("\r\033[K");
            err.flush();
            pending = false;
        }
    }

    private synchronized void line(String text) {
        if (terminal) {
            err.print("\r\033[K" + text);
            pending = true;
        } else {
            err.println("dovetail: " + text);
        }
        err.flush();
    }

    /** A check that reports its start; everything else is the check's own. */
    private final class Tracked implements ModelCheck {
        private final ModelCheck check;
        private final int index;
        private final int count;
        private final AtomicBoolean started = new AtomicBoolean();

        Tracked(ModelCheck check, int index, int count) {
            this.check = check;
            this.index = index;
            this.count = count;
        }

        @Override
        public String id() {
            return check.id();
        }

        @Override
        public RuleCategory category() {
            return check.category();
        }

        @Override
        public Severity defaultSeverity() {
            return check.defaultSeverity();
        }

        @Override
        public Set<EClass> appliesTo() {
            return check.appliesTo();
        }

        @Override
        public RulePack pack() {
            return check.pack();
        }

        @Override
        public String title() {
            return check.title();
        }

        @Override
        public void check(EObject element, RuleContext context, FindingReporter findings) {
            if (started.compareAndSet(false, true)) {
                line(file + ": check " + index + "/" + count + " " + check.id());
            }
            check.check(element, context, findings);
        }

        @Override
        public String toString() {
            return check.toString();
        }
    }
}
