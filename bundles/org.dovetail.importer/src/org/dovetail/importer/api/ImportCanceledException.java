package org.dovetail.importer.api;

import java.nio.file.Path;

/** The monitor asked the import to stop; nothing was changed. */
public final class ImportCanceledException extends ImportException {

    private static final long serialVersionUID = 1L;

    public ImportCanceledException(Path file) {
        super(file, 0, 0, "import canceled", null);
    }
}
