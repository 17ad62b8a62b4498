package org.dovetail.server.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.dovetail.sync.protocol.ApiError;
import org.dovetail.sync.protocol.ProtocolException;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure becomes a JSON {@link ApiError}: the service's own {@link ApiException}s as they are, malformed JSON
 * as 400 with the parser's reason, JAX-RS' errors (unknown path 404, wrong method 405, 413, 415…) with their
 * status, and anything unexpected as 500 without internals (logged).
 */
@Provider
public final class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiException api) {
            return answer(api.status(), api.toError());
        }
        if (failure instanceof ProtocolException protocol) {
            return answer(400, ApiError.of("malformed_json", protocol.getMessage()));
        }
        JsonProcessingException json = find(failure, JsonProcessingException.class);
        if (json != null) {
            return answer(400, ApiError.of("malformed_json", "the body is not valid JSON for this request: " + json.getOriginalMessage()
                    + (json.getLocation() == null ? "" : " (line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ")")));
        }
        if (failure instanceof WebApplicationException web) {
            Response response = web.getResponse();
            if (response.hasEntity()) {
                return response; // already a JSON error (e.g. the security layer's 404/403)
            }
            int status = response.getStatus();
            return answer(status, ApiError.of(code(status), web.getMessage()));
        }
        LOG.log(Level.SEVERE, "unexpected failure", failure);
        return answer(500, ApiError.of("internal_error", "the server failed to answer this request; the failure is logged"));
    }

    private static Response answer(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            default -> status >= 500 ? "internal_error" : "error";
        };
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
