package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.bench.QueryMix;

/** Which questions go to the cheap lane (the shapes only; timing is never tested). */
class QueryCostTest {
    private static final String P = "PREFIX ap: <https://w3id.org/aperture#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    private static boolean cheap(String query) {
        return QueryCost.cheap(QueryFactory.create(query));
    }

    @Test
    void aModelsCellsReachedFromTheModelAreCheapEvenOrdered() {
        assertTrue(cheap(QueryMix.lookup("https://w3id.org/aperture/model/llama-2")), "the benchmarks' lookup, with ORDER BY");
        assertTrue(cheap(P + "SELECT DISTINCT ?v { ?a ap:model <https://w3id.org/aperture/model/llama-2> ; ap:value ?l . ?l skos:notation ?v }"));
        assertTrue(cheap("DESCRIBE <https://w3id.org/aperture/model/llama-2>"));
    }

    @Test
    void patternsNotReachedFromAConstantAreHeavy() {
        assertFalse(cheap(P + "SELECT * { ?a ap:model <https://w3id.org/aperture/model/llama-2> . ?b ap:component ?c }"),
                "the second pattern shares no variable with the anchored one");
        assertFalse(cheap("SELECT * { ?a ?b ?c . ?c ?d ?e }"));
        assertFalse(cheap("SELECT * { ?s ?p ?o } ORDER BY ?o"));
    }

    @Test
    void groupingClosuresAndManyPatternsAreHeavy() {
        assertFalse(cheap(P + "SELECT (COUNT(?a) AS ?n) { ?a ap:model <https://w3id.org/aperture/model/llama-2> }"));
        assertFalse(cheap(P + "SELECT ?c { ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ap:Model }"));
        StringBuilder chain = new StringBuilder(P + "SELECT * { <https://w3id.org/aperture/model/llama-2> ap:p ?v0 . ");
        for (int i = 1; i <= QueryCost.MAX_CHEAP_PATTERNS; i++) {
            chain.append("?v").append(i - 1).append(" ap:p ?v").append(i).append(" . ");
        }
        assertFalse(cheap(chain.append('}').toString()), "more patterns than a small question has");
    }

    @Test
    void aCheapTextThatOnceRanLongGoesToTheHeavyLane() {
        QueryCost cost = new QueryCost(250);
        String text = "SELECT ?l { <https://w3id.org/aperture/model/gpt-4> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        assertEquals(Admission.Cost.CHEAP, cost.of(text, QueryFactory.create(text)));
        cost.ran(text, 251);
        assertEquals(Admission.Cost.HEAVY, cost.of(text, QueryFactory.create(text)));
    }
}
