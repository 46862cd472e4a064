package org.w3id.aperture.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/** ORDER BY and DISTINCT beyond the rows kept in memory give the answers they give in memory. */
class SpillToDiskTest {
    private static final String SORTED = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY DESC(?o)";
    private static final String DISTINCT = "SELECT DISTINCT ?p ?n WHERE { ?s ?p ?o BIND(STRLEN(?o) AS ?n) } ORDER BY ?p ?n";

    @Test
    void theInstalledPolicyBoundsTheRowsInMemory() {
        DatasetGraph dataset = PolicyRuns.graph(10, Limits.defaults());
        assertEquals(QueryPolicy.ROWS_IN_MEMORY, dataset.getContext().getLong(ARQ.spillToDiskThreshold, -1));
    }

    @Test
    void spilledSortsAndDistinctsGiveTheSameAnswers() {
        DatasetGraph inMemory = PolicyRuns.graph(5_000, Limits.defaults());
        DatasetGraph spilling = PolicyRuns.graph(5_000, Limits.defaults());
        spilling.getContext().set(ARQ.spillToDiskThreshold, 100L);
        for (String query : List.of(SORTED, DISTINCT)) {
            List<Binding> expected = PolicyRuns.select(inMemory, query);
            List<Binding> spilled = PolicyRuns.select(spilling, query);
            assertEquals(expected, spilled, query);
        }
        assertEquals(5_000, PolicyRuns.select(spilling, SORTED).size());
        assertEquals(40, PolicyRuns.select(spilling, DISTINCT).size());
    }
}
