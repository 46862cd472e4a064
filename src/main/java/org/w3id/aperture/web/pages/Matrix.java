package org.w3id.aperture.web.pages;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;

/**
 * The openness matrix read once from the graph: models (with developers, sets and counts), the components in
 * pipeline order, and one cell per model and component. The graph never changes after load, so neither does this.
 */
public final class Matrix {
    private static final Logger LOG = LoggerFactory.getLogger(Matrix.class);
    /** A component of the pipeline, with where it sits in the paper's Figure 1. */
    public record Component(String iri, String label, String stage, String stageLabel, String kind, String feeds) {}

    /** One assessment: the value and release terms a source gave one component of one model. */
    public record Cell(String assessment, String model, String component, String value, String notation, int rank,
                String tier, String terms, String written, String note, String source, String ruleLevel) {
        /** The CSS class of the value on the paper's colour scale. */
        public String css() {
            return rank > 0 ? "lv" + rank : "lv-" + Labels.localName(value);
        }
    }

    /**
     * A model row: its cells in component order; {@code sets} holds the IRIs of the model sets it belongs to, {@code month}
     * the release month read from {@code issued} (null when there is none).
     */
    public record Row(String iri, String label, String issued, YearMonth month, List<Link> developers, Set<String> sets,
               Double share, int released, int fullyOpen, List<Cell> cells) {
        public String year() {
            return issued == null ? "" : issued.substring(0, Math.min(4, issued.length()));
        }

        public String sharePercent() {
            return share == null ? "n/a" : Math.round(share * 100) + "%";
        }

        /** Released share as a whole percentage, 0 when unknown: the width of its bar. */
        public long sharePercentage() {
            return share == null ? 0 : Math.round(share * 100);
        }

        Optional<Cell> cell(String componentIri) {
            return cells.stream().filter(c -> c.component().equals(componentIri)).findFirst();
        }
    }

    /** A header group over adjacent components: a stage (training) or a kind within a stage (code). */
    public record Group(String iri, String label, int span, String kind) {}

    private final List<Component> components;
    private final List<Row> rows;
    private final Map<String, Row> byIri;
    private final Map<String, Cell> cellsByAssessment;

    private Matrix(List<Component> components, List<Row> rows) {
        this.components = List.copyOf(components);
        this.rows = List.copyOf(rows);
        this.byIri = new LinkedHashMap<>();
        this.cellsByAssessment = new LinkedHashMap<>();
        for (Row row : rows) {
            byIri.put(row.iri(), row);
            row.cells().forEach(c -> cellsByAssessment.put(c.assessment(), c));
        }
    }

