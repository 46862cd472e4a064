package org.w3id.aperture.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attacks that ran past the timeout or filled the heap: each ends at its deadline or at its limit. The
 * time bounds are behavioural (the deadline plus a second), not benchmarks; the memory cases would need far
 * more than any test heap without their bound (a CONCAT doubled 40 times is 2^40 characters).
 */
class BoundedEvaluationTest {
    private static final DatasetGraph GRAPH = PolicyRuns.graph(1000, Limits.defaults());
    private static final Duration DEADLINE = Duration.ofMillis(500);
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** 5000 a's and no c: a chain of .* backtracks through about n^5 positions before it gives up. */
    private static final String TEXT = "\"" + "a".repeat(5000) + "\"";
    private static final String CHAINED = "a.*.*.*.*.*c";
    private static final int LIMIT = Limits.defaults().maxStringLength();

    /** Loads and compiles the classes involved first, so that the time bounds measure the bounds. */
    @BeforeAll
    static void warmUp() {
        PolicyRuns.selectWithDeadline(GRAPH, "SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"a.*.*c\")) } ORDER BY SHA512(?o)", DEADLINE);
    }

    /** BINDs ?v0 = "x", ?v1 = ?v0 ?v0, ... ?vN: a string of 2^N characters. */
    private static String doubling(String seed, int times) {
        return "BIND(\"" + seed + "\" AS ?v0) " + IntStream.rangeClosed(1, times)
                .mapToObj(i -> "BIND(CONCAT(?v" + (i - 1) + ", ?v" + (i - 1) + ") AS ?v" + i + ")").collect(Collectors.joining(" "));
    }

    /** TEXT and PATTERN stand for {@link #TEXT} and {@link #CHAINED}. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT * { FILTER(REGEX(TEXT, PATTERN)) }",
        "SELECT * { FILTER(fn:matches(TEXT, PATTERN)) }",
        "SELECT ?r { BIND(REPLACE(TEXT, PATTERN, \"\") AS ?r) }",
        "SELECT ?r { BIND(fn:replace(TEXT, PATTERN, \"\") AS ?r) }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { BIND(TEXT AS ?t) FILTER(REGEX(?t, PATTERN)) } }"})
    void aChainedWildcardPatternEndsAtTheDeadline(String query) {
        String attack = query.replace("TEXT", TEXT).replace("PATTERN", "\"" + CHAINED + "\"");
        assertEndsAtTheDeadline(() -> PolicyRuns.selectWithDeadline(GRAPH, attack, DEADLINE));
    }

    @Test
    void jenasOwnTimeoutStopsThePatternToo() {
        assertEndsAtTheDeadline(() -> PolicyRuns.selectWithTimeout(GRAPH, "SELECT * { FILTER(REGEX(" + TEXT + ", \"" + CHAINED + "\")) }", DEADLINE));
    }

    /** Jena sorts in memory once the rows are in and never looks at its timeout meanwhile. */
    @Test
    void aLongSortEndsAtTheDeadline() {
        String values = IntStream.rangeClosed(1, 600).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        String query = "SELECT ?x ?y { VALUES ?x { " + values + " } VALUES ?y { " + values.substring(0, values.indexOf(" 501")) + " } }"
                + " ORDER BY SHA512(CONCAT(STR(?x), \"-\", STR(?y)))";
        assertEndsAtTheDeadline(() -> PolicyRuns.selectWithDeadline(GRAPH, query, DEADLINE));
    }

