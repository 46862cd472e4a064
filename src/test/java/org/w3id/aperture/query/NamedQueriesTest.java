package org.w3id.aperture.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.graph.LoadException;

/** Every named query loads with its header and runs; the core questions give their expected answers. */
class NamedQueriesTest {
    private static DatasetGraph graph;
    private static NamedQueries queries;

    @BeforeAll
    static void load() {
        graph = Fixtures.graph();
        queries = NamedQueries.load(Fixtures.home().queries());
    }

    private static List<QuerySolution> select(String name) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph))
                .query(queries.get(name).orElseThrow().query()).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void everyQueryFileHasItsHeaderAndRunsLocally() {
        int count = 0;
        int federated = 0;
        for (NamedQuery q : queries.all()) {
            count++;
            assertFalse(q.title().isBlank() || q.question().isBlank() || q.source().isBlank(), q.name());
            boolean callsService = q.query().toString().contains("SERVICE");
            assertEquals(callsService, q.federated(), q.name());
            if (callsService) {
                federated++;
                continue;
            }
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph)).query(q.query()).build()) {
                if (q.query().isSelectType()) {
                    qe.execSelect().forEachRemaining(row -> {});
                }
            }
        }
        assertTrue(count >= 4, "the gallery holds the core queries");
        assertTrue(federated > 0, "the gallery holds a federated query");
    }

    @Test
    void aQueryWithoutHeaderIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bare.rq"), "SELECT * { ?s ?p ?o }");
        LoadException e = assertThrows(LoadException.class, () -> NamedQueries.load(dir));
        assertTrue(e.getMessage().contains("bare.rq") && e.getMessage().contains("# title"), e.getMessage());
    }

    @Test
    void openWeightsClosedTrainingDataMatchesTheUpstreamFiles() {
        Map<String, Map<String, String>> byModel = new HashMap<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            byModel.computeIfAbsent(c.title(), t -> new HashMap<>()).put(c.key(), c.value());
        }
        Set<String> expected = new TreeSet<>();
        byModel.forEach((title, cells) -> {
            String weights = cells.get("deployment.data.weights");
            if (weights.matches("[345]") && cells.get("training.data.pretraining").equals("1")) {
                expected.add(title);
            }
        });
        Set<String> actual = new TreeSet<>();
        select("open-weights-closed-training-data").forEach(r -> actual.add(r.getLiteral("modelLabel").getString()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    /** The paper's rule, written again here: points 0-1, 2-3, 4, 5 give C2/D3, C3/D3, C4/D4, C5/D5. */
    private static String ruleLevel(int points, String kind) {
        int level = points <= 1 ? 2 : points <= 3 ? 3 : points;
        return kind.equals("code") ? "C" + level : "D" + Math.max(level, 3);
    }

    @Test
    void licenseRuleDisagreementsAreExactlyTheCellsTheRuleRatesOtherwise() {
        Map<String, Integer> points = new HashMap<>();
        String permissions = """
                PREFIX ap: <https://w3id.org/aperture#>
                SELECT ?text ?r ?c ?m ?cd ?ol WHERE { ?l a ap:License ; ap:asWritten ?text ;
                  ap:permitsResearch ?r ; ap:permitsCommercialUse ?c ; ap:permitsModification ?m ;
                  ap:permitsCopyrightedDerivatives ?cd ; ap:permitsRelicensedDerivatives ?ol }""";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph)).query(permissions).build()) {
            qe.execSelect().forEachRemaining(r -> {
                int p = 0;
                for (String v : List.of("r", "c", "m", "cd", "ol")) {
                    p += r.getLiteral(v).getBoolean() ? 1 : 0;
                }
                points.put(r.getLiteral("text").getString(), p);
            });
        }
        Set<String> expected = new TreeSet<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            if (c.license() == null || !points.containsKey(c.license()) || !c.value().matches("[1-5]")) {
                continue;
            }
            String rule = ruleLevel(points.get(c.license()), c.key().contains(".code.") ? "code" : "data");
            if (!rule.equals(c.notation())) {
                expected.add(c.title() + " " + c.key() + " " + c.notation() + "->" + rule);
            }
        }
        Set<String> actual = new TreeSet<>();
        select("license-rule-disagreements").forEach(r -> actual.add(r.getLiteral("modelLabel").getString() + " "
                + r.getLiteral("componentKey").getString() + " " + r.getLiteral("value").getString() + "->"
                + r.getLiteral("ruleValue").getString()));
        assertTrue(expected.contains("PolyCoder deployment.data.weights D5->D4"), "share-alike rated 5 is a disagreement");
        assertEquals(expected, actual);
    }
}
