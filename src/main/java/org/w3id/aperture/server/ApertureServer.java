package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServlet;
import java.net.BindException;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.guard.Limits;
import org.w3id.aperture.guard.QueryPolicy;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/** Starts embedded Fuseki on the graph: {@code /aperture/sparql} (query) and {@code /aperture/get} (read-only graph store). */
public final class ApertureServer {
    public static final String DATASET = "/aperture";
    /** Fuseki 5.6.0 allocates a 5 MiB output buffer per response by default (apache/jena#4084). */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    private static final long STOP_GRACE_MILLIS = 5_000;
    /** Jetty's threads kept even when idle (Fuseki's default). */
    private static final int MIN_SERVER_THREADS = 2;
    private static final int GZIP_MIN_BYTES = 2048;
    /** The web query page runs SPARQL too, so it takes slots of the same admission. */
    private static final String QUERY_PAGE = "/query";
    /** The largest answer the answer cache keeps; larger ones are rendered again (the downloads keep their own copy). */
    public static final int MAX_CACHED_ANSWER_BYTES = 4 * 1024 * 1024;
    /** A query whose text once ran longer than this goes to the heavy lane from then on. */
    private static final long CHEAP_BUDGET_MILLIS = 250;
    /** A client sending its body slower than this is cut off (Jetty's minimum request data rate). */
    private static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

    private final FusekiServer fuseki;
    private final ServerSettings settings;
    private final Admission admission;

    private ApertureServer(FusekiServer fuseki, ServerSettings settings, Admission admission) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.admission = admission;
    }

    /** Starts the SPARQL server alone; fails with {@link PortInUseException} if the address is taken. */
    public static ApertureServer start(DatasetGraph dataset, ServerSettings settings) {
        return start(dataset, settings, Map.of());
    }

    /**
     * Starts the server with extra servlets beside the dataset, keyed by Jetty path spec (e.g.
     * {@code "/*"} for the linked-data pages); the dataset's own paths take precedence.
     */
    public static ApertureServer start(DatasetGraph dataset, ServerSettings settings, Map<String, HttpServlet> servlets) {
        return start(dataset, UUID.randomUUID().toString().replace("-", ""), settings, servlets);
    }

    /**
     * As {@link #start(DatasetGraph, ServerSettings, Map)}, for a dataset built from sources of the
     * given version (see {@code SourceDigest}): the version is part of every ETag, so that changed
     * data changes them.
     */
    public static ApertureServer start(DatasetGraph dataset, String version, ServerSettings settings,
                                       Map<String, HttpServlet> servlets) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        QueryPolicy.install(dataset, Limits.defaults());
        ServiceAllowList.apply(dataset.getContext(), settings.serviceHosts());
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        ResultCache cache = new ResultCache(settings.answerCacheBytes(), MAX_CACHED_ANSWER_BYTES);
        long timeout = settings.queryTimeout().toMillis();
        Admission admission = new Admission(settings.maxRunningQueries(), settings.maxHeavyQueries(),
                settings.maxQueuedQueries(), settings.maxQueueWait().toMillis());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .numServerThreads(MIN_SERVER_THREADS, settings.maxServerThreads())
                .enablePing(true)
                .enableCors(false)
                .registerOperation(Operation.Query, new GuardedQuery(settings.rowLimit(), timeout, admission,
                        new QueryCost(CHEAP_BUDGET_MILLIS), !settings.serviceHosts().isEmpty()))
                .addFilter("/*", new FrontFilter(settings.publicOrigin()))
                .addFilter("/*", new CachingFilter(version, cache))
                .addFilter(QUERY_PAGE, new QueryPageAdmission(admission, timeout))
                .add(DATASET, service);
        servlets.forEach(builder::addServlet);
        FusekiServer fuseki = builder.build();
        configureConnectors(fuseki.getJettyServer(), settings);
        guard(fuseki.getJettyServer(), settings);
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new PortInUseException(settings.host(), settings.port());
            }
            throw e;
        }
        return new ApertureServer(fuseki, settings, admission);
    }

    private static void configureConnectors(Server jetty, ServerSettings settings) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector server) {
                server.setHost(settings.host());
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                http.getHttpConfiguration().setRequestHeaderSize(settings.maxHeaderBytes());
                http.getHttpConfiguration().setSendServerVersion(false);
                http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            }
        }
        jetty.setStopTimeout(STOP_GRACE_MILLIS);
        jetty.setStopAtShutdown(true);
        jetty.setErrorHandler(new PlainErrors());
    }

    /**
     * Jetty's own handlers around everything: request bodies over the size limit get 413, a body is read
     * whole before anything handles it (408 if it does not arrive within the timeout), and large answers
     * are gzipped for clients that accept it. Admission by cost happens once a query is parsed
     * ({@link GuardedQuery}), after the answer cache, so cached answers never wait.
     */
    private static void guard(Server jetty, ServerSettings settings) {
        GzipHandler gzip = new GzipHandler(jetty.getHandler());
        gzip.setMinGzipSize(GZIP_MIN_BYTES);
        BodyFirst body = new BodyFirst(gzip, (int) settings.maxRequestBytes(), settings.queryTimeout().toMillis());
        SizeLimitHandler size = new SizeLimitHandler(settings.maxRequestBytes(), -1);
        size.setHandler(body);
        jetty.setHandler(new ArrivalStamp(size));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    public String graphStoreUrl() {
        return baseUrl() + DATASET + "/get";
    }

    /** Slots free now in a lane of the SPARQL admission (for tests). */
    int freeSlots(Admission.Cost cost) {
        return admission.freeSlots(cost);
    }

    /** Requests waiting now for a slot in a lane of the SPARQL admission (for tests). */
    int waiting(Admission.Cost cost) {
        return admission.waiting(cost);
    }

    /** Connections open now, whether or not a request has arrived on them whole (for tests). */
    int openConnections() {
        int open = 0;
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            open += connector.getConnectedEndPoints().size();
        }
        return open;
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    /** The host and port are already bound by another process. */
    public static class PortInUseException extends RuntimeException {
        public PortInUseException(String host, int port) {
            super("port " + port + " on " + host + " is already in use; choose another with --port");
        }
    }
}
