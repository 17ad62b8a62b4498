package org.dovetail.server.ops.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import org.dovetail.server.security.internal.ApiAnswer;
import org.dovetail.server.security.internal.Errors;

/**
 * Refuses request bodies over the limit with 413 and a JSON error: at once when Content-Length says so, otherwise
 * (chunked bodies) as soon as reading passes the limit. A resource that catches the read failure and answers
 * something else (say, "malformed XMI") is overruled: the answer becomes the 413.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 20)
public final class BodyLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String EXCEEDED = BodyLimitFilter.class.getName() + ".exceeded";

    private final long maxBytes;

    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge().getResponse());
            return;
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), request));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(EXCEEDED) != null && response.getStatus() != 413) {
            ApiAnswer answer = tooLarge();
            response.setStatus(413);
            response.getHeaders().putSingle("Content-Type", "application/json");
            response.setEntity(answer.getResponse().getEntity());
        }
    }

    private ApiAnswer tooLarge() {
        return Errors.error(413, "payload_too_large", "the request body is larger than the limit of " + maxBytes + " bytes");
    }

    /** Counts what is read and fails past the limit. */
    private final class LimitedStream extends FilterInputStream {
        private final ContainerRequestContext request;
        private long count;

        LimitedStream(InputStream in, ContainerRequestContext request) {
            super(in);
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > maxBytes) {
                request.setProperty(EXCEEDED, Boolean.TRUE);
                throw tooLarge();
            }
        }
    }
}
