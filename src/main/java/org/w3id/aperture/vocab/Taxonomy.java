package org.w3id.aperture.vocab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The 12 components and the openness values, read from the ontology's taxonomy module so that
 * code and ontology cannot drift apart.
 */
public final class Taxonomy {
    public static final String FILE = "taxonomy.ttl";

    /** One component of the pipeline; {@code kind} is the IRI of its kind (code or data). */
    public record Component(String iri, String upstreamKey, String kind) {
        public String slug() {
            return iri.substring(iri.lastIndexOf('/') + 1);
        }
    }

    private record KindAndRank(String kind, int rank) {}

    private final List<Component> components;
    private final Map<String, String> valueByNotation;
    private final Map<KindAndRank, String> levelNotations;

    private Taxonomy(List<Component> components, Map<String, String> valueByNotation,
                     Map<KindAndRank, String> levelNotations) {
        this.components = List.copyOf(components);
        this.valueByNotation = Map.copyOf(valueByNotation);
        this.levelNotations = Map.copyOf(levelNotations);
    }

    public static Taxonomy load(Path ontologyDir) {
        return from(RDFDataMgr.loadModel(ontologyDir.resolve(FILE).toString()));
    }

    public static Taxonomy from(Model model) {
        List<Component> components = new ArrayList<>();
        select(model, """
                PREFIX ap: <https://w3id.org/aperture#>
                SELECT ?c ?key ?kind WHERE { ?c a ap:Component ; ap:upstreamKey ?key ;
                  ap:position ?pos ; ap:kind ?kind }
                ORDER BY ?pos""").forEach(s -> components.add(new Component(
                s.getResource("c").getURI(), s.getLiteral("key").getString(), s.getResource("kind").getURI())));
        Map<String, String> values = new LinkedHashMap<>();
        select(model, """
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?v ?n WHERE { ?v a ?cls ; skos:notation ?n .
                  VALUES ?cls { ap:OpennessLevel ap:NonLevel } }""")
                .forEach(s -> values.put(s.getLiteral("n").getString(), s.getResource("v").getURI()));
        Map<KindAndRank, String> levels = new HashMap<>();
        select(model, """
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?kind ?rank ?n WHERE { ?v a ap:OpennessLevel ; ap:kind ?kind ; ap:rank ?rank ; skos:notation ?n }""")
                .forEach(s -> levels.put(new KindAndRank(s.getResource("kind").getURI(), s.getLiteral("rank").getInt()),
                        s.getLiteral("n").getString()));
        if (components.size() != 12) {
            throw new IllegalStateException("the ontology's taxonomy defines " + components.size()
                    + " components with ap:upstreamKey, ap:position and ap:kind; expected 12");
        }
        return new Taxonomy(components, values, levels);
    }

    private static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The components in the order of the upstream hierarchy. */
    public List<Component> components() {
        return components;
    }

    /** The notation of the openness level of a kind of component (its IRI) and a rank (1..5), as the ontology gives them. */
    public Optional<String> level(String kind, int rank) {
        return Optional.ofNullable(levelNotations.get(new KindAndRank(kind, rank)));
    }

    /** The IRI of the openness value with this notation (C1..D5, N/A, Unknown). */
    public Optional<String> value(String notation) {
        return Optional.ofNullable(valueByNotation.get(notation));
    }
}
