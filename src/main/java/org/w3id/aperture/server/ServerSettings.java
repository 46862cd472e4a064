package org.w3id.aperture.server;

import java.net.URI;
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
    /** The defaults; those the command line shows ({@code ${DEFAULT-VALUE}}) are text. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_PORT = "3030";
    public static final String DEFAULT_TIMEOUT_SECONDS = "10";
    public static final String DEFAULT_ROW_LIMIT = "10000";
    public static final String DEFAULT_ANSWER_CACHE_MB = "64";
    /**
     * Cheap queries running at once, per core (so one heavy query per core: measured on 2 cores, one heavy query
     * for the machine left a core idle behind the heavy lane's queue, and the throughput of the benchmark mix
     * without the answer cache was 40 to 60 % lower).
     */
    public static final int DEFAULT_RUNNING_QUERIES_PER_CORE = 2;
    public static final int DEFAULT_QUEUE_WAIT_SECONDS = 5;
    private static final int DEFAULT_QUEUED_QUERIES = 64;
    private static final long MIB = 1024 * 1024;
    /** Jetty's threads beyond those SPARQL requests can hold: pages, pings, the acceptor, selectors and reserved ones. */
    static final int THREADS_BESIDE_QUERIES = 32;

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

    /**
     * Jetty's largest number of worker threads: one for every SPARQL request that admission may hold, running or
     * waiting in either lane, and {@value #THREADS_BESIDE_QUERIES} more. Fuseki's default of 20 let requests waiting
     * for a heavy slot take every thread, so that a cheap one queued for a thread before it reached its own lane.
     */
    public int maxServerThreads() {
        return maxRunningQueries + maxHeavyQueries() + 2 * maxQueuedQueries + THREADS_BESIDE_QUERIES;
    }

    /** The path of the public base without its trailing slash (such as {@code /ap}), or empty when it is a host's root or absent. */
    public String publicPath() {
        if (publicBase == null) {
            return "";
        }
        String path = URI.create(publicBase).getRawPath();
        return path.substring(0, path.length() - 1);
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

    /** The settings of a server started with no option: the defaults above, loopback only, SERVICE off. */
    public static ServerSettings defaults() {
        return builder().build();
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings made from the defaults with some changed; {@link #build()} checks them as any settings are. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = Integer.parseInt(DEFAULT_PORT);
        private Duration queryTimeout = Duration.ofSeconds(Long.parseLong(DEFAULT_TIMEOUT_SECONDS));
        private long rowLimit = Long.parseLong(DEFAULT_ROW_LIMIT);
        private long maxRequestBytes = 64 * 1024;
        private int maxHeaderBytes = 16 * 1024;
        private int maxRunningQueries = DEFAULT_RUNNING_QUERIES_PER_CORE * Runtime.getRuntime().availableProcessors();
        private int maxQueuedQueries = DEFAULT_QUEUED_QUERIES;
        private Duration maxQueueWait = Duration.ofSeconds(DEFAULT_QUEUE_WAIT_SECONDS);
        private Set<String> serviceHosts = Set.of();
        private long answerCacheBytes = Long.parseLong(DEFAULT_ANSWER_CACHE_MB) * MIB;
        private String publicBase;

        private Builder() {}

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder queryTimeout(Duration value) {
            queryTimeout = value;
            return this;
        }

        public Builder rowLimit(long value) {
            rowLimit = value;
            return this;
        }

        public Builder maxRunningQueries(int value) {
            maxRunningQueries = value;
            return this;
        }

        public Builder maxQueuedQueries(int value) {
            maxQueuedQueries = value;
            return this;
        }

        public Builder maxQueueWait(Duration value) {
            maxQueueWait = value;
            return this;
        }

        public Builder serviceHosts(Set<String> value) {
            serviceHosts = value;
            return this;
        }

        public Builder answerCacheBytes(long value) {
            answerCacheBytes = value;
            return this;
        }

        /** The answer cache's memory in MiB, as the command line gives it. */
        public Builder answerCacheMb(long value) {
            return answerCacheBytes(value * MIB);
        }

        public Builder publicBase(String value) {
            publicBase = value;
            return this;
        }

        public ServerSettings build() {
            return new ServerSettings(host, port, queryTimeout, rowLimit, maxRequestBytes, maxHeaderBytes,
                    maxRunningQueries, maxQueuedQueries, maxQueueWait, serviceHosts, answerCacheBytes, publicBase);
        }
    }
}
