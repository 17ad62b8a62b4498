package org.dovetail.importer.bpmn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.ModelImporter;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.importer.merge.ProcessMerger;
import org.dovetail.importer.merge.ProcessSpec;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.change.TouchRecorder;

/**
 * BPMN 2.0 → a Dovetail process. Read with the JDK's StAX reader, hardened ({@link org.dovetail.importer.internal.SafeXml}),
 * rather than camunda-bpmn-model: that library builds a DOM of the whole file and validates it against the BPMN
 * schemas (diagram interchange included), which costs memory and rejects the vendor extensions real tools write,
 * and its parser configuration is internal; Dovetail needs only the semantic elements, read in one streaming pass.
 */
public final class BpmnImporter implements ModelImporter {

    public static final String ID = "bpmn";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "BPMN 2.0 process";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("bpmn", "bpmn2", "xml");
    }

    @Override
    public ImportPlan plan(ImportRequest request, ImportMonitor monitor) throws ImportException {
        BpmnDocument doc = BpmnReader.read(request.file(), request.maxBytes(), monitor);
        if (doc.processes().isEmpty()) {
            throw new ImportException(request.file(), 0, "the file has no process (only a collaboration or definitions without content)");
        }
        String processId = request.processId() != null ? request.processId() : defaultProcessId(doc, request.file());
        BpmnMapper mapper = new BpmnMapper(doc, processId);
        ProcessSpec spec = mapper.map(processId, processName(doc, request.file()));
        List<String> notes = new ArrayList<>(mapper.notes);
        for (Map.Entry<String, Integer> ignored : doc.ignored().entrySet()) {
            notes.add(ignored.getValue() + " " + ignored.getKey() + (ignored.getValue() == 1 ? "" : "s") + " not imported (no Dovetail element for it)");
        }
        return new Plan(spec, request.file(), notes);
    }

    /** {@code bpmn.<definitions id>}: the same file imports into the same process every time. */
    static String defaultProcessId(BpmnDocument doc, Path file) {
        String source = doc.id() != null ? doc.id() : file.getFileName().toString();
        return "bpmn." + source.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    static String processName(BpmnDocument doc, Path file) {
        if (doc.processes().size() == 1 && doc.processes().get(0).name() != null && !doc.processes().get(0).name().isBlank()) {
            return doc.processes().get(0).name().strip();
        }
        if (doc.name() != null && !doc.name().isBlank()) {
            return doc.name().strip();
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The plan of one BPMN import: the mapped process, applied by {@link ProcessMerger}. */
    public static final class Plan implements ImportPlan {
        private final ProcessSpec spec;
        private final Path file;
        private final List<String> notes;

        Plan(ProcessSpec spec, Path file, List<String> notes) {
            this.spec = spec;
            this.file = file;
            this.notes = List.copyOf(notes);
        }

        public ProcessSpec spec() {
            return spec;
        }

        @Override
        public String summary() {
            return "Process \"" + spec.name() + "\" from " + file.getFileName() + ": " + spec.steps().size() + " steps, " + spec.flows().size()
                    + " flows, " + spec.roles().size() + " roles, " + spec.stages().size() + " stages, " + spec.exceptions().size()
                    + " exception paths, " + spec.triggers().size() + " triggers";
        }

        @Override
        public List<String> notes() {
            return notes;
        }

        @Override
        public List<PlannedChange> preview(DovetailModel model) {
            return ProcessMerger.preview(model, spec);
        }

        @Override
        public ImportResult apply(DovetailModel model) {
            return ProcessMerger.apply(model, spec);
        }

        @Override
        public ImportResult apply(DovetailModel model, TouchRecorder recorder) {
            return ProcessMerger.apply(model, spec, recorder);
        }
    }
}
