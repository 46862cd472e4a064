package org.w3id.aperture.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.vocab.Slugs;
import org.w3id.aperture.vocab.Taxonomy;

class ImporterTest {
    private static final String SOURCE = "llm-openness-dataset-159a7bc";

    private static Importer importer(Home home) {
        return new Importer(Taxonomy.load(home.ontology()), DatasetSource.read(home.data().resolve("sources.ttl"), SOURCE));
    }

    /**
     * A fresh import writes exactly the committed data/models/, so the graph built from those files, the test JVM's
     * shared one, holds what the import read: every upstream cell comes back out of the openness matrix.
     */
    @Test
    void everyUpstreamCellRoundTripsThroughTheGraph(@TempDir Path dir) {
        Home home = Fixtures.copyOfParts(dir, "ontology", "data/sources.ttl");
        importer(home).run(Fixtures.UPSTREAM, home.data());
        assertEquals(Fixtures.snapshot(Fixtures.home().data().resolve("models")), Fixtures.snapshot(home.data().resolve("models")));

        Map<String, String> expected = new TreeMap<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            boolean unknown = c.value().equals("Unknown");
            expected.put(c.title() + " | " + c.key(), c.notation() + " | license=" + (unknown ? null : c.license())
                    + " | note=" + (unknown ? c.license() : null));
        }
        assertEquals(540, expected.size(), "45 models x 12 components upstream");

        Map<String, String> actual = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(Fixtures.graph()))
                .query(NamedQueries.load(Fixtures.home().queries()).get("openness-matrix").orElseThrow().query()).build()) {
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
        Home home = Fixtures.copyOfParts(dir, "ontology", "data/sources.ttl", "data/models");
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

    /**
     * Each model and each cell derives from the model's own file, whose page is the file at the
     * commit; each cell names the line of its value. The line is checked against the raw text of
     * the upstream file: it holds "value: ..." with the cell's value, under the cell's component.
     */
    @Test
    void everyModelAndCellDerivesFromItsFileAndNamesTheLineOfItsValue() throws IOException {
        DatasetGraph graph = Fixtures.graph();
        String commit = "159a7bc2e4e0da26226e1a80f57a7b589dd88993";
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph)).query("""
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?model ?file ?page ?dataset ?key ?line WHERE {
                  ?model a ap:Model ; prov:wasDerivedFrom ?file .
                  ?file foaf:page ?page ; dcterms:isPartOf ?dataset .
                  ?a ap:model ?model ; ap:component/ap:upstreamKey ?key ; prov:wasDerivedFrom ?file ; ap:sourceLine ?line .
                }""").build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        assertEquals(540, rows.size(), "45 models x 12 cells, each from its model's file with a line");
        Map<String, String> upstreamValue = new HashMap<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            upstreamValue.put(c.title() + "|" + c.key(), c.value());
        }
        Map<String, String> titleOfModel = new HashMap<>();
        importer(Fixtures.home()).read(Fixtures.UPSTREAM).forEach(m -> titleOfModel.put("https://w3id.org/aperture/model/" + m.slug(), m.title()));
        for (QuerySolution r : rows) {
            String page = r.getResource("page").getURI();
            String prefix = "https://github.com/open-source-llms/open-source-llms.github.io/blob/" + commit + "/_llms/";
            assertTrue(page.startsWith(prefix), page);
            String fileName = page.substring(prefix.length());
            assertEquals("https://w3id.org/aperture/source/" + SOURCE + "/file/" + Slugs.of(fileName),
                    r.getResource("file").getURI());
            assertEquals("https://w3id.org/aperture/source/" + SOURCE, r.getResource("dataset").getURI());

            List<String> lines = Files.readAllLines(Fixtures.UPSTREAM.resolve("_llms").resolve(fileName));
            int line = r.getLiteral("line").getInt();
            String key = r.getLiteral("key").getString();
            String text = lines.get(line - 1);
            assertTrue(text.strip().startsWith("value: "), fileName + ":" + line + " is '" + text + "'");
            String title = titleOfModel.get(r.getResource("model").getURI());
            assertEquals(upstreamValue.get(title + "|" + key), text.strip().substring("value: ".length()), fileName + ":" + line);
            assertEquals(key, keyAbove(lines, line - 1), fileName + ":" + line);
        }
    }

    /** The dotted path of the YAML mapping keys that enclose line {@code index}, read by indentation. */
    private static String keyAbove(List<String> lines, int index) {
        List<String> parts = new ArrayList<>();
        int indent = indent(lines.get(index));
        for (int i = index - 1; i >= 1 && indent > 0; i--) {
            String l = lines.get(i);
            if (!l.isBlank() && indent(l) < indent) {
                indent = indent(l);
                parts.add(0, l.strip().replace(":", ""));
            }
        }
        return String.join(".", parts);
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    @Test
    void aSourceWithoutItsRepositoryOrCommitStopsTheImport(@TempDir Path dir) {
        Home home = Fixtures.copyOfParts(dir, "data/sources.ttl");
        Path sources = home.data().resolve("sources.ttl");
        Fixtures.replaceOnce(sources, "    schema:codeRepository <https://github.com/open-source-llms/open-source-llms.github.io> ;\n", "");
        ImportException e = assertThrows(ImportException.class, () -> DatasetSource.read(sources, SOURCE));
        assertTrue(e.getMessage().contains("source/" + SOURCE + " needs exactly one schema:codeRepository, has 0"), e.getMessage());
        assertTrue(e.getMessage().contains("sources.ttl"), e.getMessage());
        ImportException commit = assertThrows(ImportException.class, () -> DatasetSource.read(sources, "aperture-curation"));
        assertTrue(commit.getMessage().contains("source/aperture-curation needs exactly one ap:commit, has 0"), commit.getMessage());
    }
}
