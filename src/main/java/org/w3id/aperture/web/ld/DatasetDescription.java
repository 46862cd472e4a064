package org.w3id.aperture.web.ld;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.pages.Matrix;

/**
 * The VoID and DCAT description of the dataset ({@code <base>dataset}): its size, its SPARQL endpoint and
 * its row limit, its downloads with their media types and license, and the sources whose ratings it
 * holds with their licenses and citations. Absolute URLs use the server's public origin, never a
 * request's Host header.
 */
public final class DatasetDescription {
    private static final String VOID = "http://rdfs.org/ns/void#";

    private final Graph graph;
    private final SiteIris iris;
    private final Matrix matrix;
    private final long rowLimit;
    private final long entities;

    /** @param rowLimit the endpoint's, which the description states */
    public DatasetDescription(Graph graph, SiteIris iris, Matrix matrix, long rowLimit) {
        this.graph = graph;
        this.iris = iris;
        this.matrix = matrix;
        this.rowLimit = rowLimit;
        this.entities = countEntities(graph, iris.base());
    }

    String iri() {
        return iris.base() + "dataset";
    }

    /** Distinct IRIs in the dataset's uriSpace, as void:entities counts them. */
    private static long countEntities(Graph graph, String uriSpace) {
        Set<Node> entities = new HashSet<>();
        graph.find().forEach((Triple t) -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(uriSpace)) {
                    entities.add(n);
                }
            }
        });
        return entities.size();
    }

    Graph graph(String origin) {
        Model m = ModelFactory.createDefaultModel();
        Resource license = license(m);
        String sparql = origin + ApertureServer.DATASET + "/sparql";
        Resource dataset = m.createResource(iri())
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(RDFS.label, "Aperture", "en")
                .addProperty(DCTerms.title, "Aperture: the open knowledge graph of generative-AI openness", "en")
                .addProperty(DCTerms.description, "The openness taxonomy of Eiras et al. (ICML 2024) applied to "
                        + matrix.rows().size() + " models: one assessment per model and pipeline component, with license texts.", "en")
                .addProperty(DCTerms.source, m.createResource("https://arxiv.org/abs/2404.17047"))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(sparql))
                .addProperty(m.createProperty(VOID, "uriSpace"), iris.base())
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(iris.namespace()))
                .addLiteral(m.createProperty(VOID, "triples"), (long) graph.size())
                .addLiteral(m.createProperty(VOID, "entities"), entities)
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(iris.base() + "model/llama-2"))
                .addProperty(RDFS.comment, "The SPARQL endpoint returns at most " + rowLimit + " solutions per query "
                        + "(a CONSTRUCT or DESCRIBE is cut the same way); its answers say so in the Aperture-Row-Limit and "
                        + "Aperture-Row-Limit-Applied headers. The whole graph is in the downloads (void:dataDump).", "en");
        if (license != null) {
            dataset.addProperty(DCTerms.license, license);
        }
        sources(m, dataset);
        dataset.addProperty(DCAT.accessService, m.createResource(sparql)
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(sparql)));
        for (Downloads.File file : Downloads.FILES) {
            Resource dist = m.createResource(origin + file.path())
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, file.title(), "en")
                    .addProperty(DCAT.downloadURL, m.createResource(origin + file.path()))
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + file.mediaType()));
            if (license != null) {
                dist.addProperty(DCTerms.license, license);
            }
            dataset.addProperty(DCAT.distribution, dist);
            if (file.name().startsWith("aperture.")) {
                dataset.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(origin + file.path()));
            }
        }
        m.createResource(origin + "/context.jsonld").addProperty(RDFS.label, "JSON-LD context of the JSON-LD download", "en");
        dataset.addProperty(RDFS.seeAlso, m.createResource(origin + "/context.jsonld"));
        return m.getGraph();
    }

    /** Every dataset the graph cites as a source (dcat:Dataset), with the license and citation it states. */
    private void sources(Model m, Resource dataset) {
        Node datasetType = DCAT.Dataset.asNode();
        graph.find(Node.ANY, RDF.type.asNode(), datasetType).forEach(t -> {
            Node source = t.getSubject();
            if (!source.isURI()) {
                return;
            }
            Resource r = m.createResource(source.getURI()).addProperty(RDF.type, DCAT.Dataset);
            dataset.addProperty(DCTerms.source, r);
            for (Node p : new Node[] {RDFS.label.asNode(), FOAF.page.asNode(), DCTerms.license.asNode(),
                    DCTerms.bibliographicCitation.asNode(), DCTerms.rightsHolder.asNode(), DCTerms.rights.asNode()}) {
                graph.find(source, p, Node.ANY).forEach(s -> m.getGraph().add(s));
            }
        });
    }

    private Resource license(Model m) {
        Node ontology = NodeFactory.createURI(iris.ontology());
        return graph.find(ontology, DCTerms.license.asNode(), Node.ANY).nextOptional()
                .filter(t -> t.getObject().isURI()).map(t -> m.createResource(t.getObject().getURI())).orElse(null);
    }
}
