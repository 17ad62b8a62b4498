package org.dovetail.model.resource;

import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.xml.sax.SAXParseException;

/** A model file could not be loaded; the message names the file, the position and the reason. */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    static ModelLoadException of(URI uri, Throwable failure) {
        if (failure instanceof ModelLoadException done) {
            return done;
        }
        String file = uri == null ? "model" : uri.isFile() ? uri.toFileString() : uri.toString();
        SAXParseException parse = find(failure, SAXParseException.class);
        String reason = rootMessage(failure);
        // Any DTD (and so any entity declaration) is refused by the parser with this one message.
        if (reason.contains("DOCTYPE")) {
            return new ModelLoadException(file + position(parse) + ": refused because it declares a DOCTYPE or entities."
                    + " Dovetail model files may not contain DTDs or entity declarations"
                    + " (protection against XXE and entity-expansion attacks).", failure);
        }
        return new ModelLoadException(file + position(parse) + ": not a readable Dovetail model: " + reason, failure);
    }

    private static String position(SAXParseException parse) {
        return parse == null ? "" : " (line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ")";
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
