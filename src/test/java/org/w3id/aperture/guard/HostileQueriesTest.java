package org.w3id.aperture.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/**
 * A seeded stream of hostile queries (mutations of the attack classes: regular expressions, big numbers,
 * formats, string doubling, aggregates, deep nesting, disallowed calls) taken the way the endpoint takes
 * them: {@link QueryPolicy#parse}, then execution under a short timeout. Each must end in an answer, a
 * parse error or refusal (400), a {@link QueryPolicyException} (400) or the timeout; nothing else, which
 * the endpoint would answer with 500. Set -Daperture.fuzz.seed to explore.
 */
class HostileQueriesTest {
    private static final long SEED = Long.getLong("aperture.fuzz.seed", 20261202L);
    private static final int QUERIES = 1500;
    private static final long TIMEOUT_MILLIS = 200;
    private static final List<String> SEEDS = List.of(
            "SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"^v.*.*.*1$\", \"i\")) } LIMIT 10",
            "SELECT (REPLACE(?o, \"(v)(a)\", \"$2$1\") AS ?r) { ?s ?p ?o }",
            "SELECT ?x { BIND(fn:matches(\"abc\", \"b+\") AS ?x) }",
            "SELECT ?x { BIND(math:pow(7, 2000) AS ?x) }",
            "SELECT ?x { BIND(afn:sprintf(\"%08.3f|%s|%d\", 3.14, \"a\", 7) AS ?x) }",
            "SELECT ?x { BIND(fn:format-number(1234.5678, \"#,##0.00\") AS ?x) }",
            "SELECT ?x { BIND(\"ab\" AS ?a) BIND(CONCAT(?a, ?a) AS ?b) BIND(CONCAT(?b, ?b, ?b) AS ?x) }",
            "SELECT ?p (GROUP_CONCAT(DISTINCT ?o; separator=\", \") AS ?g) (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p",
            "SELECT ?x { BIND(STRLANG(\"a\", \"en-GB\") AS ?x) BIND(STRDT(\"12\", xsd:integer) AS ?y) }",
            "SELECT ?x { BIND(1.5 / 0.5 AS ?x) BIND(xsd:decimal(\"2.5\") * 4 AS ?y) BIND(fn:round-half-to-even(2.345, 2) AS ?z) }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?s <urn:p/3> ?o FILTER EXISTS { ?s ?p \"value 3\" } } } ORDER BY DESC(?o) LIMIT 5",
            "SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 3 } UNION { ?s <urn:p/1>/<urn:p/2>* ?o } }",
            "SELECT ?x { BIND(afn:localname(<http://example.org/a#b>) AS ?x) ?s rdfs:member ?m }",
            "ASK { ?s ?p ?o FILTER(STRLEN(SHA256(STR(?o))) = 64) }");
    private static final List<String> TOKENS = List.of("(", ")", "{", "}", "?o", "?x", "\"", "*", "+", "/", "|", "$9", "\\\\",
            "9999999999", "-1", "1.0/0.0", "%999999999s", "%d", "(a+)+", ".*", "[", "en-GB!", "<java:x.Y>", "afn:wait(9)",
            "fn:apply", "apf:strSplit", "CONCAT(?x,?x)", "GROUP_CONCAT(", "math:pow(10,", "xsd:integer(", "STRLANG(", "BIND(",
            "FILTER(", "EXISTS {", "SELECT * {", "OPTIONAL {", "UNION", "&&", "REGEX(", "REPLACE(", "\u0000", "\uFFFF");

    private final Random random = new Random(SEED);

    @Test
    void everyHostileQueryEndsAsTheEndpointCanAnswer() {
        DatasetGraph graph = PolicyRuns.graph(200, Limits.defaults());
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String text = PolicyRuns.PREFIXES + next();
            String outcome;
            try {
                outcome = run(graph, text);
            } catch (Throwable e) {
                outcome = "failed";
                failures.add("query " + i + " (seed " + SEED + "): " + e + " for " + text.substring(PolicyRuns.PREFIXES.length()));
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("seed " + SEED + ", " + QUERIES + " queries: " + outcomes);
        assertTrue(failures.isEmpty(), failures.size() + " queries ended otherwise, first: " + failures.stream().limit(3).toList());
        assertEquals(QUERIES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(outcomes.getOrDefault("answered", 0) > QUERIES / 10, "the stream is not all noise: " + outcomes);
    }

    private static String run(DatasetGraph graph, String text) {
        Query query;
        try {
            query = QueryPolicy.parse(text);
        } catch (QueryPolicyException e) {
            return "refused";
        } catch (QueryException e) {
            return "parse error";
        }
        try (QueryExec exec = QueryExec.dataset(graph).query(query).timeout(TIMEOUT_MILLIS).build()) {
            if (query.isAskType()) {
                exec.ask();
            } else if (query.isSelectType()) {
                exec.select().forEachRemaining(row -> row.forEach((var, node) -> node.toString()));
            } else {
                exec.construct().size();
            }
            return "answered";
        } catch (QueryPolicyException e) {
            return "policy error";
        } catch (QueryCancelledException e) {
            return "timeout";
        }
    }

    private String next() {
        String seed = SEEDS.get(random.nextInt(SEEDS.size()));
        return random.nextInt(5) == 0 ? seed : mutate(seed);
    }

    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 2 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(30))).repeat(1 + random.nextInt(300)));
                default -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return s.toString();
    }
}
