package org.w3id.aperture.web.query;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aperture.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.WebServlet;

/**
 * {@code /query/terms.json}: what the query editor completes: the site's prefixes, and every labelled class,
 * property and resource of the graph that a prefix can shorten ({@code ap:Model}, {@code model:llama-2}), built once.
 */
public final class QueryTermsServlet extends WebServlet {
    private final transient byte[] body;

    private final transient Graph graph;
    private final transient Labels labels;

    public QueryTermsServlet(Renderer renderer, Graph graph, Labels labels) {
        super(renderer);
        this.graph = graph;
        this.labels = labels;
        JsonObject prefixes = new JsonObject();
        Prefixes.ALL.getNsPrefixMap().forEach(prefixes::put);
        Map<String, JsonObject> terms = new TreeMap<>();
        for (Node p : Labels.PROPERTIES) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (!t.getSubject().isURI()) {
                    return;
                }
                String iri = t.getSubject().getURI();
                String curie = Prefixes.ALL.shortForm(iri);
                if (curie.equals(iri) || terms.containsKey(curie) || curie.indexOf(':') < 0) {
                    return;
                }
                JsonObject term = new JsonObject();
                term.put("curie", curie);
                term.put("label", labels.of(iri));
                term.put("kind", kind(graph, t.getSubject()));
                terms.put(curie, term);
            });
        }
        JsonArray list = new JsonArray();
        terms.values().forEach(list::add);
        JsonObject all = new JsonObject();
        all.put("prefixes", prefixes);
        all.put("terms", list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, all);
        body = out.toByteArray();
    }

    private static String kind(Graph graph, Node node) {
        if (graph.contains(node, RDF.type.asNode(), OWL.Class.asNode()) || graph.contains(node, RDF.type.asNode(), RDFS.Class.asNode())) {
            return "class";
        }
        if (graph.contains(node, RDF.type.asNode(), RDF.Property.asNode()) || graph.contains(node, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                || graph.contains(node, RDF.type.asNode(), OWL.DatatypeProperty.asNode())) {
            return "property";
        }
        return "resource";
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=3600");
        send(resp, 200, "application/json; charset=utf-8", body);
    }
}
