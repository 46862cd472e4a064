package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aperture.server.ApertureServer;

/**
 * The VoID and DCAT description of the dataset at {@code /void} and {@code /.well-known/void}: its size, its
 * SPARQL endpoint, its downloads with their media types and license, and the source datasets whose license asks
 * for attribution, with their citations. In Turtle unless asked for another RDF format. The license is the one
 * the ontology itself declares (dcterms:license).
 */
final class VoidServlet extends WebServlet {
    private static final String VOID = "http://rdfs.org/ns/void#";

    VoidServlet(Site site) {
        super(site);
    }

    static List<Layout.Alternate> alternates() {
        return List.of(new Layout.Alternate("/void", "text/turtle", "VoID (Turtle)"));
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        RdfFormat format = Negotiation.choose(req.getHeader("Accept"), Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).toList())
                .flatMap(RdfFormat::byMediaType).orElse(RdfFormat.TURTLE);
        send(resp, 200, format.mediaType() + "; charset=utf-8", RdfBytes.write(describe(Origin.of(req)).getGraph(), format, site.prefixes));
    }

    private Model describe(String origin) {
        Model m = ModelFactory.createDefaultModel();
        Resource license = license(m);
        Resource dataset = m.createResource(site.iris.base() + "dataset")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Aperture: the open knowledge graph of generative-AI openness", "en")
                .addProperty(DCTerms.description, "The openness taxonomy of Eiras et al. (ICML 2024) applied to "
                        + site.matrix.rows().size() + " models: one assessment per model and pipeline component, with license texts.", "en")
                .addProperty(DCTerms.source, m.createResource("https://arxiv.org/abs/2404.17047"))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(origin + ApertureServer.DATASET + "/sparql"))
                .addProperty(m.createProperty(VOID, "uriSpace"), site.iris.base())
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(site.iris.namespace()))
                .addLiteral(m.createProperty(VOID, "triples"), (long) site.graph.size())
                .addLiteral(m.createProperty(VOID, "entities"), (long) site.matrix.rows().size())
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(site.iris.base() + "model/llama-2"));
        if (license != null) {
            dataset.addProperty(DCTerms.license, license);
        }
        attributedSources(m).forEach(source -> dataset.addProperty(DCTerms.source, source));
        dataset.addProperty(DCAT.accessService, m.createResource(origin + ApertureServer.DATASET + "/sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(origin + ApertureServer.DATASET + "/sparql")));
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
        return m;
    }

    /**
     * The datasets in the graph that ask for attribution (a dcat:Dataset with a dcterms:bibliographicCitation),
     * each with its label, pages, license, citations and rights as the graph states them.
     */
    private List<Resource> attributedSources(Model m) {
        List<Node> sources = site.graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && site.graph.contains(s, DCTerms.bibliographicCitation.asNode(), Node.ANY))
                .toList();
        return sources.stream().sorted(Comparator.comparing(Node::getURI)).map(node -> {
            Resource source = m.createResource(node.getURI()).addProperty(RDF.type, DCAT.Dataset);
            for (Property p : List.of(RDFS.label, FOAF.page, DCTerms.license, DCTerms.bibliographicCitation, DCTerms.rights)) {
                site.graph.find(node, p.asNode(), Node.ANY).forEach(t -> source.addProperty(p, m.asRDFNode(t.getObject())));
            }
            return source;
        }).toList();
    }

    private Resource license(Model m) {
        Node ontology = NodeFactory.createURI(site.iris.ontology());
        return site.graph.find(ontology, DCTerms.license.asNode(), Node.ANY).nextOptional()
                .filter(t -> t.getObject().isURI()).map(t -> m.createResource(t.getObject().getURI())).orElse(null);
    }
}
