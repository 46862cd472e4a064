package org.w3id.aperture.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.web.HttpSC;
import org.w3id.aperture.guard.QueryGuards;

/**
 * The SPARQL query service with guards: regular expressions that could run away are refused
 * ({@link QueryGuards}), and a query without LIMIT, or with a larger one, runs with LIMIT = the cap,
 * which the response states in {@link #LIMIT_HEADER} and {@link #CUT_HEADER}; the timeout counts
 * from the request's arrival, queue included.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** Sent with every query response: the most solutions this endpoint returns. */
    static final String LIMIT_HEADER = "Aperture-Row-Limit";
    /** Sent as {@code true} when the query asked for more (or unlimited) and was capped: results may be cut. */
    static final String CUT_HEADER = "Aperture-Row-Limit-Applied";

    private final long rowLimit;
    private final long timeoutMillis;

    GuardedQuery(long rowLimit, long timeoutMillis) {
        this.rowLimit = rowLimit;
        this.timeoutMillis = timeoutMillis;
    }

    /** The query gets what is left of the timeout after its wait in the admission queue. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long remaining = timeoutMillis - ArrivalStamp.millisSinceArrival(action.getRequest());
        if (remaining <= 0) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The query waited for its whole time limit; try again later");
        }
        return QueryExecDatasetBuilder.create().query(query).dataset(dataset).context(action.getContext())
                .timeout(remaining, TimeUnit.MILLISECONDS).build();
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        QueryGuards.refusal(query).ifPresent(problem -> ServletOps.errorBadRequest("Refused: " + problem));
        action.setResponseHeader(LIMIT_HEADER, Long.toString(rowLimit));
        if (QueryGuards.capRows(query, rowLimit)) {
            action.setResponseHeader(CUT_HEADER, "true");
        }
    }
}
