package org.dovetail.server.ops.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.dovetail.server.db.H2File;
import org.dovetail.server.ops.ServerMetrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The server's metrics in a Prometheus registry of their own (one per server instance, so two instances in one JVM
 * do not mix): HTTP requests by method, path template and status, their latency, and the repository's counters.
 */
public final class PrometheusMetrics implements ServerMetrics {

    /** Latency buckets in seconds: fine below the 50 ms commit target, coarse up to a slow import. */
    private static final double[] LATENCY_BUCKETS = { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30 };

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder().name("dovetail_http_requests_total")
            .help("HTTP requests by method, path template and status").labelNames("method", "path", "status").register(registry);
    private final Histogram latency = Histogram.builder().name("dovetail_http_request_duration_seconds")
            .help("HTTP request latency by method and path template").labelNames("method", "path")
            .classicOnly().classicUpperBounds(LATENCY_BUCKETS).register(registry);
    private final Counter commits = Counter.builder().name("dovetail_commits_total")
            .help("Commits stored, by whether they were rebased onto newer revisions").labelNames("rebased").register(registry);
    private final Counter committedOperations = Counter.builder().name("dovetail_committed_operations_total")
            .help("Operations in stored commits").register(registry);
    private final Counter conflicts = Counter.builder().name("dovetail_commit_conflicts_total")
            .help("Commits refused with 409 because of conflicts").register(registry);
    private final Counter conflictKeys = Counter.builder().name("dovetail_conflicts_total")
            .help("Conflicts listed in 409 answers").register(registry);
    private final Counter gateRejections = Counter.builder().name("dovetail_gate_rejections_total")
            .help("Commits refused by the governance gate (422)").register(registry);

    public PrometheusMetrics() {
        // Series that exist from the start, so a dashboard shows 0 rather than nothing.
        commits.labelValues("false");
        commits.labelValues("true");
    }

    /**
     * Gauges of H2's files, read from {@code files} at each scrape: their size, and the live share of their chunks
     * (H2Compaction keeps it up; a file that only grows while its live share falls needs a look).
     */
    public void watchDatabaseFiles(Supplier<List<H2File>> files) {
        GaugeWithCallback.builder().name("dovetail_h2_file_bytes").help("Length of each H2 file of the server").labelNames("file")
                .callback(callback -> files.get().forEach(f -> callback.call(f.bytes(), f.name()))).register(registry);
        GaugeWithCallback.builder().name("dovetail_h2_file_live_ratio").help("Share of live data in the chunks of each H2 file")
                .labelNames("file").callback(callback -> files.get().forEach(f -> callback.call(f.livePercent() / 100.0, f.name())))
                .register(registry);
    }

    /** Counts one answered request. */
    public void request(String method, String pathTemplate, int status, double seconds) {
        requests.labelValues(method, pathTemplate, Integer.toString(status)).inc();
        latency.labelValues(method, pathTemplate).observe(seconds);
    }

    @Override
    public void commitAccepted(boolean rebased, int operations) {
        commits.labelValues(Boolean.toString(rebased)).inc();
        committedOperations.inc(operations);
    }

    @Override
    public void commitConflict(int conflictCount) {
        conflicts.inc();
        conflictKeys.inc(conflictCount);
    }

    @Override
    public void gateRejection(int findings) {
        gateRejections.inc();
    }

    /** Everything in the Prometheus text format 0.0.4. */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
