package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lane a query goes to, by its shape: lookups and DESCRIBEs are cheap, everything open-ended heavy. */
class QueryCostTest {
    private static final String P = "PREFIX ap: <https://w3id.org/aperture#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT ?c ?v { ?a ap:model <https://w3id.org/aperture/model/x> ; ap:component ?c ; ap:value/skos:notation ?v . OPTIONAL { ?a ap:note ?n } } | CHEAP",
            "DESCRIBE <https://w3id.org/aperture/model/x> | CHEAP",
            "ASK { <https://w3id.org/aperture/model/x> a ap:Model } | CHEAP",
            "SELECT * { ?s ?p ?o } | HEAVY",
            "SELECT * { <https://w3id.org/aperture/model/x> a ?t . ?a ?b ?c } | HEAVY",
            "SELECT * { ?a ap:model <https://w3id.org/aperture/model/x> } ORDER BY ?a | CHEAP",
            "SELECT * { ?a ?p ?o } ORDER BY ?a | HEAVY",
            "SELECT (COUNT(*) AS ?n) { ?a ap:model <https://w3id.org/aperture/model/x> } | HEAVY",
            "SELECT * { <https://w3id.org/aperture/model/x> ap:developer+ ?o } | HEAVY",
            "SELECT DISTINCT ?c { ?a ap:model <https://w3id.org/aperture/model/x> ; ap:component ?c } | CHEAP",
            "SELECT * { ?a ap:model <https://w3id.org/aperture/model/x> { SELECT ?b { ?b ?p ?o } } } | HEAVY",
            "DESCRIBE ?m { ?m a ap:Model } | HEAVY"})
    void shapesGoToTheirLane(String query, Admission.Cost cost) {
        assertEquals(cost == Admission.Cost.CHEAP, QueryCost.cheap(QueryFactory.create(P + query)), query);
    }

    @org.junit.jupiter.api.Test
    void aQueryThatRanLongGoesToTheHeavyLaneUntilItRunsQuicklyAgain() {
        QueryCost cost = new QueryCost(100);
        var query = QueryFactory.create(P + "ASK { <https://w3id.org/aperture/model/x> a ap:Model }");
        assertEquals(Admission.Cost.CHEAP, cost.of("q", query));
        cost.ran("q", 50);
        assertEquals(Admission.Cost.CHEAP, cost.of("q", query));
        cost.ran("q", 150);
        assertEquals(Admission.Cost.HEAVY, cost.of("q", query));
        cost.ran("q", 150);
        assertEquals(Admission.Cost.HEAVY, cost.of("q", query));
        cost.ran("q", 20);
        assertEquals(Admission.Cost.CHEAP, cost.of("q", query), "a first run on a cold server does not mark a lookup for good");
    }
}
