package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.SiteIris;

/**
 * The crosswalk from the paper's components to the other frameworks' components and dimensions (data/crosswalks):
 * MOF and OSAI directly by SKOS mapping statements, Opening up ChatGPT's items through the OSAI dimension each became.
 */
public final class Crosswalk {
    /** A component or dimension of a framework mapped from one of the paper's components, with the match in words. */
    public record Match(String dimension, String words) {}

    private final Map<String, Map<Framework, List<Match>>> byComponent;

    private Crosswalk(Map<String, Map<Framework, List<Match>>> byComponent) {
        this.byComponent = byComponent;
    }

    public static Crosswalk load(GraphQueries q, SiteIris iris, Labels labels) {
        Map<String, Framework> schemes = new LinkedHashMap<>();
        for (Framework f : Framework.values()) {
            schemes.put(f.scheme(iris), f);
        }
        Map<String, Map<Framework, List<Match>>> byComponent = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?c ?rel ?d ?scheme WHERE { ?c a ap:Component ; ?rel ?d . ?d skos:inScheme ?scheme .
                  FILTER(?rel IN (skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch)) }
                ORDER BY ?c ?scheme ?d""")) {
            add(byComponent, schemes, s, words(s.getResource("rel").getURI()));
        }
        for (QuerySolution s : q.select("""
                SELECT ?c ?rel ?d ?scheme ?via WHERE { ?c a ap:Component ; ?first ?via . ?d ?rel ?via ; skos:inScheme ?scheme .
                  FILTER(?first IN (skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch))
                  FILTER(?rel IN (skos:exactMatch, skos:closeMatch)) FILTER NOT EXISTS { ?c ?any ?d } }
                ORDER BY ?c ?scheme ?d""")) {
            add(byComponent, schemes, s, "through " + labels.of(s.getResource("via").getURI()));
        }
        return new Crosswalk(byComponent);
    }

    private static void add(Map<String, Map<Framework, List<Match>>> byComponent, Map<String, Framework> schemes,
                            QuerySolution s, String words) {
        Framework f = schemes.get(s.getResource("scheme").getURI());
        if (f == null) {
            return;
        }
        List<Match> matches = byComponent.computeIfAbsent(s.getResource("c").getURI(), k -> new EnumMap<>(Framework.class))
                .computeIfAbsent(f, k -> new ArrayList<>());
        String d = s.getResource("d").getURI();
        if (matches.stream().noneMatch(m -> m.dimension().equals(d))) {
            matches.add(new Match(d, words));
        }
    }

    /** "broader": the other framework's component covers more than the paper's (training code covers all three). */
    private static String words(String relation) {
        return switch (Labels.localName(relation)) {
            case "exactMatch" -> "the same";
            case "closeMatch" -> "about the same";
            case "broadMatch" -> "broader";
            default -> "narrower";
        };
    }

    List<Match> of(String component, Framework framework) {
        return byComponent.getOrDefault(component, Map.of()).getOrDefault(framework, List.of());
    }
}
