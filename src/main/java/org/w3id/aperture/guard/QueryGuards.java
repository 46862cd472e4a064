package org.w3id.aperture.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;

/**
 * The checks every place that runs a visitor's query applies before it runs it (the endpoint and the web
 * query page): its depth ({@link AlgebraWalk}), the functions it calls ({@link AllowList}) and its regular
 * expressions ({@link RegexGuard}). The policy's engine applies them again to whatever it runs.
 */
public final class QueryGuards {
    static final String TOO_DEEP = "the query is nested too deeply for this server";

    private QueryGuards() {}

    /** Why the query must not run on this server (under the default {@link Limits}), or empty. */
    public static Optional<String> refusal(Query query) {
        Op op;
        try {
            op = Algebra.compile(query);
        } catch (StackOverflowError e) {
            return Optional.of(TOO_DEEP);
        }
        return refusal(op, Limits.defaults());
    }

    /** Why the algebra expression must not run under {@code limits}, or empty. */
    static Optional<String> refusal(Op op, Limits limits) {
        List<String> problems = new ArrayList<>();
        int depth = AlgebraWalk.walk(op, limits.maxDepth(), node -> {
            AllowList.problem(node).ifPresent(problems::add);
            RegexGuard.problem(node).ifPresent(problems::add);
        });
        if (depth > limits.maxDepth()) {
            return Optional.of("the query nests operators, expressions or property paths more than " + limits.maxDepth()
                    + " levels deep (a long chain of + or &&, a long path, many BINDs or OPTIONALs, nested sub-queries)");
        }
        return problems.stream().findFirst();
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
