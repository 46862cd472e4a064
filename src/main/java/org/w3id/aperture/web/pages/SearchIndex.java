package org.w3id.aperture.web.pages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.core.Labels;

/**
 * An in-memory index of the graph's named resources by every name they have (labels, titles, {@code skos:altLabel}
 * aliases, notations) and, for models, their developers' names. Names are compared folded: lower case, no accents,
 * no punctuation or spaces, so "llama 2", "Llama-2" and "LLaMA-2" meet, and a longer variant such as "Llama-2-7B"
 * finds the model whose whole name it starts with. The graph never changes, so the index is built once.
 */
public final class SearchIndex {
    /** One search result: the resource, the kind it is, the name that matched and a line about it. */
    public record Hit(Link resource, String kind, String matched, String about, double score) {}

    private record Name(String text, String folded, List<String> words, boolean own) {}

    private record Entry(Link resource, String kind, int kindBoost, List<Name> names, String about) {}

    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
            DCTerms.title.asNode(), SKOS.notation.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"));
    private static final List<Node> ABOUT = List.of(SKOS.definition.asNode(), RDFS.comment.asNode(), DCTerms.description.asNode());
    /** Kinds that people look for most, first among equal matches. */
    private static final List<String> PREFERRED = List.of("Model", "Organization", "License", "Component", "Risk", "Benefit",
            "Mitigation", "OpennessLevel");

    private final List<Entry> entries;

    private SearchIndex(List<Entry> entries) {
        this.entries = entries;
    }

    public static SearchIndex build(Graph graph, SiteIris iris, Labels labels) {
        Map<Node, List<Name>> names = new LinkedHashMap<>();
        for (Node p : NAMES) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral() && iris.localPath(t.getSubject().getURI()).isPresent()) {
                    add(names, t.getSubject(), t.getObject().getLiteralLexicalForm(), true);
                }
            });
        }
        Node developer = NodeFactory.createURI(iris.namespace() + "developer");
        graph.find(Node.ANY, developer, Node.ANY).forEach(t -> {
            if (names.containsKey(t.getSubject()) && t.getObject().isURI()) {
                add(names, t.getSubject(), labels.of(t.getObject()), false);
            }
        });
        foldSameOrganisations(graph, names);
        List<Entry> entries = new ArrayList<>();
        names.forEach((node, list) -> {
            String kind = kind(graph, node, iris, labels);
            int boost = PREFERRED.indexOf(kindName(graph, node, iris));
            entries.add(new Entry(new Link(node.getURI(), labels.of(node)), kind, boost < 0 ? 0 : PREFERRED.size() - boost,
                    List.copyOf(list), about(graph, node)));
        });
        return new SearchIndex(List.copyOf(entries));
    }

    /**
     * An organisation that the alignment says is the same as another ({@code skos:exactMatch}, from the
     * spelling a framework uses to the curated organisation) is found under the curated one: its names become
     * that organisation's names, so "meta" leads to Meta AI, not to a second entry for the same company.
     */
    private static void foldSameOrganisations(Graph graph, Map<Node, List<Name>> names) {
        graph.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).toList().forEach(t -> {
            List<Name> spelling = names.get(t.getSubject());
            if (spelling != null && names.containsKey(t.getObject()) && !t.getSubject().equals(t.getObject())) {
                names.remove(t.getSubject());
                spelling.forEach(n -> add(names, t.getObject(), n.text(), true));
            }
        });
    }

    private static void add(Map<Node, List<Name>> names, Node subject, String text, boolean own) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return;
        }
        List<Name> list = names.computeIfAbsent(subject, k -> new ArrayList<>());
        if (list.stream().noneMatch(n -> n.folded().equals(folded) && n.own() == own)) {
            list.add(new Name(text, folded, words(text), own));
        }
    }

    /** The local name of the resource's first type in the ontology's namespace, for ranking. */
    private static String kindName(Graph graph, Node node, SiteIris iris) {
        return graph.find(node, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isURI() && o.getURI().startsWith(iris.namespace())).map(o -> o.getURI().substring(iris.namespace().length()))
                .sorted(Comparator.comparingInt((String k) -> PREFERRED.contains(k) ? PREFERRED.indexOf(k) : 99).thenComparing(k -> k))
                .findFirst().orElse("");
    }

    private static String kind(Graph graph, Node node, SiteIris iris, Labels labels) {
        String name = kindName(graph, node, iris);
        if (!name.isEmpty()) {
            return labels.of(iris.namespace() + name);
        }
        String iri = node.getURI();
        return iri.startsWith(iris.namespace()) || iri.equals(iris.ontology()) ? "vocabulary term" : "resource";
    }

    private static String about(Graph graph, Node node) {
        for (Node p : ABOUT) {
            for (Triple t : graph.find(node, p, Node.ANY).toList()) {
                if (t.getObject().isLiteral()) {
                    String text = t.getObject().getLiteralLexicalForm();
                    return text.length() > 160 ? text.substring(0, 157).strip() + "…" : text;
                }
            }
        }
        return null;
    }

    /** Lower case, accents dropped, only letters and digits: the form names are compared in. */
    static String fold(String text) {
        return String.join("", words(text));
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    public int size() {
        return entries.size();
    }

    /** The best matches for what someone typed, best first; nothing for a query without letters or digits. */
    public List<Hit> search(String query, int limit) {
        String folded = fold(query);
        List<String> words = words(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            double best = 0;
            Name matched = null;
            for (Name n : e.names()) {
                double s = score(n, folded, words) * (n.own() ? 1 : 0.5);
                if (s > best) {
                    best = s;
                    matched = n;
                }
            }
            if (best > 0) {
                hits.add(new Hit(e.resource(), e.kind(), matched.text(), e.about(), best + e.kindBoost() / 10.0));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(h -> h.resource().label().toLowerCase(Locale.ROOT)));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    private static double score(Name name, String folded, List<String> words) {
        String n = name.folded();
        if (n.equals(folded)) {
            return 100;
        }
        if (n.startsWith(folded)) {
            return 80 + 10.0 * folded.length() / n.length();
        }
        if (n.length() >= 3 && folded.startsWith(n)) {
            // a longer spelling of the name, such as a size variant: "llama27b" for "llama2"
            return 60 + 10.0 * n.length() / folded.length();
        }
        if (words.size() > 1 && words.stream().allMatch(w -> name.words().stream().anyMatch(x -> x.startsWith(w)))) {
            return 50;
        }
        if (folded.length() >= 3 && (n.contains(folded) || words.stream().allMatch(w -> name.words().stream().anyMatch(x -> x.startsWith(w))))) {
            return 40;
        }
        return 0;
    }

    /** The hits grouped by kind, kinds in the order their best hit comes. */
    static Map<String, List<Hit>> byKind(List<Hit> hits) {
        Map<String, List<Hit>> groups = new LinkedHashMap<>();
        hits.forEach(h -> groups.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h));
        return groups;
    }
}
