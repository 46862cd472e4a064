package org.w3id.aperture.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/** SELECT queries of the site's own, with the usual prefixes declared. */
final class GraphQueries {
    private static final String PROLOGUE = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX sssom: <https://w3id.org/sssom/>
            """;

    private final DatasetGraph dataset;
    private final String prologue;

    GraphQueries(DatasetGraph dataset, SiteIris iris) {
        this.dataset = dataset;
        this.prologue = PROLOGUE + "PREFIX ap: <" + iris.namespace() + ">\n";
    }

    List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(prologue + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
