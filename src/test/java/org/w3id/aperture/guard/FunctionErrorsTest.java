package org.w3id.aperture.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Function calls that crash inside Jena (and answered 500 with the Java message) end the query with a
 * {@link QueryPolicyException} naming the function in SPARQL terms; SPARQL's own error values still make
 * a BIND unbound; functions outside Jena's standard libraries are refused before the query runs.
 */
class FunctionErrorsTest {
    private static final DatasetGraph GRAPH = PolicyRuns.graph(10, Limits.defaults());
    private static final DatasetGraph GRAPH_WITH_NAMED = withNamedGraph();
    private static final Pattern JAVA = Pattern.compile("java\\.|Exception|\\b[a-z]+\\.[a-z]+\\.[A-Z]");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        decimal division by zero         | BIND(1.0 / 0.0 AS ?x)                               | operator / failed: division by zero
        REPLACE with a missing group     | BIND(REPLACE("abc", "b", "$9") AS ?x)                | REPLACE failed: no group 9 in the pattern
        REPLACE with a trailing \\       | BIND(REPLACE("abc", "b", "x\\\\") AS ?x)             | REPLACE failed: the replacement ends with a backslash
        fn:replace with a missing group  | BIND(fn:replace("abc", "b", "$2") AS ?x)             | fn:replace failed: no group 2 in the pattern
        STRLANG with a bad tag           | BIND(STRLANG("a", "not a tag!") AS ?x)               | STRLANG failed: the language tag is not valid
        fn:format-number, bad picture    | BIND(fn:format-number(1, "#,##0.0.0") AS ?x)         | fn:format-number failed: multiple decimal separators
        afn:sprintf with a wrong type    | BIND(afn:sprintf("%d", "text") AS ?x)                | afn:sprintf failed: %d does not fit a value of type string
        afn:sprintf, unknown conversion  | BIND(afn:sprintf("%q", 1) AS ?x)                     | afn:sprintf failed: unknown conversion %q
        afn:sprintf, a value missing     | BIND(afn:sprintf("%s and %s", 1) AS ?x)              | afn:sprintf failed: no value for %s
        afn:sprintf with a huge width    | BIND(afn:sprintf("%999999999s", "a") AS ?x)          | afn:sprintf refused: the width or precision 999999999 is over the limit of 1000
        afn:sprintf with a huge precision| BIND(afn:sprintf("%.99999999f", 1.5) AS ?x)          | afn:sprintf refused: the width or precision 99999999 is over the limit of 1000
        rounding to a huge precision     | BIND(fn:round-half-to-even(1.5, 1000000000) AS ?x)   | fn:round-half-to-even refused: precision 1000000000 is over the limit of 10000
        """)
    void aCrashingCallIsNamedWithoutJava(String label, String bind, String message) {
        QueryPolicyException e = assertThrows(QueryPolicyException.class, () -> PolicyRuns.select(GRAPH, "SELECT ?x { " + bind + " }"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(JAVA.matcher(e.getMessage()).find(), e.getMessage());
    }

    /** ZERO stands for a decimal division by zero: wherever an expression can stand, it is guarded. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        FILTER                | SELECT * { ?s ?p ?o FILTER(ZERO > 0) }
        BIND                  | SELECT * { ?s ?p ?o BIND(ZERO AS ?x) }
        a SELECT expression   | SELECT (ZERO AS ?x) { ?s ?p ?o }
        a GROUP BY key        | SELECT ?k { ?s ?p ?o } GROUP BY (ZERO AS ?k)
        HAVING                | SELECT ?p { ?s ?p ?o } GROUP BY ?p HAVING (ZERO > 0)
        an aggregate          | SELECT (SUM(ZERO) AS ?n) { ?s ?p ?o }
        ORDER BY              | SELECT * { ?s ?p ?o } ORDER BY (ZERO)
        ORDER BY with LIMIT   | SELECT * { ?s ?p ?o } ORDER BY (ZERO) LIMIT 3
        OPTIONAL's FILTER     | SELECT * { ?s ?p ?o OPTIONAL { ?s ?q ?v FILTER(ZERO > 0) } }
        EXISTS                | SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?q ?v FILTER(ZERO > 0) } }
        MINUS                 | SELECT * { ?s ?p ?o MINUS { ?s ?q ?v FILTER(ZERO > 0) } }
        a sub-select          | SELECT * { { SELECT ?s (ZERO AS ?x) { ?s ?p ?o } } }
        GRAPH                 | SELECT * { GRAPH ?g { ?s ?p ?o FILTER(ZERO > 0) } } 
        """)
    void everyPlaceAnExpressionStandsIsGuarded(String label, String query) {
        QueryPolicyException e = assertThrows(QueryPolicyException.class, () -> PolicyRuns.select(GRAPH_WITH_NAMED, query.replace("ZERO", "1.0 / 0.0")));
        assertEquals("operator / failed: division by zero", e.getMessage());
    }

    /** Without the policy these are the 500s: each call throws a Java exception straight out of Jena. */
    @Test
    void withoutThePolicyTheSameCallsCrash() {
        DatasetGraph plain = DatasetGraphFactory.create();
        for (String bind : List.of("BIND(1.0 / 0.0 AS ?x)", "BIND(afn:sprintf(\"%d\", \"text\") AS ?x)",
                "BIND(fn:format-number(1, \"#,##0.0.0\") AS ?x)")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> PolicyRuns.select(plain, "SELECT ?x { " + bind + " }"));
            assertTrue(e.getClass().getName().startsWith("java."), e.getClass().getName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        integer division by zero  | BIND(1 / 0 AS ?x)
        a bad cast                | BIND(xsd:integer("ten") AS ?x)
        a bad regular expression  | BIND(fn:matches("a", "[") AS ?x)
        REGEX on a number         | BIND(REGEX(1, "1") AS ?x)
        an empty language tag     | BIND(STRLANG("a", "") AS ?x)
        """)
    void sparqlErrorValuesStillLeaveTheVariableUnbound(String label, String bind) {
        List<Binding> rows = PolicyRuns.select(GRAPH, "SELECT ?x { " + bind + " }");
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).contains(Var.alloc("x")), rows.toString());
    }

    @Test
    void anErrorValueInAFilterRejectsTheRowAsBefore() {
        assertEquals(0, PolicyRuns.select(GRAPH, "SELECT * { ?s ?p ?o FILTER(xsd:integer(?o) > 0) }").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a Java class by name        | BIND(<java:org.apache.jena.sparql.function.library.sha1sum>("a") AS ?x) | the function <java:org.apache.jena.sparql.function.library.sha1sum> is not allowed
        an unknown IRI              | BIND(<http://example.org/f>(1) AS ?x)                                | the function <http://example.org/f> is not allowed
        afn:wait                    | BIND(afn:wait(100000) AS ?x)                                         | the function afn:wait is not allowed
        fn:apply                    | BIND(fn:apply(fn:concat, "a", "b") AS ?x)                            | the function fn:apply is not allowed
        a script                    | BIND(<http://jena.apache.org/ARQ/jsFunction#f>(1) AS ?x)             | the function <http://jena.apache.org/ARQ/jsFunction#f> is not allowed
        the sparql: namespace       | BIND(<http://www.w3.org/ns/sparql#regex>("a", "a") AS ?x)            | the function <http://www.w3.org/ns/sparql#regex> is not allowed
        CALL                        | BIND(CALL(fn:concat, "a", "b") AS ?x)                                | CALL is not allowed
        apf:strSplit (a bad regex)  | ?x apf:strSplit ("a,b" "[")                                          | the property function apf:strSplit is not allowed
        a property function class   | ?x <java:org.apache.jena.sparql.pfunction.library.concat> ("a" "b")  | the property function <java:org.apache.jena.sparql.pfunction.library.concat> is not allowed
        FOLD                        | { SELECT (FOLD(?o) AS ?x) { ?s ?p ?o } }                              | FOLD is not allowed
        """)
    void callsOutsideTheAllowListAreRefusedBeforeRunning(String label, String pattern, String message) {
        String query = PolicyRuns.PREFIXES + "SELECT ?x { " + pattern + " }";
        QueryPolicyException refused = assertThrows(QueryPolicyException.class, () -> QueryPolicy.parse(query));
        assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
        try (QueryExec exec = QueryExec.dataset(GRAPH).query(QueryFactory.create(query)).build()) {
            QueryPolicyException atRun = assertThrows(QueryPolicyException.class, () -> exec.select().hasNext());
            assertEquals(refused.getMessage(), atRun.getMessage(), "the engine refuses what the check refuses");
        }
    }

    @Test
    void theStandardLibrariesStayAvailable() {
        Binding row = PolicyRuns.select(GRAPH, """
                SELECT ?a ?b ?c ?d ?e ?f ?g ?h {
                  BIND(fn:upper-case("x") AS ?a) BIND(math:sqrt(16) AS ?b) BIND(xsd:integer("7") AS ?c)
                  BIND(afn:localname(<http://example.org/n#local>) AS ?d) BIND(afn:sprintf("%03d", 7) AS ?e)
                  BIND(fn:format-number(1234.5, "#,##0.00") AS ?f) BIND(math:pow(2, 10) AS ?g) BIND(afn:strjoin("-", "a", "b") AS ?h)
                }""").get(0);
        assertEquals(List.of("X", "4.0e0", "7", "local", "007", "1,234.50", "1024", "a-b"),
                List.of("a", "b", "c", "d", "e", "f", "g", "h").stream().map(v -> row.get(Var.alloc(v)).getLiteralLexicalForm()).toList());
        DatasetGraph lists = DatasetGraphFactory.wrap(RDFParser.fromString("<http://example.org/a> <http://example.org/b> (1 2 3) .", Lang.TURTLE).toGraph());
        QueryPolicy.install(lists, Limits.defaults());
        assertEquals(3, PolicyRuns.select(lists, "SELECT ?m { <http://example.org/a> <http://example.org/b> ?list . ?list list:member ?m }").size());
    }

    private static DatasetGraph withNamedGraph() {
        DatasetGraph dataset = DatasetGraphFactory.create(PolicyRuns.graph(10, Limits.defaults()).getDefaultGraph());
        dataset.addGraph(NodeFactory.createURI("http://example.org/g"), PolicyRuns.graph(10, Limits.defaults()).getDefaultGraph());
        QueryPolicy.install(dataset, Limits.defaults());
        return dataset;
    }
}
