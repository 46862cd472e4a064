package org.w3id.aperture.web.core;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.vocab.Prefixes;

/** SELECT queries of the site's own, with the usual prefixes declared. */
public final class GraphQueries {

    private static final String PROLOGUE = Prefixes.sparql();

    private final DatasetGraph dataset;

    public GraphQueries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(PROLOGUE + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
