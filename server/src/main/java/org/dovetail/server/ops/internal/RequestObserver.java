package org.dovetail.server.ops.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import org.dovetail.server.security.internal.JpaAuditLog;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.uri.UriTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import net.logstash.logback.marker.Markers;

/**
 * Sees every request first and every answer last: gives the request an id ({@code X-Request-Id}, taken from the
 * client when it is a plain token), counts it in the metrics by path template (not the raw path, which would make a
 * series per project and element) and writes one JSON log line per request.
 */
@PreMatching
@Priority(100)
public final class RequestObserver implements ContainerRequestFilter, ContainerResponseFilter {

    /** The logger of the request lines (one JSON object per line through the logstash encoder). */
    public static final String REQUEST_LOG = "org.dovetail.server.ops.requests";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Logger LOG = LoggerFactory.getLogger(REQUEST_LOG);
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String STARTED = RequestObserver.class.getName() + ".started";
    private static final String ID = RequestObserver.class.getName() + ".id";

    private final PrometheusMetrics metrics;
    private final String apiPrefix;

    /** @param apiPrefix the path the API is served under, e.g. {@code /api/v1}, for the logged templates */
    public RequestObserver(PrometheusMetrics metrics, String apiPrefix) {
        this.metrics = metrics;
        this.apiPrefix = apiPrefix;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String offered = request.getHeaderString(REQUEST_ID_HEADER);
        String id = offered != null && CLIENT_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(ID, id);
        MDC.put(JpaAuditLog.REQUEST_ID, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        double seconds = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1e9 : 0;
        String id = String.valueOf(request.getProperty(ID));
        response.getHeaders().putSingle(REQUEST_ID_HEADER, id);
        String template = template(request);
        int status = response.getStatus();
        metrics.request(request.getMethod(), template, status, seconds);
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", request.getMethod());
        fields.put("path", template);
        fields.put("status", status);
        fields.put("durationMs", Math.round(seconds * 1e6) / 1e3);
        fields.put("user", principal == null ? null : principal.getName());
        fields.put("requestId", id);
        LOG.info(Markers.appendEntries(fields), "{} {} {} {} ms", request.getMethod(), template, status, fields.get("durationMs"));
        MDC.remove(JpaAuditLog.REQUEST_ID);
    }

    /** The matched resource path template, e.g. {@code /api/v1/projects/{p}/commits}; "unmatched" when none matched. */
    String template(ContainerRequestContext request) {
        if (request instanceof ContainerRequest jersey) {
            List<UriTemplate> matched = jersey.getUriInfo().getMatchedTemplates();
            if (!matched.isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (int i = matched.size() - 1; i >= 0; i--) {
                    String part = matched.get(i).getTemplate();
                    if (!part.isEmpty() && !"/".equals(part)) {
                        path.append(part.startsWith("/") ? "" : "/").append(part.endsWith("/") ? part.substring(0, part.length() - 1) : part);
                    }
                }
                return apiPrefix + path;
            }
        }
        return "unmatched";
    }
}
