package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.SiteIris;

/**
 * A framework's components or dimensions in its own groups and order: MOF's 17 components by the class that lists
 * them (III, II, I; required before optional), the index's dimensions by their groups (Availability,
 * Documentation, Access) in the order of each group's member list.
 */
public record Scheme(Framework framework, List<Group> groups) {
    /** A component or dimension: {@code optional} for MOF's optional components. */
    public record Dimension(String iri, String label, String slug, String definition, boolean optional, String group) {}

    /** A group of adjacent columns: a MOF class or a group of the index. */
    public record Group(String iri, String label, List<Dimension> dimensions) {
        public int span() {
            return dimensions.size();
        }
    }

    /** The index's groups in the order the index lists them (its _parameters.yml and readme). */
    private static final List<String> INDEX_GROUPS = List.of("availability", "documentation", "access");

    public List<Dimension> dimensions() {
        return groups.stream().flatMap(g -> g.dimensions().stream()).toList();
    }

    Optional<Dimension> byIri(String iri) {
        return dimensions().stream().filter(d -> d.iri().equals(iri)).findFirst();
    }

    Optional<Dimension> bySlug(String slug) {
        return dimensions().stream().filter(d -> d.slug().equals(slug)).findFirst();
    }

    static Scheme load(Framework framework, GraphQueries q, Graph graph, SiteIris iris, Labels labels) {
        return framework.isMof() ? mof(q, labels) : index(framework, q, graph, iris, labels);
    }

    private static Scheme mof(GraphQueries q, Labels labels) {
        Map<String, List<Dimension>> byClass = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?d ?class ?n ?optional ?def WHERE { ?d a ap:MofComponent ; ap:mofClass ?class ; skos:notation ?n .
                  ?class ap:classNumber ?number OPTIONAL { ?d ap:optionalInClass ?optional } OPTIONAL { ?d skos:definition ?def } }
                ORDER BY DESC(?number) ?optional xsd:integer(?n)""")) {
            String d = s.getResource("d").getURI();
            byClass.computeIfAbsent(s.getResource("class").getURI(), k -> new ArrayList<>()).add(new Dimension(d, labels.of(d),
                    Labels.localName(d), text(s, "def"), s.contains("optional") && s.getLiteral("optional").getBoolean(),
                    labels.of(s.getResource("class").getURI())));
        }
        List<Group> groups = new ArrayList<>();
        byClass.forEach((iri, dims) -> groups.add(new Group(iri, labels.of(iri), List.copyOf(dims))));
        return new Scheme(Framework.MOT, List.copyOf(groups));
    }

    private static Scheme index(Framework framework, GraphQueries q, Graph graph, SiteIris iris, Labels labels) {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (QuerySolution s : q.select("SELECT ?d ?def WHERE { ?d skos:inScheme <" + framework.scheme(iris) + "> "
                + "OPTIONAL { ?d skos:definition ?def } }")) {
            definitions.putIfAbsent(s.getResource("d").getURI(), text(s, "def"));
        }
        List<Group> groups = new ArrayList<>();
        for (QuerySolution s : q.select("SELECT DISTINCT ?g WHERE { ?g a skos:OrderedCollection ; skos:memberList/rdf:rest*/rdf:first ?d . "
                + "?d skos:inScheme <" + framework.scheme(iris) + "> }")) {
            String g = s.getResource("g").getURI();
            List<Dimension> dims = new ArrayList<>();
            for (Node member : members(graph, g)) {
                if (member.isURI() && definitions.containsKey(member.getURI())) {
                    String d = member.getURI();
                    dims.add(new Dimension(d, labels.of(d), Labels.localName(d), definitions.get(d), false, labels.of(g)));
                }
            }
            groups.add(new Group(g, labels.of(g), List.copyOf(dims)));
        }
        groups.sort(Comparator.comparingInt(g -> {
            int i = INDEX_GROUPS.indexOf(Labels.localName(g.iri()));
            return i < 0 ? INDEX_GROUPS.size() : i;
        }));
        return new Scheme(framework, List.copyOf(groups));
    }

    /** The members of an ordered collection, in the order of its list. */
    private static List<Node> members(Graph graph, String collection) {
        List<Node> members = new ArrayList<>();
        Node list = first(graph, NodeFactory.createURI(collection), SKOS.memberList.asNode());
        while (list != null && !list.equals(RDF.nil.asNode())) {
            Node item = first(graph, list, RDF.first.asNode());
            if (item != null) {
                members.add(item);
            }
            list = first(graph, list, RDF.rest.asNode());
        }
        return members;
    }

    private static Node first(Graph graph, Node subject, Node property) {
        var it = graph.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String text(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : null;
    }
}
