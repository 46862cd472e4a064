package org.w3id.aperture.osai;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.graph.LoadException;

/**
 * The dimensions of one index as its SKOS scheme in data/crosswalks/ defines them: each concept of the
 * scheme with the YAML key of the index's files as its skos:notation. The importer reads the keys
 * from the scheme, so that the two cannot disagree.
 */
final class DimensionScheme {
    private final String schemeIri;
    private final Map<String, Dimension> byKey;

    private DimensionScheme(String schemeIri, Map<String, Dimension> byKey) {
        this.schemeIri = schemeIri;
        this.byKey = byKey;
    }

    static DimensionScheme load(Path turtle, String schemeIri) {
        Graph graph = GraphFiles.parse(turtle);
        Node scheme = NodeFactory.createURI(schemeIri);
        Map<String, Dimension> byKey = new TreeMap<>();
        for (Triple t : graph.find(Node.ANY, SKOS.inScheme.asNode(), scheme).toList()) {
            Node concept = t.getSubject();
            List<Triple> notations = graph.find(concept, SKOS.notation.asNode(), Node.ANY).toList();
            if (notations.size() != 1 || !notations.get(0).getObject().isLiteral()) {
                throw new LoadException(turtle, concept.getURI() + " needs exactly one skos:notation (its YAML key)");
            }
            String key = notations.get(0).getObject().getLiteralLexicalForm();
            if (byKey.put(key, new Dimension(key, concept.getURI())) != null) {
                throw new LoadException(turtle, "two concepts of " + schemeIri + " have the notation '" + key + "'");
            }
        }
        if (byKey.isEmpty()) {
            throw new LoadException(turtle, "no concepts in scheme " + schemeIri);
        }
        return new DimensionScheme(schemeIri, byKey);
    }

    Optional<Dimension> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every YAML key, sorted. */
    List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    String iri() {
        return schemeIri;
    }
}
