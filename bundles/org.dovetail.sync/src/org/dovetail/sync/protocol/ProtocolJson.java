package org.dovetail.sync.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the sync protocol, shared by client and server. Unknown
 * properties are ignored (later versions may add fields), but an unknown {@code op}, a missing
 * required field, a duplicate key or trailing garbage is a {@link ProtocolException} that names
 * the place ({@code operations[2].id}).
 */
public final class ProtocolJson {

    private static final String KNOWN_OPS = "create, delete, set, add, remove, move";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ProtocolJson() {
    }

    /** The configured mapper (for JAX-RS providers and the HTTP client); do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("cannot write " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("cannot write " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw explain(e, type);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw explain(e, type);
        }
    }

    public static <T> T read(InputStream json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw explain(e, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clear message for what went wrong, with the JSON path of the culprit. */
    static ProtocolException explain(IOException e, Class<?> type) {
        String what = type.getSimpleName();
        if (!(e instanceof JsonProcessingException processing)) {
            return new ProtocolException("cannot read " + what + ": " + e.getMessage(), e);
        }
        String at = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        String where = at.isEmpty() ? "" : " at " + at;
        if (e instanceof InvalidTypeIdException typeId) {
            String id = typeId.getTypeId();
            String reason = id == null || id.isEmpty() ? "operation without 'op'"
                    : "unknown op '" + id + "'";
            return new ProtocolException(what + ": " + reason + where + " (known: " + KNOWN_OPS + ")", e);
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return new ProtocolException(what + ": " + instantiation.getCause().getMessage() + where, e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String message = mismatch.getOriginalMessage();
            if (message.startsWith("Missing required creator property")) {
                int start = message.indexOf('\'');
                int end = message.indexOf('\'', start + 1);
                String field = start >= 0 && end > start ? message.substring(start + 1, end) : "?";
                String parent = at.equals(field) ? "" : at.endsWith("." + field) ? at.substring(0, at.length() - field.length() - 1) : at;
                where = parent.isEmpty() ? "" : " at " + parent;
                return new ProtocolException(what + ": missing required field '" + field + "'" + where, e);
            }
            if (message.startsWith("Missing type id")) {
                return new ProtocolException(what + ": operation without 'op'" + where + " (known: " + KNOWN_OPS + ")", e);
            }
            return new ProtocolException(what + ": " + firstLine(message) + where, e);
        }
        return new ProtocolException("malformed JSON for " + what + ": " + firstLine(processing.getOriginalMessage())
                + location(processing), e);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(r -> r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "." + r.getFieldName())
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
