package org.w3id.aperture.server;

import java.time.Duration;
import java.util.Set;

/**
 * Where the server listens and the limits that keep one request from hurting the others.
 *
 * @param queryTimeout      a query running longer is cancelled and answered 503
 * @param rowLimit          SELECT, CONSTRUCT and DESCRIBE results are cut to this many solutions
 * @param maxRequestBytes   largest request body (query text, form) accepted; larger gets 413
 * @param maxHeaderBytes    largest request line and headers; longer gets 414 or 431
 * @param maxRunningQueries SPARQL requests running at once; more wait in a queue
 * @param maxQueuedQueries  SPARQL requests allowed to wait; more get 503 at once
 * @param maxQueueWait      longest wait in the queue before 503
 * @param serviceHosts      hosts that SERVICE calls may reach; empty (the default) turns SERVICE off
 * @param answerCacheBytes  memory for answers kept for repeated requests; 0 turns the answer cache off
 * @param publicBase        the URL at which the public reaches this server's root, ending in {@code /}, for the
 *                          absolute URLs of answers (the VoID's endpoint and downloads); null for the address a
 *                          connection reached. Resource IRIs stay those of the data.
 */
public record ServerSettings(String host, int port, Duration queryTimeout, long rowLimit, long maxRequestBytes,
                             int maxHeaderBytes, int maxRunningQueries, int maxQueuedQueries, Duration maxQueueWait,
                             Set<String> serviceHosts, long answerCacheBytes, String publicBase) {
    /** The defaults, as text so that the command line can show them ({@code ${DEFAULT-VALUE}}). */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_PORT = "3030";
    public static final String DEFAULT_TIMEOUT_SECONDS = "10";
    public static final String DEFAULT_ROW_LIMIT = "10000";
    public static final String DEFAULT_ANSWER_CACHE_MB = "64";

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in 0..65535");
        }
        positive("query timeout", queryTimeout.toMillis());
        positive("row limit", rowLimit);
        positive("maximum request size", maxRequestBytes);
        positive("maximum header size", maxHeaderBytes);
        positive("running queries", maxRunningQueries);
        positive("queued queries", maxQueuedQueries);
        positive("queue wait", maxQueueWait.toMillis());
        serviceHosts = Set.copyOf(serviceHosts);
        if (answerCacheBytes < 0) {
            throw new IllegalArgumentException("answer cache size must not be negative, got " + answerCacheBytes);
        }
        if (publicBase != null && !publicBase.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?/")) {
            throw new IllegalArgumentException("the public base must be an http(s) URL ending in '/', got " + publicBase);
        }
    }

    /** Heavy queries run in a lane of their own, half the size of the cheap one and at least one. */
    public int maxHeavyQueries() {
        return Math.max(1, maxRunningQueries / 2);
    }

    /** The public base without its trailing slash, or null. */
    String publicOrigin() {
        return publicBase == null ? null : publicBase.substring(0, publicBase.length() - 1);
    }

    private static void positive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    /**
     * Safe defaults: loopback, 10 s timeout, 10 000 rows, 64 KiB requests, two running cheap queries per core (so one
     * heavy query per core: measured on 2 cores, one heavy query for the machine left a core idle behind the heavy lane's
     * queue, and the throughput of the benchmark mix without the answer cache was 40 to 60 % lower).
     */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, Integer.parseInt(DEFAULT_PORT), Duration.ofSeconds(Long.parseLong(DEFAULT_TIMEOUT_SECONDS)),
                Long.parseLong(DEFAULT_ROW_LIMIT), 64 * 1024, 16 * 1024, 2 * Runtime.getRuntime().availableProcessors(), 64,
                Duration.ofSeconds(5), Set.of(), Long.parseLong(DEFAULT_ANSWER_CACHE_MB) * 1024 * 1024, null);
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return edit(b -> {
            b.host = newHost;
            b.port = newPort;
        });
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return edit(b -> b.queryTimeout = timeout);
    }

    public ServerSettings withRowLimit(long rows) {
        return edit(b -> b.rowLimit = rows);
    }

    public ServerSettings withAdmission(int running, int queued, Duration wait) {
        return edit(b -> {
            b.maxRunningQueries = running;
            b.maxQueuedQueries = queued;
            b.maxQueueWait = wait;
        });
    }

    public ServerSettings withServiceHosts(Set<String> hosts) {
        return edit(b -> b.serviceHosts = hosts);
    }

    public ServerSettings withAnswerCacheBytes(long bytes) {
        return edit(b -> b.answerCacheBytes = bytes);
    }

    public ServerSettings withPublicBase(String base) {
        return edit(b -> b.publicBase = base);
    }

    /** These settings with some changed; the result is checked as any settings are. */
    private ServerSettings edit(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return new ServerSettings(b.host, b.port, b.queryTimeout, b.rowLimit, maxRequestBytes, maxHeaderBytes,
                b.maxRunningQueries, b.maxQueuedQueries, b.maxQueueWait, b.serviceHosts, b.answerCacheBytes, b.publicBase);
    }

    /** The changeable fields of a copy being edited. */
    private static final class Builder {
        String host;
        int port;
        Duration queryTimeout;
        long rowLimit;
        int maxRunningQueries;
        int maxQueuedQueries;
        Duration maxQueueWait;
        Set<String> serviceHosts;
        long answerCacheBytes;
        String publicBase;

        Builder(ServerSettings s) {
            host = s.host;
            port = s.port;
            queryTimeout = s.queryTimeout;
            rowLimit = s.rowLimit;
            maxRunningQueries = s.maxRunningQueries;
            maxQueuedQueries = s.maxQueuedQueries;
            maxQueueWait = s.maxQueueWait;
            serviceHosts = s.serviceHosts;
            answerCacheBytes = s.answerCacheBytes;
            publicBase = s.publicBase;
        }
    }
}
