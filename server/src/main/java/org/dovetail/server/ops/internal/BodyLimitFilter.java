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
import org.eclipse.jetty.http.HttpException;
import org.dovetail.server.security.internal.AuthenticationFilter;
import org.dovetail.server.security.internal.Errors;

/**
 * Refuses request bodies over the limit with 413 and a JSON error: at once when Content-Length says so, otherwise
 * (chunked bodies) as soon as reading passes the limit. A resource that catches the read failure and answers
 * something else (say, "malformed XMI") is overruled: the answer becomes the 413.
 * <p>
 * Before answering, up to {@link #DRAIN_BYTES} more of the body are read and dropped: a client is usually still
 * sending when the 413 is ready, and a server that closes a connection with unread bytes makes the kernel send a reset
 * that can discard the answer before the client reads it (the client then sees "connection reset", not the 413).
 * Bodies that overshoot by more than that are still cut off; the bound keeps a large upload from costing more.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 10)
public final class BodyLimitFilter implements ContainerRequestFilter {

    private static final String EXCEEDED = BodyLimitFilter.class.getName() + ".exceeded";

    /** How much of an over-limit body is read and dropped so that the client gets to read the 413. */
    static final long DRAIN_BYTES = 1 << 20;

    private final long maxBytes;

    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            if (request.getLength() <= maxBytes + DRAIN_BYTES) {
                drain(request.getEntityStream(), request.getLength());
            }
            AuthenticationFilter.refuse(request, tooLarge().getResponse());
            return;
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), request));
    }

    /**
     * Turns the answer of a request whose body passed the limit into the 413, whatever the resource made of the read
     * failure. Runs before the audit filter on the way out (higher priority), so the audit records the 413.
     */
    @Priority(Priorities.AUTHENTICATION + 20)
    public final class TooLargeAnswer implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(EXCEEDED) != null && response.getStatus() != 413) {
                ApiAnswer answer = tooLarge();
                response.setStatus(413);
                response.getHeaders().putSingle("Content-Type", "application/json");
                response.setEntity(answer.getResponse().getEntity());
            }
        }
    }

    private ApiAnswer tooLarge() {
        return Errors.error(413, "payload_too_large", "the request body is larger than the limit of " + maxBytes + " bytes");
    }

    /** Reads and drops up to {@code bytes} of a refused body; a failure only means the client stopped sending. */
    private static void drain(InputStream in, long bytes) {
        byte[] buffer = new byte[8192];
        try {
            for (long left = bytes; left > 0;) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return;
                }
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // nothing to answer with: the 413 follows either way
        }
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
            int b;
            try {
                b = super.read();
            } catch (IOException e) {
                throw containerLimit(e);
            } catch (RuntimeException e) {
                throw containerLimit(e);
            }
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                throw containerLimit(e);
            } catch (RuntimeException e) {
                throw containerLimit(e);
            }
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        /** A size limit of the container (Jetty's 413) counts as ours; anything else is rethrown as it is. */
        private <E extends Exception> E containerLimit(E e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof HttpException http && http.getCode() == 413) {
                    request.setProperty(EXCEEDED, Boolean.TRUE);
                    throw tooLarge();
                }
            }
            return e;
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
                drain(in, DRAIN_BYTES);
                throw tooLarge();
            }
        }
    }
}
