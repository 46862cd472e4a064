package org.w3id.aperture.guard;

import org.apache.jena.query.QueryExecException;

/**
 * A query the policy refuses, or that failed in a way SPARQL has no error value for (a function that
 * crashed, a string over its limit). The message is short, names the function in SPARQL terms and is
 * safe to show to the client. Unlike Jena's {@code ExprEvalException} it is not an error value: it ends
 * the query instead of making a BIND unbound or a FILTER false.
 */
public final class QueryPolicyException extends QueryExecException {
    public QueryPolicyException(String message) {
        super(message);
    }
}
