package org.w3id.aperture.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.server.ApertureServer;

/** The home page: what Aperture is, how big it is, and an index of its resources by class. */
final class HomePage {
    /** A class of the ontology with its instances, as one section of the index. */
    public record Section(Link type, int count, List<Link> members) {}

    private static final int MAX_MEMBERS = 80;
    private final Site site;
    private final List<Section> sections;

    HomePage(Site site) {
        this.site = site;
        this.sections = sections(site);
    }

    Map<String, Object> model(String origin) {
        return Map.of("sections", sections, "triples", site.graph.size(), "models", site.matrix.rows().size(),
                "components", site.matrix.components().size(),
                "sparql", origin + ApertureServer.DATASET + "/sparql", "ontology", site.iris.ontology(),
                "queries", site.queries.all());
    }

    /** The ontology's own classes that have instances, largest first; members are listed for the smaller ones. */
    private static List<Section> sections(Site site) {
        GraphQueries q = new GraphQueries(site.dataset, site.iris);
        List<Section> sections = new ArrayList<>();
        for (QuerySolution s : q.select("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(ap:))) "
                + "FILTER(isIRI(?x)) } GROUP BY ?c ORDER BY ?c")) {
            String type = s.getResource("c").getURI();
            int count = s.getLiteral("n").getInt();
            List<Link> members = count > MAX_MEMBERS ? List.of() : q.select("SELECT ?x WHERE { ?x a <" + type + "> . FILTER(isIRI(?x)) }")
                    .stream().map(m -> new Link(m.getResource("x").getURI(), site.labels.of(m.getResource("x").getURI())))
                    .sorted(java.util.Comparator.comparing(l -> l.label().toLowerCase(java.util.Locale.ROOT))).toList();
            sections.add(new Section(new Link(type, site.labels.of(type)), count, members));
        }
        return List.copyOf(sections);
    }
}
