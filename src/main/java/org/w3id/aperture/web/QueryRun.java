package org.w3id.aperture.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.aperture.guard.QueryGuards;

/**
 * Runs one query from the query page on the graph, under the same timeout as the SPARQL endpoint (the dataset's
 * context also keeps SERVICE off). Answers are built in memory, so a query that times out sends nothing partial.
 */
final class QueryRun {
    static final int MAX_QUERY_CHARS = 20_000;
    static final int MAX_HTML_ROWS = 1000;

    /** A table of results for the page: the variables, the first rows, and whether rows were left out. */
    public record Table(List<String> vars, List<List<ResourceView.Value>> rows, boolean truncated) {}

    private final Site site;
    private final Query query;

    QueryRun(Site site, String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new WebServlet.BadRequest("the query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        this.site = site;
        try {
            this.query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new WebServlet.BadRequest("the query does not parse: " + e.getMessage());
        }
        QueryGuards.refusal(query).ifPresent(problem -> {
            throw new WebServlet.BadRequest("refused: " + problem);
        });
        QueryGuards.capRows(query, site.rowLimit);
    }

    boolean isSelect() {
        return query.isSelectType();
    }

    boolean isAsk() {
        return query.isAskType();
    }

    private QueryExecution execution() {
        return QueryExecution.dataset(DatasetFactory.wrap(site.dataset)).query(query)
                .timeout(site.queryTimeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    Table table() {
        try (QueryExecution qe = execution()) {
            ResultSet results = qe.execSelect();
            List<List<ResourceView.Value>> rows = new ArrayList<>();
            while (results.hasNext() && rows.size() < MAX_HTML_ROWS) {
                var solution = results.next();
                rows.add(results.getResultVars().stream().map(v -> value(solution.get(v))).toList());
            }
            return new Table(results.getResultVars(), rows, results.hasNext());
        }
    }

    boolean ask() {
        try (QueryExecution qe = execution()) {
            return qe.execAsk();
        }
    }

    Graph graph() {
        try (QueryExecution qe = execution()) {
            return (query.isConstructType() ? qe.execConstruct() : qe.execDescribe()).getGraph();
        }
    }

    /** SELECT or ASK results in {@code csv}, {@code tsv}, {@code json} or {@code xml}. */
    byte[] results(String format) {
        Lang lang = switch (format) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            case "xml" -> ResultSetLang.RS_XML;
            default -> throw new WebServlet.BadRequest("format must be csv, tsv, json or xml for SELECT and ASK");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = execution()) {
            if (query.isAskType()) {
                ResultSetFormatter.output(out, qe.execAsk(), lang);
            } else {
                ResultSetFormatter.output(out, qe.execSelect(), lang);
            }
        }
        return out.toByteArray();
    }

    private ResourceView.Value value(RDFNode node) {
        if (node == null) {
            return new ResourceView.Value("", null, false, null);
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return new ResourceView.Value(iri, site.iris.href(iri), !site.view.local(iri), null);
        }
        if (node.isLiteral()) {
            return new ResourceView.Value(node.asLiteral().getLexicalForm(), null, false, null);
        }
        return new ResourceView.Value("_:" + node.asResource().getId(), null, false, null);
    }
}
