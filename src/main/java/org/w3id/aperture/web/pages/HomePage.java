package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.server.ApertureServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.SiteIris;

/**
 * The home page: the questions people come with, a preview of the matrix, the paper's observations as the data
 * checks them, the research questions, and links to the rest (the classes of the graph with their sizes).
 */
public final class HomePage {
    /** A class of the ontology with how many resources it has: one link of the index. */
    public record Section(Link type, int count) {}

    /** One of the paper's observations and what the data says of it ({@code holds} is null when not checkable). */
    public record Finding(Link claim, String support, String evidence, Boolean holds) {}

    static final String FINDINGS_QUERY = "paper-observations-checked";
    private static final int PREVIEW_ROWS = 8;
    private final Graph graph;
    private final SiteIris iris;
    private final Matrix matrix;
    private final NamedQueries queries;
    private final List<Section> sections;
    private final List<Finding> findings;
    private final List<Matrix.Row> preview;

    public HomePage(DatasetGraph dataset, SiteIris iris, Labels labels, Matrix matrix, NamedQueries queries) {
        this.graph = dataset.getDefaultGraph();
        this.iris = iris;
        this.matrix = matrix;
        this.queries = queries;
        this.sections = sections(dataset, labels);
        this.findings = findings(dataset, queries);
        this.preview = matrix.rows().stream()
                .sorted(Comparator.comparingDouble((Matrix.Row r) -> r.share() == null ? -1 : r.share())
                        .thenComparingInt(Matrix.Row::fullyOpen).reversed())
                .limit(PREVIEW_ROWS).toList();
    }

    public Map<String, Object> model(String origin) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sections", sections);
        model.put("findings", findings);
        model.put("findingsQuery", FINDINGS_QUERY);
        model.put("preview", preview);
        model.put("triples", graph.size());
        model.put("models", matrix.rows().size());
        model.put("components", matrix.components().size());
        model.put("sparql", origin + ApertureServer.DATASET + "/sparql");
        model.put("ontology", iris.ontology());
        model.put("queries", queries.all());
        return model;
    }

    /** The ontology's own classes that have instances, by label. */
    private static List<Section> sections(DatasetGraph dataset, Labels labels) {
        GraphQueries q = new GraphQueries(dataset);
        List<Section> sections = new ArrayList<>();
        for (QuerySolution s : q.select("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(ap:))) "
                + "FILTER(isIRI(?x)) } GROUP BY ?c")) {
            String type = s.getResource("c").getURI();
            sections.add(new Section(new Link(type, labels.of(type)), s.getLiteral("n").getInt()));
        }
        sections.sort(Comparator.comparing(x -> x.type().label().toLowerCase(java.util.Locale.ROOT)));
        return List.copyOf(sections);
    }

    /** The answer of the named query that checks the paper's observations, read once; none when the gallery lacks it. */
    private static List<Finding> findings(DatasetGraph dataset, NamedQueries queries) {
        List<Finding> findings = new ArrayList<>();
        queries.get(FINDINGS_QUERY).ifPresent(named -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(named.query()).build()) {
                qe.execSelect().forEachRemaining(s -> findings.add(new Finding(
                        new Link(s.getResource("claim").getURI(), s.getLiteral("claimLabel").getString()),
                        s.contains("support") ? s.getLiteral("support").getString() : "",
                        s.contains("evidence") ? s.getLiteral("evidence").getString() : "",
                        s.contains("holds") ? s.getLiteral("holds").getBoolean() : null)));
            }
        });
        return List.copyOf(findings);
    }
}