    public static Matrix load(GraphQueries q, Labels labels) {
        List<Component> components = q.select("""
                SELECT ?c ?stage ?kind ?feeds WHERE { ?c a ap:Component ; ap:position ?pos ; ap:stage ?stage ; ap:kind ?kind .
                  OPTIONAL { ?c ap:feeds ?feeds } } ORDER BY ?pos""").stream()
                .map(s -> new Component(iri(s, "c"), labels.of(iri(s, "c")), iri(s, "stage"), labels.of(iri(s, "stage")),
                        Labels.localName(iri(s, "kind")), iri(s, "feeds")))
                .toList();
        Map<String, Integer> position = new LinkedHashMap<>();
        components.forEach(c -> position.put(c.iri(), position.size()));

        Map<String, Cell> byAssessment = new LinkedHashMap<>();
        for (QuerySolution s : q.select("""
                SELECT ?a ?m ?c ?v ?n ?rank ?tier ?terms ?written ?note ?source ?rule WHERE {
                  ?a a ap:Assessment ; ap:model ?m ; ap:component ?c ; ap:value ?v . ?v skos:notation ?n .
                  OPTIONAL { ?v ap:rank ?rank } OPTIONAL { ?a ap:tier ?tier } OPTIONAL { ?a ap:releaseTerms ?terms . ?terms ap:asWritten ?written }
                  OPTIONAL { ?a ap:note ?note } OPTIONAL { ?a prov:wasDerivedFrom ?source }
                  OPTIONAL { ?a ap:licenseRuleLevel ?rule } }""")) {
            String terms = iri(s, "terms");
            byAssessment.putIfAbsent(iri(s, "a"), new Cell(iri(s, "a"), iri(s, "m"), iri(s, "c"),
                    iri(s, "v"), text(s, "n"), s.contains("rank") ? s.getLiteral("rank").getInt() : 0, iri(s, "tier"),
                    terms, text(s, "written"), text(s, "note"), iri(s, "source"), iri(s, "rule")));
        }
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        byAssessment.values().forEach(c -> cells.computeIfAbsent(c.model(), k -> new ArrayList<>()).add(c));
        cells.values().forEach(list -> list.sort(Comparator.comparing(c -> position.getOrDefault(c.component(), 99))));

        Map<String, List<Link>> developers = new LinkedHashMap<>();
        q.select("SELECT ?m ?d WHERE { ?m a ap:Model ; ap:developer ?d }").forEach(s -> developers
                .computeIfAbsent(iri(s, "m"), k -> new ArrayList<>()).add(new Link(iri(s, "d"), labels.of(iri(s, "d")))));
        developers.values().forEach(list -> list.sort(Comparator.comparing(Link::label)));
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        q.select("SELECT ?m ?set WHERE { ?set a ap:ModelSet ; prov:hadMember ?m }").forEach(s -> sets
                .computeIfAbsent(iri(s, "m"), k -> new TreeSet<>()).add(iri(s, "set")));

        List<Row> rows = q.select("""
                SELECT ?m ?issued ?share ?released ?open WHERE { ?m a ap:Model .
                  OPTIONAL { ?m dcterms:issued ?issued } OPTIONAL { ?m ap:releasedShare ?share }
                  OPTIONAL { ?m ap:releasedComponentCount ?released } OPTIONAL { ?m ap:fullyOpenComponentCount ?open } }""")
                .stream().map(s -> {
                    String m = iri(s, "m");
                    String issued = text(s, "issued");
                    return new Row(m, labels.of(m), issued, month(m, issued), developers.getOrDefault(m, List.of()),
                            sets.getOrDefault(m, Set.of()), s.contains("share") ? s.getLiteral("share").getDouble() : null,
                            s.contains("released") ? s.getLiteral("released").getInt() : 0,
                            s.contains("open") ? s.getLiteral("open").getInt() : 0, List.copyOf(cells.getOrDefault(m, List.of())));
                })
                .sorted(Comparator.comparing(r -> r.label().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        return new Matrix(components, rows);
    }

    /**
     * The month a model was released in; a date that does not begin with a year and a month ({@code 2023-07}) is
     * reported once, here, in one line, and the model stays off the release timeline.
     */
    private static YearMonth month(String model, String issued) {
        if (issued == null) {
            return null;
        }
        try {
            return YearMonth.parse(issued.substring(0, Math.min(7, issued.length())));
        } catch (DateTimeParseException e) {
            LOG.warn("{}: dcterms:issued \"{}\" does not begin with a year and a month (yyyy-mm); it is left off the release timeline",
                    model, issued);
            return null;
        }
    }

    private static String iri(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isURIResource() ? s.getResource(var).getURI() : null;
    }

    private static String text(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : null;
    }

    public List<Component> components() {
        return components;
    }

    /** The stages over the component columns, in order, each spanning its components. */
    public List<Group> stages() {
        List<Group> groups = new ArrayList<>();
        for (Component c : components) {
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.iri().equals(c.stage())) {
                groups.set(groups.size() - 1, new Group(last.iri(), last.label(), last.span() + 1, ""));
            } else {
                groups.add(new Group(c.stage(), c.stageLabel(), 1, ""));
            }
        }
        return groups;
    }

    /** Code and data within each stage, in column order, each spanning its components. */
    public List<Group> kinds() {
        List<Group> groups = new ArrayList<>();
        String lastStage = null;
        for (Component c : components) {
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.kind().equals(c.kind()) && c.stage().equals(lastStage)) {
                groups.set(groups.size() - 1, new Group(last.iri(), last.label(), last.span() + 1, last.kind()));
            } else {
                groups.add(new Group(c.stage(), c.kind(), 1, c.kind()));
            }
            lastStage = c.stage();
        }
        return groups;
    }

    /** The rows sorted by model label. */
    public List<Row> rows() {
        return rows;
    }

    Optional<Row> row(String modelIri) {
        return Optional.ofNullable(byIri.get(modelIri));
    }

    Optional<Cell> cell(String assessmentIri) {
        return Optional.ofNullable(cellsByAssessment.get(assessmentIri));
    }

    /** Every cell whose assessment points at the resource with any property (its model, component, value, terms or tier). */
    List<Cell> cellsAbout(String iri) {
        return cellsByAssessment.values().stream()
                .filter(c -> iri.equals(c.model()) || iri.equals(c.component()) || iri.equals(c.value())
                        || iri.equals(c.terms()) || iri.equals(c.tier()) || iri.equals(c.ruleLevel()))
                .toList();
    }
}