    /** The policy's deadline also sets Jena's cancel signal, so a plain join stops at it without a Jena timeout. */
    @Test
    void thePolicyDeadlineStopsAJoin() {
        assertEndsAtTheDeadline(() -> PolicyRuns.selectWithDeadline(GRAPH, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", DEADLINE));
    }

    @Test
    void anExecutionWithoutADeadlineGetsTheMaximumRunTime() {
        Limits limits = Limits.defaults();
        DatasetGraph graph = PolicyRuns.graph(1000, new Limits(limits.maxDepth(), limits.maxStringLength(), limits.maxGroupConcatLength(),
                limits.maxDigits(), limits.maxFormatWidth(), DEADLINE));
        assertEndsAtTheDeadline(() -> PolicyRuns.select(graph, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
    }

    @Test
    void aHugePowerIsRefusedAtOnce() {
        long start = System.nanoTime();
        QueryPolicyException e = assertThrows(QueryPolicyException.class,
                () -> PolicyRuns.select(GRAPH, "SELECT ?x { BIND(math:pow(10, 100000000) AS ?x) }"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(GRACE) < 0);
        assertEquals("math:pow would build a number of more than 10000 digits", e.getMessage());
        assertEquals(9031, value("SELECT ?x { BIND(math:pow(2, 30000) AS ?x) }").length(), "2^30000 has 9031 digits and is allowed");
    }

    @Test
    void numbersThatOutgrowTheDigitLimitEndTheQuery() {
        QueryPolicyException e = assertThrows(QueryPolicyException.class,
                () -> PolicyRuns.select(GRAPH, "SELECT ?y { BIND(math:pow(2, 30000) AS ?x) BIND(?x * ?x AS ?y) }"));
        assertEquals("operator * would build a number of more than 10000 digits", e.getMessage());
        assertThrows(QueryPolicyException.class, () -> PolicyRuns.select(GRAPH, "SELECT ?x { BIND(math:exp10(1000000) AS ?x) }"));
    }

    /** Java reads a numeral of a million digits in most of a minute; casts and STRDT refuse such text. */
    @ParameterizedTest
    @ValueSource(strings = {"xsd:integer(?v20)", "xsd:decimal(?v20)", "STRDT(?v20, xsd:integer)"})
    void aMillionDigitNumeralIsNotRead(String call) {
        long start = System.nanoTime();
        QueryPolicyException e = assertThrows(QueryPolicyException.class,
                () -> PolicyRuns.select(GRAPH, "SELECT ?n { " + doubling("7", 20) + " BIND(" + call + " AS ?n) }"));
        assertTrue(e.getMessage().endsWith("refused: a text of length 1048576 is over the limit of 10000"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(GRACE.multipliedBy(5)) < 0);
    }

    @Test
    void concatDoublingThroughBindsStopsAtTheLimit() {
        QueryPolicyException e = assertThrows(QueryPolicyException.class,
                () -> PolicyRuns.select(GRAPH, "SELECT (STRLEN(?v40) AS ?n) { " + doubling("x", 40) + " }"));
        assertEquals("CONCAT would build a string longer than the limit of " + LIMIT + " characters", e.getMessage());
        assertEquals(Integer.toString(LIMIT), value("SELECT (STRLEN(?v20) AS ?x) { " + doubling("x", 20) + " }"), "2^20 is at the limit");
    }

    @Test
    void groupConcatOverACrossProductStopsAtTheLimit() {
        for (String aggregate : List.of("GROUP_CONCAT(?v19)", "GROUP_CONCAT(DISTINCT CONCAT(?v19, STR(?c)); separator=\";\")")) {
            QueryPolicyException e = assertThrows(QueryPolicyException.class, () -> PolicyRuns.select(GRAPH,
                    "SELECT (" + aggregate + " AS ?g) { " + doubling("x", 19) + " ?a ?b ?c . ?d ?e ?f }"));
            assertEquals("GROUP_CONCAT would build a string longer than the limit of " + LIMIT + " characters", e.getMessage());
        }
    }

    @Test
    void replaceStopsAsItsResultPassesTheLimit() {
        QueryPolicyException e = assertThrows(QueryPolicyException.class,
                () -> PolicyRuns.select(GRAPH, "SELECT ?r { " + doubling("a", 19) + " BIND(REPLACE(?v19, \"a\", \"" + "b".repeat(1000) + "\") AS ?r) }"));
        assertEquals("REPLACE would build a string longer than the limit of " + LIMIT + " characters", e.getMessage());
    }

    @Test
    void groupConcatKeepsItsSeparatorsAndDistinct() {
        String query = "SELECT ?k (GROUP_CONCAT(?v) AS ?all) (GROUP_CONCAT(DISTINCT ?v; separator=\"|\") AS ?distinct) "
                + "{ VALUES (?k ?v) { (1 \"a\") (1 \"b\") (1 \"a\") (2 \"c\") } } GROUP BY ?k ORDER BY ?k";
        List<Binding> rows = PolicyRuns.select(GRAPH, query);
        assertEquals(List.of("a b a", "c"), rows.stream().map(r -> r.get(Var.alloc("all")).getLiteralLexicalForm()).toList());
        assertEquals(List.of("a|b", "c"), rows.stream().map(r -> r.get(Var.alloc("distinct")).getLiteralLexicalForm()).toList());
        assertEquals("", value("SELECT (GROUP_CONCAT(?o) AS ?x) { ?s <urn:nothing> ?o }"), "an empty group concatenates to \"\"");
    }

    private static String value(String query) {
        return PolicyRuns.select(GRAPH, query).get(0).get(Var.alloc("x")).getLiteralLexicalForm();
    }

    /** Cancelled no earlier than the deadline (it really ran until then) and no later than a second after it. */
    private static void assertEndsAtTheDeadline(Runnable run) {
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(QueryCancelledException.class, run::run));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("cancelled after " + took.toMillis() + " ms");
        assertTrue(took.compareTo(DEADLINE.minusMillis(100)) >= 0, "ended before the deadline: " + took);
        assertTrue(took.compareTo(DEADLINE.plus(GRACE)) <= 0, "ended after the deadline + 1 s: " + took);
    }
}
