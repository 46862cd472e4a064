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
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

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

    /** Safe defaults: loopback, 10 s timeout, 10 000 rows, 64 KiB requests, one running query per core. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, Duration.ofSeconds(10), 10_000, 64 * 1024, 16 * 1024,
                Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(5), Set.of(), 64L * 1024 * 1024, null);
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return new ServerSettings(newHost, newPort, queryTimeout, rowLimit, maxRequestBytes, maxHeaderBytes,
                maxRunningQueries, maxQueuedQueries, maxQueueWait, serviceHosts, answerCacheBytes, publicBase);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(host, port, timeout, rowLimit, maxRequestBytes, maxHeaderBytes,
                maxRunningQueries, maxQueuedQueries, maxQueueWait, serviceHosts, answerCacheBytes, publicBase);
    }

    public ServerSettings withRowLimit(long rows) {
        return new ServerSettings(host, port, queryTimeout, rows, maxRequestBytes, maxHeaderBytes,
                maxRunningQueries, maxQueuedQueries, maxQueueWait, serviceHosts, answerCacheBytes, publicBase);
    }

    public ServerSettings withAdmission(int running, int queued, Duration wait) {
        return new ServerSettings(host, port, queryTimeout, rowLimit, maxRequestBytes, maxHeaderBytes,
                running, queued, wait, serviceHosts, answerCacheBytes, publicBase);
    }

    public ServerSettings withServiceHosts(Set<String> hosts) {
        return new ServerSettings(host, port, queryTimeout, rowLimit, maxRequestBytes, maxHeaderBytes,
                maxRunningQueries, maxQueuedQueries, maxQueueWait, hosts, answerCacheBytes, publicBase);
    }

    public ServerSettings withAnswerCacheBytes(long bytes) {
        return new ServerSettings(host, port, queryTimeout, rowLimit, maxRequestBytes, maxHeaderBytes,
                maxRunningQueries, maxQueuedQueries, maxQueueWait, serviceHosts, bytes, publicBase);
    }

    public ServerSettings withPublicBase(String base) {
        return new ServerSettings(host, port, queryTimeout, rowLimit, maxRequestBytes, maxHeaderBytes,
                maxRunningQueries, maxQueuedQueries, maxQueueWait, serviceHosts, answerCacheBytes, base);
    }
}
