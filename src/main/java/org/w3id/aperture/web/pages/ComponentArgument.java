package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;

/**
 * The paper's argument about one component: the risks and the benefits whose openness depends on it, apart, each
 * risk with the mitigations that address it, and the mitigations that concern the component.
 */
public record ComponentArgument(List<Item> risks, List<Item> benefits, List<Link> mitigations) {
    /** A risk or benefit with its one-line definition and, for a risk, what addresses it. */
    public record Item(Link item, String definition, List<Link> addressedBy) {}

    static ComponentArgument of(GraphQueries q, Labels labels, String component) {
        List<Item> risks = items(labels, q, component, "ap:Risk");
        List<Item> benefits = items(labels, q, component, "ap:Benefit");
        List<Link> mitigations = q.select("SELECT DISTINCT ?m WHERE { ?m a ap:Mitigation ; ap:concernsComponent <" + component + "> }")
                .stream().map(s -> link(labels, s, "m")).sorted(java.util.Comparator.comparing(Link::label)).toList();
        return new ComponentArgument(risks, benefits, mitigations);
    }

    private static List<Item> items(Labels labels, GraphQueries q, String component, String type) {
        List<Item> items = new ArrayList<>();
        for (QuerySolution s : q.select("SELECT DISTINCT ?x ?def WHERE { ?x a " + type + " ; ap:dependsOnOpennessOf <" + component + "> . "
                + "OPTIONAL { ?x skos:definition ?def } }")) {
            String iri = s.getResource("x").getURI();
            List<Link> by = q.select("SELECT DISTINCT ?m WHERE { ?m ap:addressesRisk <" + iri + "> }").stream()
                    .map(m -> link(labels, m, "m")).sorted(java.util.Comparator.comparing(Link::label)).toList();
            items.add(new Item(new Link(iri, labels.of(iri)), s.contains("def") ? s.getLiteral("def").getString() : null, by));
        }
        items.sort(java.util.Comparator.comparing(i -> i.item().label()));
        return List.copyOf(items);
    }

    private static Link link(Labels labels, QuerySolution s, String var) {
        String iri = s.getResource(var).getURI();
        return new Link(iri, labels.of(iri));
    }

    public boolean isEmpty() {
        return risks.isEmpty() && benefits.isEmpty() && mitigations.isEmpty();
    }
}
