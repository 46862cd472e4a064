package org.w3id.aperture.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aperture.format.MediaFormat;

/**
 * The SPARQL 1.1 Service Description of the endpoint, answered to a GET without a query: the endpoint, the
 * language, the result and RDF formats, the features, and the default dataset with its size and the IRI
 * of its VoID description.
 */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String VOID = "http://rdfs.org/ns/void#";

    private ServiceDescription() {}

    static Graph of(String endpoint, String datasetIri, long triples, long rowLimit, boolean federated) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(endpoint).addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(p(m, "endpoint"), m.createResource(endpoint))
                .addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(RDFS.comment, "Read-only. At most " + rowLimit + " solutions per query; see the "
                        + "Aperture-Row-Limit headers and the downloads of the dataset description for the whole graph.", "en");
        for (MediaFormat.Kind kind : new MediaFormat.Kind[] {MediaFormat.Kind.RESULTS, MediaFormat.Kind.GRAPH}) {
            MediaFormat.ofKind(kind).forEach(f -> f.w3cIri()
                    .ifPresent(iri -> service.addProperty(p(m, "resultFormat"), m.createResource(iri))));
        }
        if (federated) {
            service.addProperty(p(m, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        }
        Resource dataset = m.createResource(datasetIri).addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(RDFS.seeAlso, m.createResource(datasetIri))
                .addProperty(p(m, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addLiteral(m.createProperty(VOID, "triples"), triples));
        service.addProperty(p(m, "defaultDataset"), dataset);
        return m.getGraph();
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
