package org.w3id.aperture.guard;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The query policy: installed on a dataset, every query run on it (whatever builds its execution) goes
 * through the policy's engine, which refuses what {@link QueryGuards} refuses and bounds evaluation (see
 * {@link PolicyTransform}); errors are {@link QueryPolicyException}s with messages fit for the client.
 */
public final class QueryPolicy {
    static final Symbol LIMITS = Symbol.create("https://w3id.org/aperture/guard#limits");
    /**
     * The most rows an ORDER BY or DISTINCT keeps in memory; beyond it Jena spills them to temporary files
     * (its data bags, deleted when the query ends), so a large sort costs disk for at most its time, not heap.
     */
    public static final long ROWS_IN_MEMORY = 100_000;

    static {
        QueryEngineRegistry.addFactory(PolicyEngine.FACTORY);
    }

    private QueryPolicy() {}

    /**
     * Puts the policy on {@code dataset}: its context carries {@code limits} and registries holding only the
     * allowed functions and property functions, and sorts and DISTINCTs spill to disk beyond
     * {@link #ROWS_IN_MEMORY} rows.
     */
    public static void install(DatasetGraph dataset, Limits limits) {
        Context context = dataset.getContext();
        context.set(LIMITS, limits);
        context.set(ARQ.spillToDiskThreshold, ROWS_IN_MEMORY);
        FunctionRegistry.set(context, AllowList.functions());
        PropertyFunctionRegistry.set(context, AllowList.propertyFunctions());
    }

    /** Sets the deadline of one execution, in {@link System#nanoTime()} terms, in that execution's context. */
    public static void deadline(Context context, long nanos) {
        context.set(Deadline.SYMBOL, nanos);
    }

    /**
     * Parses a visitor's query as the endpoint does (ARQ syntax) and applies {@link QueryGuards#refusal}.
     *
     * @throws QueryParseException if it does not parse
     * @throws QueryPolicyException if it is refused, nested too deeply to parse among other reasons
     */
    public static Query parse(String text) {
        return parse(text, null);
    }

    /** As {@link #parse(String)}, relative IRIs resolved against {@code base} (none when null). */
    public static Query parse(String text, String base) {
        Query query;
        try {
            query = QueryFactory.create(text, base, Syntax.syntaxARQ);
        } catch (StackOverflowError e) {
            throw new QueryPolicyException(QueryGuards.TOO_DEEP);
        } catch (QueryParseException e) {
            // Jena's parser reports its own stack overflow as a parse error without a message
            throw e.getCause() instanceof StackOverflowError ? new QueryPolicyException(QueryGuards.TOO_DEEP) : e;
        }
        QueryGuards.refusal(query).ifPresent(problem -> {
            throw new QueryPolicyException(problem);
        });
        return query;
    }

    static Limits limits(Context context) {
        return context == null ? null : context.get(LIMITS);
    }
}
