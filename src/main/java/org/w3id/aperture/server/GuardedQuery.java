package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.web.HttpSC;
import org.apache.jena.query.QueryParseException;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.guard.QueryGuards;
import org.w3id.aperture.guard.QueryPolicy;
import org.w3id.aperture.guard.QueryPolicyException;

/**
 * The SPARQL query service with guards and the protocol as clients speak it. A GET without a query gets
 * the service description; HEAD works as GET; a request that also carries {@code update} is refused; a
 * direct POST body must be UTF-8. Queries that could run away are refused ({@code QueryGuards}); a query
 * without LIMIT, or with a larger one, is capped at the row limit (stated in {@link #LIMIT_HEADER} and
 * {@link #CUT_HEADER}; a CONSTRUCT or DESCRIBE is cut at as many triples). Each query waits for a slot in
 * its cost's lane ({@link Admission}) and gets what is left of the timeout, counted from its arrival.
 * Answers are written here in the negotiated format ({@link AnswerFormat}); one that fails after its first
 * bytes went out is aborted, never ended as if complete.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** Sent with every query response: the most solutions this endpoint returns. */
    static final String LIMIT_HEADER = "Aperture-Row-Limit";
    /** Sent as {@code true} when the query asked for more (or unlimited) and was capped: results may be cut. */
    static final String CUT_HEADER = "Aperture-Row-Limit-Applied";

    private final long rowLimit;
    private final long timeoutMillis;
    private final Admission admission;
    private final QueryCost cost;
    private final boolean federated;

    GuardedQuery(long rowLimit, long timeoutMillis, Admission admission, QueryCost cost, boolean federated) {
        this.rowLimit = rowLimit;
        this.timeoutMillis = timeoutMillis;
        this.admission = admission;
        this.cost = cost;
        this.federated = federated;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("query") == null && action.getRequestParameter("update") == null) {
            serviceDescription(action);
            return;
        }
        super.execGet(action);
    }

    @Override
    public void execHead(HttpAction action) {
        execGet(action);
    }

    @Override
    public void validate(HttpAction action) {
        if (action.getRequestParameter("update") != null) {
            ServletOps.errorBadRequest("This endpoint answers queries only: a request with an 'update' parameter is refused");
        }
        if ("HEAD".equals(action.getRequestMethod())) {
            validateParams(action, acceptedParams(action));
            validateRequest(action);
            return;
        }
        super.validate(action);
    }

    /** A direct POST body is read as strict UTF-8: another declared charset or malformed bytes are a 400. */
    @Override
    protected void executeBody(HttpAction action) {
        String charset = action.getRequest().getCharacterEncoding();
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            ServletOps.errorBadRequest("The query must be sent as UTF-8; the request declares charset=" + charset);
        }
        String text;
        try {
            byte[] body = action.getRequestInputStream().readAllBytes();
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            ServletOps.errorBadRequest("The request body is not valid UTF-8");
            return;
        } catch (IOException e) {
            ServletOps.errorBadRequest("The request body could not be read");
            return;
        }
        execute(text, action);
    }

    /**
     * Fuseki's flow for one query, but the query is parsed once, by the query policy (which refuses what it
     * must before anything runs, including a query nested too deeply for the parser's stack), and the log
     * gets the text as sent instead of a second rendering of the parsed query.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        Admission.Slot slot = null;
        try {
            if (queryString.isBlank()) {
                ServletOps.errorBadRequest("Error: Empty query string");
            }
            String logText = ServletOps.formatForLog(queryString);
            action.log.info(String.format("[%d] Query = %s", action.id, logText));
            Query query = parse(queryString, action);
            validateQuery(action, query);
            slot = admit(queryString, query, action);
            run(action, query, logText);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("Refused: the query is nested too deeply to run here");
        } finally {
            if (slot != null) {
                slot.close();
                // the time it ran, not its wait for a slot: a lookup that queued once on a busy server stays cheap
                cost.ran(queryString, slot.heldMillis());
            }
        }
    }

    private static Query parse(String queryString, HttpAction action) {
        try {
            return QueryPolicy.parse(queryString, Fuseki.BaseParserSPARQL);
        } catch (QueryParseException e) {
            String message = SPARQLProtocol.messageForParseException(e);
            action.log.warn(String.format("[%d] %s", action.id, message));
            ServletOps.errorBadRequest(message);
        } catch (QueryPolicyException e) {
            ServletOps.errorBadRequest("Refused: " + e.getMessage());
        }
        throw new IllegalStateException("unreachable: the error above ends the request");
    }

    private void run(HttpAction action, Query query, String logText) {
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, logText);
            Query toRun = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, toRun, chosen.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, logText), query.getPrologue());
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isJsonType()) {
            ServletOps.errorBadRequest("Refused: the JSON query form is not supported here; use SELECT");
        }
        action.setResponseHeader(LIMIT_HEADER, Long.toString(rowLimit));
        if (QueryGuards.capRows(query, rowLimit)) {
            action.setResponseHeader(CUT_HEADER, "true");
        }
    }

    /** Waits for a slot in the query's cost lane; none in time is a 503. */
    private Admission.Slot admit(String queryString, Query query, HttpAction action) {
        try {
            return admission.enter(cost.of(queryString, query), remainingMillis(action));
        } catch (Admission.Refused e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
            throw new IllegalStateException("unreachable: the error above ends the request");
        }
    }

    private long remainingMillis(HttpAction action) {
        return timeoutMillis - ArrivalStamp.millisSinceArrival(action.getRequest());
    }

    /** The query gets what is left of the timeout after its wait for admission. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long remaining = remainingMillis(action);
        if (remaining <= 0) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The query waited for its whole time limit; try again later");
        }
        QueryPolicy.deadline(action.getContext(), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(remaining));
        return QueryExecDatasetBuilder.create().query(query).dataset(dataset).context(action.getContext())
                .timeout(remaining, TimeUnit.MILLISECONDS).build();
    }

    /** As Fuseki does, but a CONSTRUCT or DESCRIBE keeps at most row-limit triples, and says so when it cut. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        try {
            return capped(action, exec, query, log);
        } catch (QueryPolicyException e) {
            ServletOps.errorBadRequest("Refused: " + e.getMessage());
            return null;
        }
    }

    private QueryExecResult capped(HttpAction action, QueryExec exec, Query query, String log) {
        if (query.isConstructType() || query.isDescribeType()) {
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describe().find();
            Graph graph = GraphFactory.createDefaultGraph();
            while (triples.hasNext()) {
                if (graph.size() >= rowLimit) {
                    action.setResponseHeader(CUT_HEADER, "true");
                    break;
                }
                graph.add(triples.next());
            }
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            return new QueryExecResult(graph);
        }
        return super.executeQuery(action, exec, query, log);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        MediaFormat.Kind kind = result.isGraph() ? MediaFormat.Kind.GRAPH : MediaFormat.Kind.RESULTS;
        AnswerFormat.Choice choice = AnswerFormat.choose(action.getRequest(), kind);
        write(action, choice.contentType(), out -> {
            if (result.isGraph()) {
                RDFDataMgr.write(out, result.graph(), choice.format().lang());
            } else if (result.isBoolean()) {
                ResultsWriter.create().lang(choice.format().lang()).write(out, result.booleanResult());
            } else if (choice.format() == MediaFormat.RESULTS_JSON) {
                JsonResults.write(out, result.rowSet(), action.getContext());
            } else {
                ResultsWriter.create().lang(choice.format().lang()).write(out, result.rowSet());
            }
        });
    }

    private void serviceDescription(HttpAction action) {
        HttpServletRequest request = action.getRequest();
        String endpoint = PublicOrigin.of(request) + request.getRequestURI();
        Graph sd = ServiceDescription.of(endpoint, PublicOrigin.datasetIri(), action.getDataset().getDefaultGraph().size(),
                rowLimit, federated);
        AnswerFormat.Choice choice = AnswerFormat.choose(request, MediaFormat.Kind.GRAPH);
        write(action, choice.contentType(), out -> RDFDataMgr.write(out, sd, choice.format().lang()));
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes an answer through a stream that stops at the deadline. A failure before the first byte went out
     * is still an error answer; after it, the exchange is aborted so that the client sees a broken response.
     */
    private void write(HttpAction action, String contentType, Body body) {
        HttpServletResponse response = action.getResponse();
        response.setStatus(HttpSC.OK_200);
        response.setContentType(contentType);
        try {
            OutputStream out = new DeadlineOutputStream(response.getOutputStream(),
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, remainingMillis(action))));
            body.writeTo(out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                if (e instanceof QueryCancelledException || e instanceof ActionErrorException) {
                    throw (RuntimeException) e;
                }
                if (e instanceof QueryPolicyException) {
                    ServletOps.errorBadRequest("Refused: " + e.getMessage());
                }
                ServletOps.errorBadRequest("The answer could not be written: " + Messages.shortOf(e));
            }
            Aborts.abort(action.getRequest(), e);
        }
    }
}
