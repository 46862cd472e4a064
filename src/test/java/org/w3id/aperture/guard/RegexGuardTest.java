package org.w3id.aperture.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexGuardTest {

    @ParameterizedTest(name = "{0} nests quantifiers: {1}")
    @CsvSource(delimiter = ';', textBlock = """
        (a+)+        ; true
        ^(a+)+$      ; true
        (a|b*)*      ; true
        (x{2,})+     ; true
        ((ab)+c)*    ; true
        (?:a+)+      ; true
        (a+){2,}     ; true
        ^(a+)$       ; false
        a+b+         ; false
        (ab)+        ; false
        [(+)]+       ; false
        \\(a+\\)+    ; false
        ^llama.*$    ; false
        """)
    void nestedQuantifiersAreFound(String pattern, boolean nested) {
        assertEquals(nested, RegexGuard.nestsQuantifiers(pattern));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        SELECT * { ?s ?p ?o FILTER(regex(str(?o), "^(a+)+$")) }                       | nests quantifiers
        SELECT (replace(str(?o), "(x*)*", "") AS ?r) { ?s ?p ?o }                    | nests quantifiers
        SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?q ?v FILTER regex(?v, "(b+)*c") } } | nests quantifiers
        SELECT * { ?s ?p ?o ; ?q ?pat FILTER(regex(str(?o), str(?pat))) }           | must be a constant
        SELECT (GROUP_CONCAT(REPLACE(?o, "(a+)+", "")) AS ?g) { ?s ?p ?o }           | nests quantifiers
        SELECT * { ?s ?p ?o } ORDER BY REGEX(?o, "(a*)*")                             | nests quantifiers
        PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * { ?s ?p ?o FILTER(fn:matches(str(?o), "(a+)*$")) } | nests quantifiers
        PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (fn:replace(str(?o), str(?p), "") AS ?r) { ?s ?p ?o } | must be a constant
        """)
    void riskyPatternsAreRefused(String query, String reason) {
        assertTrue(QueryGuards.refusal(QueryFactory.create(query)).orElse("").contains(reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        SELECT * { ?s ?p ?o FILTER(regex(str(?o), "^llama", "i")) }
        SELECT * { ?s ?p ?o }
        """)
    void safePatternsPass(String query) {
        assertTrue(QueryGuards.refusal(QueryFactory.create(query)).isEmpty());
    }
}
