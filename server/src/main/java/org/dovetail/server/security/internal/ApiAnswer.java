package org.dovetail.server.security.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A refusal whose complete HTTP answer is already built (JSON error body and headers such as {@code Retry-After} or
 * {@code WWW-Authenticate}); its {@link Mapper} sends it unchanged.
 */
public final class ApiAnswer extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ApiAnswer(String message, Response answer) {
        super(message, answer);
    }

    /** Sends an {@link ApiAnswer}'s response as it is (more specific than any catch-all mapper, so it wins). */
    public static final class Mapper implements ExceptionMapper<ApiAnswer> {
        @Override
        public Response toResponse(ApiAnswer answer) {
            return answer.getResponse();
        }
    }
}
