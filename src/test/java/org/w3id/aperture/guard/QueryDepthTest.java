package org.w3id.aperture.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Queries nested thousands of levels deep, which overflow Jena's stack when parsed, printed, compiled or
 * run: refused with a reason, never a StackOverflowError; and queries well inside the limit still run.
 */
class QueryDepthTest {
    private static final DatasetGraph GRAPH = PolicyRuns.graph(100, Limits.defaults());

    static String plusChain(int terms) {
        return "SELECT (1" + " + 1".repeat(terms - 1) + " AS ?x) {}";
    }

    static String andChain(int terms) {
        return "SELECT * { FILTER(true" + " && true".repeat(terms - 1) + ") }";
    }

    static String longPath(int steps) {
        return "SELECT * { ?s <urn:p/1>" + "/<urn:p/1>".repeat(steps - 1) + " ?o }";
    }

    static String nestedSubSelects(int levels) {
        String query = "SELECT ?s { ?s <urn:p/1> ?o }";
        for (int i = 0; i < levels; i++) {
            query = "SELECT ?s { { " + query + " } }";
        }
        return query;
    }

    static String bindChain(int binds) {
        StringBuilder query = new StringBuilder("SELECT ?v" + (binds - 1) + " { BIND(1 AS ?v0) ");
        IntStream.range(1, binds).forEach(i -> query.append("BIND(?v").append(i - 1).append(" AS ?v").append(i).append(") "));
        return query.append("}").toString();
    }

    static String nestedNotExists(int levels) {
        return "SELECT ?s { ?s <urn:p/1> ?o " + "FILTER NOT EXISTS { ?s <urn:p/2> ?o ".repeat(levels) + "}".repeat(levels) + " }";
    }

    static Stream<Arguments> deepQueries() {
        return Stream.of(
                Arguments.of("a + chain of 5000 terms", plusChain(5000)),
                Arguments.of("a && chain of 5000 terms", andChain(5000)),
                Arguments.of("a property path of 3000 steps", longPath(3000)),
                Arguments.of("an alternative path of 3000 branches", "SELECT * { ?s <urn:a>" + "|<urn:a>".repeat(2999) + " ?o }"),
                Arguments.of("500 nested sub-selects", nestedSubSelects(500)),
                Arguments.of("5000 BINDs", bindChain(5000)),
                Arguments.of("2000 OPTIONALs", "SELECT * { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o } ".repeat(2000) + "}"),
                Arguments.of("2000 UNIONs", "SELECT * { { ?s ?p ?o }" + " UNION { ?s ?p ?o }".repeat(2000) + " }"),
                Arguments.of("1300 nested groups", "SELECT * " + "{ ".repeat(1300) + "?s ?p ?o" + " }".repeat(1300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepQueries")
    void aDeepQueryIsRefusedWithAReason(String label, String query) {
        if (label.contains("nested groups")) {
            // refused when Jena's parser runs out of stack on them, else one flat, harmless pattern that runs
            try {
                QueryPolicy.parse(query);
                try (QueryExec exec = QueryExec.dataset(GRAPH).query(QueryFactory.create(query)).build()) {
                    exec.select().hasNext();
                }
            } catch (QueryPolicyException e) {
                assertTrue(e.getMessage().contains("nest"), e.getMessage());
            }
            return;
        }
        QueryPolicyException e = assertThrows(QueryPolicyException.class, () -> QueryPolicy.parse(query));
        assertTrue(e.getMessage().contains("nest"), e.getMessage());
    }

    /** What the endpoint does today: Jena parses, then {@link QueryGuards#refusal} decides. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deepQueries")
    void theRefusalOfAParsedDeepQueryNamesTheLimit(String label, String query) {
        try {
            java.util.Optional<String> reason = QueryGuards.refusal(QueryFactory.create(query));
            if (reason.isEmpty() && label.contains("nested groups")) {
                // when Jena's parser has stack enough for them, nested groups compile to one flat pattern: harmless
                try (QueryExec exec = QueryExec.dataset(GRAPH).query(QueryFactory.create(query)).build()) {
                    exec.select().hasNext();
                }
                return;
            }
            assertTrue(reason.orElseThrow().contains("nest"), reason.orElseThrow());
        } catch (StackOverflowError | QueryParseException e) {
            // Jena's own parser overflows on this one: QueryPolicy.parse is the way in for such input
            assertThrows(QueryPolicyException.class, () -> QueryPolicy.parse(query));
        }
    }

    /** A caller that skips the static check still cannot run one: the policy's engine checks again. */
    @Test
    void theEngineRefusesADeepQueryThatSkippedTheCheck() {
        for (String query : new String[] {andChain(3000), bindChain(3000), nestedSubSelects(400)}) {
            try (QueryExec exec = QueryExec.dataset(GRAPH).query(QueryFactory.create(query)).build()) {
                QueryPolicyException e = assertThrows(QueryPolicyException.class, () -> exec.select().hasNext());
                assertTrue(e.getMessage().contains("nest"), e.getMessage());
            }
        }
    }

    @Test
    void deeplyNestedParenthesesAreRefusedNotAnOverflow() {
        String query = "SELECT (" + "(".repeat(5000) + "1" + ")".repeat(5000) + " AS ?x) {}";
        QueryPolicyException e = assertThrows(QueryPolicyException.class, () -> QueryPolicy.parse(query));
        assertEquals(QueryGuards.TOO_DEEP, e.getMessage());
    }

    @Test
    void queriesWellInsideTheLimitRunAndAnswer() {
        assertEquals("150", value(plusChain(150), "x"));
        assertEquals("1", value(bindChain(150), "v149"));
        assertEquals(10, PolicyRuns.select(GRAPH, nestedSubSelects(60)).size());
        assertEquals(0, PolicyRuns.select(GRAPH, longPath(100)).size());
    }

    /**
     * Jena's constant folding rewrites each EXISTS again for each one around it, in time exponential in
     * their nesting (26 levels took 30 s); the policy optimises without it.
     */
    @Test
    void nestedExistsOptimiseInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(10, PolicyRuns.select(GRAPH, nestedNotExists(40)).size()));
    }

    private static String value(String query, String var) {
        return PolicyRuns.select(GRAPH, query).get(0).get(Var.alloc(var)).getLiteralLexicalForm();
    }
}
