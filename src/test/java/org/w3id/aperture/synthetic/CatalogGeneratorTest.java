package org.w3id.aperture.synthetic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.files.FolderException;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;

/** The synthetic catalog: deterministic for a seed, and data that the shapes accept. */
class CatalogGeneratorTest {
    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) {
        CatalogGenerator generator = CatalogGenerator.from(Fixtures.home());
        generator.write(40, 42, dir.resolve("a"));
        generator.write(40, 42, dir.resolve("b"));
        generator.write(40, 43, dir.resolve("c"));
        Map<String, String> a = Fixtures.snapshot(dir.resolve("a"));
        assertEquals(40 + 2, a.size(), "40 model files, organisations, source: " + a.keySet());
        assertEquals(a, Fixtures.snapshot(dir.resolve("b")));
        // a fresh generator (re-reading the home) gives the same bytes too
        CatalogGenerator.from(Fixtures.home()).write(40, 42, dir.resolve("d"));
        assertEquals(a, Fixtures.snapshot(dir.resolve("d")));
        assertNotEquals(a, Fixtures.snapshot(dir.resolve("c")));
    }

    @Test
    void generatedDataConformsAndAddsTheModels(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        CatalogGenerator.from(home).write(60, 7, home.data().resolve("synthetic"));
        // the build validates the whole data first and would fail listing every problem
        var ds = org.apache.jena.query.DatasetFactory.wrap(assertDoesNotThrow(() -> KnowledgeGraph.build(home)));
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                PREFIX ap: <https://w3id.org/aperture#>
                SELECT (COUNT(DISTINCT ?m) AS ?models) (COUNT(?a) AS ?cells) WHERE {
                  ?m a ap:Model . ?a ap:model ?m . FILTER(STRSTARTS(STR(?m), "https://w3id.org/aperture/model/synthetic-")) }""")
                .build()) {
            var row = qe.execSelect().next();
            assertEquals(60, row.getLiteral("models").getInt());
            assertEquals(60 * 12, row.getLiteral("cells").getInt());
        }
        // a spread of values, not one template copied: several weights levels among 60 models
        Set<String> weights = new HashSet<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                PREFIX ap: <https://w3id.org/aperture#>
                SELECT ?v WHERE { ?a ap:model ?m ; ap:component <https://w3id.org/aperture/component/deployment-data-weights> ;
                  ap:value ?v . FILTER(STRSTARTS(STR(?m), "https://w3id.org/aperture/model/synthetic-")) }""").build()) {
            qe.execSelect().forEachRemaining(s -> weights.add(s.getResource("v").getURI()));
        }
        assertTrue(weights.size() >= 3, "weights levels: " + weights);
    }

    @Test
    void refusesANonEmptyFolderAndABadCount(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        CatalogGenerator generator = CatalogGenerator.from(Fixtures.home());
        assertThrows(FolderException.class, () -> generator.write(5, 1, dir));
        assertThrows(IllegalArgumentException.class, () -> generator.write(0, 1, dir.resolve("new")));
        assertEquals(Map.of("keep.txt", "mine"), Fixtures.snapshot(dir));
    }
}
