package org.w3id.aperture.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * The SPARQL query service with guards: regular expressions that could run away are refused
 * ({@link RegexGuard}), and a query without LIMIT, or with a larger one, runs with LIMIT = the cap,
 * which the response states in {@link #LIMIT_HEADER} and {@link #CUT_HEADER}.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** Sent with every query response: the most solutions this endpoint returns. */
    static final String LIMIT_HEADER = "Aperture-Row-Limit";
    /** Sent as {@code true} when the query asked for more (or unlimited) and was capped: results may be cut. */
    static final String CUT_HEADER = "Aperture-Row-Limit-Applied";

    private final long rowLimit;

    GuardedQuery(long rowLimit) {
        this.rowLimit = rowLimit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        RegexGuard.check(query).ifPresent(problem -> ServletOps.errorBadRequest("Refused: " + problem));
        action.setResponseHeader(LIMIT_HEADER, Long.toString(rowLimit));
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > rowLimit)) {
            query.setLimit(rowLimit);
            action.setResponseHeader(CUT_HEADER, "true");
        }
    }
}
