package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;

/**
 * The values of the openness scale as the graph defines them (notation, rank, kind, one-line meaning), for the
 * legends: one row per rank with its code and its data level, then the two values that are not levels.
 */
public final class Levels {
    /** One value of the scale: its IRI, notation (C3), CSS class on the colour scale and what it means in a line. */
    public record Level(String iri, String notation, int rank, String kind, String css, String meaning) {}

    /** One rank of the scale: its tier and its code and data levels (either may be absent from a graph). */
    public record Rank(int rank, Link tier, Level code, Level data) {}

    private final List<Rank> ranks;
    private final List<Level> others;
    private final Map<String, Level> bySlug;

    private Levels(List<Rank> ranks, List<Level> others, Map<String, Level> bySlug) {
        this.ranks = ranks;
        this.others = others;
        this.bySlug = bySlug;
    }

    public static Levels load(GraphQueries q, Labels labels) {
        Map<Integer, Level> code = new LinkedHashMap<>();
        Map<Integer, Level> data = new LinkedHashMap<>();
        Map<Integer, Link> tiers = new LinkedHashMap<>();
        List<Level> others = new ArrayList<>();
        Map<String, Level> bySlug = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?v ?n ?rank ?kind ?tier ?def WHERE { ?v skos:inScheme ?scheme ; skos:notation ?n .
                  FILTER(STRENDS(STR(?scheme), "/scheme/openness-scale"))
                  OPTIONAL { ?v ap:rank ?rank } OPTIONAL { ?v ap:kind ?kind } OPTIONAL { ?v ap:tier ?tier }
                  OPTIONAL { ?v skos:definition ?def } } ORDER BY ?rank ?n""")) {
            String iri = s.getResource("v").getURI();
            if (bySlug.containsKey(Labels.localName(iri))) {
                continue;
            }
            int rank = s.contains("rank") ? s.getLiteral("rank").getInt() : 0;
            String kind = s.contains("kind") ? Labels.localName(s.getResource("kind").getURI()) : "";
            Level level = new Level(iri, s.getLiteral("n").getString(), rank, kind,
                    rank > 0 ? "lv" + rank : "lv-" + Labels.localName(iri), meaning(s.contains("def") ? s.getLiteral("def").getString() : ""));
            bySlug.put(Labels.localName(iri), level);
            if (rank == 0) {
                others.add(level);
                continue;
            }
            (kind.equals("code") ? code : data).put(rank, level);
            if (s.contains("tier")) {
                tiers.putIfAbsent(rank, new Link(s.getResource("tier").getURI(), labels.of(s.getResource("tier").getURI())));
            }
        }
        List<Rank> ranks = new ArrayList<>();
        new java.util.TreeSet<>(tiers.keySet()).forEach(r -> ranks.add(new Rank(r, tiers.get(r), code.get(r), data.get(r))));
        others.sort(java.util.Comparator.comparing(Level::notation));
        return new Levels(List.copyOf(ranks), List.copyOf(others), bySlug);
    }

    /** "Code level 3 (semi-open): the code component is public ..." becomes "The code component is public ...". */
    static String meaning(String definition) {
        int colon = definition.indexOf("): ");
        String rest = colon >= 0 ? definition.substring(colon + 3) : definition;
        return rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    public List<Rank> ranks() {
        return ranks;
    }

    /** N/A and Unknown: values that are not levels. */
    public List<Level> others() {
        return others;
    }

    /** Every value, levels by rank then the others: the choices of the matrix's value filter. */
    public List<Level> all() {
        List<Level> all = new ArrayList<>();
        ranks.forEach(r -> {
            if (r.code() != null) {
                all.add(r.code());
            }
        });
        ranks.forEach(r -> {
            if (r.data() != null) {
                all.add(r.data());
            }
        });
        all.addAll(others);
        return all;
    }

    java.util.Optional<Level> byIri(String iri) {
        return java.util.Optional.ofNullable(bySlug.get(Labels.localName(iri))).filter(l -> l.iri().equals(iri));
    }
}
