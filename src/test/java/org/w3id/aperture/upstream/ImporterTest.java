package org.w3id.aperture.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.vocab.Taxonomy;

class ImporterTest {
    private static final String SOURCE = "llm-openness-dataset-159a7bc";

    private static Importer importer(Home home) {
        return new Importer(Taxonomy.load(home.ontology()), SOURCE);
    }

    @Test
    void everyUpstreamCellRoundTripsThroughTheGraph(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        Fixtures.snapshot(home.data().resolve("models")).keySet()
                .forEach(f -> home.data().resolve("models").resolve(f).toFile().delete());
        importer(home).run(Fixtures.UPSTREAM, home.data());

        Map<String, String> expected = new TreeMap<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            boolean unknown = c.value().equals("Unknown");
            expected.put(c.title() + " | " + c.key(), c.notation() + " | license=" + (unknown ? null : c.license())
                    + " | note=" + (unknown ? c.license() : null));
        }
        assertEquals(540, expected.size(), "45 models x 12 components upstream");

        DatasetGraph graph = KnowledgeGraph.build(home);
        Map<String, String> actual = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph))
                .query(NamedQueries.load(home.queries()).get("openness-matrix").orElseThrow().query()).build()) {
            qe.execSelect().forEachRemaining(row -> actual.put(
                    row.getLiteral("modelLabel").getString() + " | " + row.getLiteral("componentKey").getString(),
                    row.getLiteral("value").getString()
                            + " | license=" + (row.contains("license") ? row.getLiteral("license").getString() : null)
                            + " | note=" + (row.contains("note") ? row.getLiteral("note").getString() : null)));
        }
        assertEquals(expected, actual);
    }

    @Test
    void reimportIsByteIdenticalAndMatchesTheCommittedData(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        Map<String, String> committed = Fixtures.snapshot(home.data().resolve("models"));

        Importer.Result first = importer(home).run(Fixtures.UPSTREAM, home.data());
        assertEquals(List.of(), first.written(), "the committed data/models/ is exactly what the importer writes");
        assertEquals(45, first.unchanged().size());

        Fixtures.snapshot(home.data().resolve("models")).keySet()
                .forEach(f -> home.data().resolve("models").resolve(f).toFile().delete());
        Importer.Result fresh = importer(home).run(Fixtures.UPSTREAM, home.data());
        assertEquals(45, fresh.written().size());
        assertEquals(committed, Fixtures.snapshot(home.data().resolve("models")));
    }

    @Test
    void renderingTwiceGivesTheSameText() {
        Importer importer = importer(Fixtures.home());
        List<UpstreamModel> models = importer.read(Fixtures.UPSTREAM);
        assertEquals(importer.render(models), importer.render(importer.read(Fixtures.UPSTREAM)));
    }

    @Test
    void arxivIdentifiersComeFromArxivLinksOnly() {
        assertEquals("2307.09288", ModelTurtle.arxivId("https://arxiv.org/abs/2307.09288"));
        assertEquals("2109.00859", ModelTurtle.arxivId("https://arxiv.org/pdf/2109.00859.pdf"));
        assertEquals("2109.00859", ModelTurtle.arxivId("https://arxiv.org/abs/2109.00859v2"));
        assertNull(ModelTurtle.arxivId("https://llama.meta.com/"));
        Map<String, String> bySlug = new HashMap<>();
        importer(Fixtures.home()).read(Fixtures.UPSTREAM).forEach(m -> bySlug.put(m.slug(), ModelTurtle.arxivId(m.link())));
        assertEquals(29, bySlug.values().stream().filter(java.util.Objects::nonNull).count());
    }
}
