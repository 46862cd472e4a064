package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;

/**
 * Who made the ratings a page shows and how they ask to be credited, read from the graph's source datasets: title,
 * home page, the data at its commit, license, citations and the rights statement (MOT's MIT notice, the indexes'
 * CC BY 4.0 stipulation); and which dataset each vendored file is part of.
 */
public final class Attributions {
    /** One source dataset as a page credits it. */
    public record Attribution(String iri, String title, String home, String data, Link license, List<String> citations,
                              String rights) {}

    private final Map<String, Attribution> byDataset;
    private final Map<String, String> datasetOfFile;

    private Attributions(Map<String, Attribution> byDataset, Map<String, String> datasetOfFile) {
        this.byDataset = byDataset;
        this.datasetOfFile = datasetOfFile;
    }

    public static Attributions load(GraphQueries q, Labels labels) {
        Map<String, TreeSet<String>> citations = new LinkedHashMap<>();
        // a dataset's own citations, or else those of the work it was derived from (the authors' dataset cites their paper)
        q.select("""
                SELECT ?d ?c WHERE { ?d a dcat:Dataset .
                  OPTIONAL { ?d dcterms:bibliographicCitation ?own } OPTIONAL { ?d prov:wasDerivedFrom/dcterms:bibliographicCitation ?derived }
                  BIND(COALESCE(?own, ?derived) AS ?c) }""").forEach(s -> {
                    TreeSet<String> set = citations.computeIfAbsent(s.getResource("d").getURI(), k -> new TreeSet<>());
                    if (s.contains("c")) {
                        set.add(s.getLiteral("c").getLexicalForm());
                    }
                });
        Map<String, Attribution> byDataset = new LinkedHashMap<>();
        for (String d : citations.keySet()) {
            String title = labels.of(d);
            String rights = null;
            Link license = null;
            for (QuerySolution s : q.select("SELECT ?title ?rights ?license WHERE { OPTIONAL { <" + d + "> dcterms:title ?title } "
                    + "OPTIONAL { <" + d + "> dcterms:rights ?rights } OPTIONAL { <" + d + "> dcterms:license ?license } }")) {
                title = s.contains("title") ? s.getLiteral("title").getLexicalForm() : title;
                rights = s.contains("rights") ? s.getLiteral("rights").getLexicalForm() : rights;
                if (s.contains("license") && s.get("license").isURIResource()) {
                    String iri = s.getResource("license").getURI();
                    license = new Link(iri, labels.of(iri));
                }
            }
            String home = null;
            String data = null;
            for (QuerySolution s : q.select("SELECT ?p WHERE { <" + d + "> foaf:page ?p } ORDER BY ?p")) {
                String page = s.getResource("p").getURI();
                if (page.startsWith("https://github.com/")) {
                    data = data == null ? page : data;
                } else if (!page.startsWith("https://doi.org/")) {
                    home = home == null ? page : home;
                }
            }
            byDataset.put(d, new Attribution(d, title, home, data, license, List.copyOf(citations.get(d)), rights));
        }
        Map<String, String> datasetOfFile = new LinkedHashMap<>();
        q.select("SELECT ?f ?d WHERE { ?f dcterms:isPartOf ?d . ?d a dcat:Dataset }")
                .forEach(s -> datasetOfFile.putIfAbsent(s.getResource("f").getURI(), s.getResource("d").getURI()));
        return new Attributions(byDataset, datasetOfFile);
    }

    /** The dataset a vendored file (or the dataset itself) is part of. */
    Optional<Attribution> ofSource(String fileOrDataset) {
        if (fileOrDataset == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDataset.get(datasetOfFile.getOrDefault(fileOrDataset, fileOrDataset)));
    }

    /** The attributions of some sources, each once, in the order given. */
    List<Attribution> of(List<String> sources) {
        List<Attribution> out = new ArrayList<>();
        for (String s : sources) {
            ofSource(s).filter(a -> !out.contains(a)).ifPresent(out::add);
        }
        return out;
    }
}
