package org.dovetail.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.dovetail.importer.api.ImportCanceledException;
import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;

/**
 * A hardened, streaming XML reader over a file: the JDK's own StAX implementation (not whatever a class path's
 * service loader finds), no DTD support, no external entities or schemas, a DOCTYPE refused as soon as it is seen
 * (before any entity could be expanded), a byte limit checked before and while reading, a depth limit, and every
 * parser error turned into an {@link ImportException} with file, line and column.
 */
public final class SafeXml implements AutoCloseable {

    /** Deeper nesting than this is refused: no real BPMN or XES file nests so deep, an attack file might. */
    public static final int MAX_DEPTH = 100;

    private final Path file;
    private final CountingInput input;
    private final XMLStreamReader reader;
    private final ImportMonitor monitor;
    private int depth;

    private SafeXml(Path file, CountingInput input, XMLStreamReader reader, ImportMonitor monitor) {
        this.file = file;
        this.input = input;
        this.reader = reader;
        this.monitor = monitor;
    }

    /** Opens {@code file} for reading, refusing it up front if it is missing, not a file or larger than {@code maxBytes}. */
    public static SafeXml open(Path file, long maxBytes, ImportMonitor monitor) throws ImportException {
        CountingInput input = CountingInput.open(file, maxBytes, monitor);
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(file.toUri().toString(), input);
            return new SafeXml(file, input, reader, monitor);
        } catch (XMLStreamException e) {
            closeQuietly(input);
            throw translate(file, e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return factory;
    }

    public XMLStreamReader reader() {
        return reader;
    }

    public Path file() {
        return file;
    }

    /** The element depth after the last {@link #next()} (the root element is 1). */
    public int depth() {
        return depth;
    }

    /**
     * The next event; a DOCTYPE, a too deep element or a parser error become an {@link ImportException}, a cancel an
     * {@link ImportCanceledException}.
     */
    public int next() throws ImportException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw translate(file, e);
        }
        switch (event) {
            case XMLStreamConstants.DTD -> throw error("a DOCTYPE declaration is not allowed (it could expand entities or read other files)");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw error("the entity reference &" + reader.getLocalName() + "; is not allowed");
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw error("elements are nested more than " + MAX_DEPTH + " deep");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {
            }
        }
        if (input.canceled()) {
            throw new ImportCanceledException(file);
        }
        return event;
    }

    /** Moves to the next start element (the root when called first); {@code false} at the end of the document. */
    public boolean nextStartElement() throws ImportException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** Skips the rest of the current element, children included. */
    public void skipElement() throws ImportException {
        int level = depth;
        while (depth >= level) {
            next();
        }
    }

    /** The text content of the current element (children's text included), positioned after its end tag. */
    public String elementText() throws ImportException {
        StringBuilder text = new StringBuilder();
        int level = depth;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                text.append(reader.getText());
            }
            if (event == XMLStreamConstants.END_ELEMENT && depth < level) {
                return text.toString().strip();
            }
        }
    }

    /** An error at the reader's current line. */
    public ImportException error(String reason) {
        Location at = reader.getLocation();
        return new ImportException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), reason, null);
    }

    /** The attribute's value, or {@code null}. */
    public String attribute(String name) {
        return reader.getAttributeValue(null, name);
    }

    public void checkCanceled() throws ImportCanceledException {
        if (monitor.isCanceled()) {
            throw new ImportCanceledException(file);
        }
    }

    public long bytesRead() {
        return input.count();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next anyway
        }
        closeQuietly(input);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written; a failed close loses nothing
            }
        }
    }

    static ImportException translate(Path file, XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CountingInput.LimitExceeded limit) {
                return new ImportException(file, 0, 0, limit.getMessage(), e);
            }
            if (cause instanceof CountingInput.Canceled) {
                return new ImportCanceledException(file);
            }
        }
        Location at = e.getLocation();
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        // The JDK prefixes its messages with "ParseError at [row,col]:[l,c]\nMessage: "; the location is ours to say.
        int message = reason.indexOf("Message: ");
        if (message >= 0) {
            reason = reason.substring(message + "Message: ".length());
        }
        if (reason.contains("DOCTYPE") || reason.contains("DTD")) {
            reason = "a DOCTYPE declaration is not allowed (it could expand entities or read other files): " + reason;
        }
        return new ImportException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), "malformed XML: " + reason, e);
    }
}
