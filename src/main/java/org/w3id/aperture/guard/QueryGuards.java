package org.w3id.aperture.guard;

import java.util.Optional;
import org.apache.jena.query.Query;

/** The checks every place that runs a visitor's query applies: the endpoint and the web query page. */
public final class QueryGuards {
    private QueryGuards() {}

    /** Why the query must not run on this server (see {@link RegexGuard}), or empty. */
    public static Optional<String> refusal(Query query) {
        return RegexGuard.check(query);
    }

    /**
     * Caps the query at {@code rowLimit} solutions when it has no LIMIT or a larger one.
     *
     * @return true if the cap was applied, so the answer may be cut
     */
    public static boolean capRows(Query query, long rowLimit) {
        if (query.isAskType() || query.hasLimit() && query.getLimit() <= rowLimit) {
            return false;
        }
        query.setLimit(rowLimit);
        return true;
    }
}
