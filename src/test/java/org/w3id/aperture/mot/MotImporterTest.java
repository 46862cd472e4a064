package org.w3id.aperture.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.vocab.Slugs;

/**
 * The import of every vendored MOT record: what the YAML files say (read here with snakeyaml's
 * plain loader, not with the importer's reader) is what the Turtle says, and a re-import changes
 * no byte.
 */
class MotImporterTest {
    static final Path UPSTREAM = Fixtures.ROOT.resolve("data/upstream/model-openness-tool");
    static final Path OUTPUT = Fixtures.ROOT.resolve("data").resolve(MotImporter.OUTPUT);

    static List<Map<String, Object>> yaml;
    static Model graph;

    @BeforeAll
    static void load() throws IOException {
        yaml = new ArrayList<>();
        try (Stream<Path> files = Files.list(UPSTREAM.resolve("models"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                Map<String, Object> release = new TreeMap<>(release(new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f))));
                String base = f.getFileName().toString();
                release.put("iri", "https://w3id.org/aperture/mot/" + Slugs.of(base.substring(0, base.length() - 4)));
                yaml.add(release);
            }
        }
        graph = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            files.forEach(f -> RDFDataMgr.read(graph, f.toString()));
        }
        RDFDataMgr.read(graph, Fixtures.ROOT.resolve("data/crosswalks/mof.ttl").toString());
        RDFDataMgr.read(graph, Fixtures.ROOT.resolve("data/licenses.ttl").toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> release(Object root) {
        return (Map<String, Object>) ((Map<String, Object>) root).get("release");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> components(Map<String, Object> release) {
        return (List<Map<String, Object>>) release.get("components");
    }

    private static List<QuerySolution> select(String where) {
        String query = """
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT * WHERE { %s }""".formatted(where);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String where) {
        return select(where).size();
    }

    @Test
    void everyRecordOfTheVendoredFilesIsImported() {
        assertEquals(273, yaml.size(), "the vendored models/ folder");
        assertEquals(yaml.size(), count("?r a ap:MotRecord"));
        List<String> names = new ArrayList<>();
        yaml.forEach(r -> names.add(r.get("iri") + " " + r.get("name")));
        List<String> labels = new ArrayList<>();
        select("?r a ap:MotRecord ; rdfs:label ?l").forEach(s -> labels.add(s.getResource("r").getURI() + " " + s.getLiteral("l").getString()));
        assertEquals(new TreeSet<>(names), new TreeSet<>(labels), "one record per file (IRI from the file name), named by release.name");
        assertEquals(273, labels.size());
        assertEquals(273 + 3, OUTPUT.toFile().list().length, "a file per record, and source, licenses, organizations");
    }

    @Test
    void everyRecordHasSeventeenAssessmentsAndTheListedOnesAreIncluded() {
        int listed = yaml.stream().mapToInt(r -> components(r).size()).sum();
        assertEquals(273 * 17, count("?a ap:ratedRecord ?r ; ap:dimension ?d"));
        assertEquals(listed, count("?a ap:dimension ?d ; ap:included true"));
        assertEquals(273 * 17 - listed, count("?a ap:dimension ?d ; ap:included false"));

        Set<String> expected = new TreeSet<>();
        yaml.forEach(r -> components(r).forEach(c -> expected.add(r.get("iri") + " | " + c.get("name"))));
        Set<String> actual = new TreeSet<>();
        select("?a ap:included true ; ap:ratedRecord ?r ; ap:dimension/skos:prefLabel ?c")
                .forEach(s -> actual.add(s.getResource("r").getURI() + " | " + s.getLiteral("c").getString()));
        assertEquals(listed, actual.size());
        assertEquals(expected, actual, "the included components are those listed, by MOT's names");
    }

    @Test
    void everyLicenseStringIsKeptAsWritten() {
        Set<String> expected = new TreeSet<>();
        yaml.forEach(r -> components(r).forEach(c -> {
            if (c.get("license") != null) {
                expected.add(r.get("iri") + " | " + c.get("name") + " | " + c.get("license"));
            }
        }));
        Set<String> actual = new TreeSet<>();
        select("?a ap:licenseAsWritten ?l ; ap:ratedRecord ?r ; ap:dimension/skos:prefLabel ?c")
                .forEach(s -> actual.add(s.getResource("r").getURI() + " | " + s.getLiteral("c").getString()
                        + " | " + s.getLiteral("l").getString()));
        assertEquals(expected, actual);
        assertEquals(1425, actual.size(), "the component licenses of the vendored files");
    }

    @Test
    void oneResourcePerLicenseNameReusedAcrossRecords() {
        long llama2 = yaml.stream().flatMap(r -> components(r).stream())
                .filter(c -> "Llama 2 Community License".equals(c.get("license"))).count();
        assertTrue(llama2 > 1, "several records name it");
        assertEquals(llama2, count("?a ap:license <https://w3id.org/aperture/license/llama-2-community-license>"));
        assertEquals(1, count("<https://w3id.org/aperture/license/llama-2-community-license> a ap:License ; rdfs:label ?l"));
        // an SPDX id written in another case is normalised to SPDX's spelling
        assertEquals(1, count("?a ap:licenseAsWritten \"apache-2.0\" ; ap:license <https://w3id.org/aperture/license/spdx/Apache-2.0>"));
        // a name whose slug data/licenses.ttl already has is that resource, not a new one
        assertTrue(count("?a ap:licenseAsWritten \"Apache 2.0\" ; ap:license <https://w3id.org/aperture/license/apache-2-0>") > 0);
        assertFalse(read(OUTPUT.resolve("licenses.ttl")).contains("<license/apache-2-0>"), "and is not described again");
        assertEquals(1, count("<https://w3id.org/aperture/license/unlicensed> a ap:AvailabilityStatement"));
        assertEquals(0, count("?x a ap:License ; ap:asWritten ?w . FILTER(STRSTARTS(STR(?x), \"https://w3id.org/aperture/license/spdx/\"))"),
                "MOT's licenses keep their texts on the assessments");
    }

    @Test
    void theSourceAndEachFileAreResources() {
        assertEquals(1, count("<https://w3id.org/aperture/source/mot-8b5d30e> ap:commit \"" + MotSource.COMMIT + "\""));
        assertEquals(273 + 4, count("?f <http://purl.org/dc/terms/isPartOf> <https://w3id.org/aperture/source/mot-8b5d30e>"));
        assertEquals(1, count("<https://w3id.org/aperture/source/mot-8b5d30e/file/pile-t5-xxl-yml> "
                + "<http://xmlns.com/foaf/0.1/page> <" + MotSource.REPOSITORY + "/blob/" + MotSource.COMMIT + "/models/Pile-T5%20XXL.yml>"));
        assertEquals(1, count("<https://w3id.org/aperture/source/mot-8b5d30e> <http://purl.org/dc/terms/rights> ?r "
                + "FILTER(CONTAINS(?r, \"Copyright 2024 The Model Openness Tool Authors\"))"), "the MIT notice");
        assertEquals(273 * 17, count("?a ap:dimension ?d ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?f . "
                + "?f <http://purl.org/dc/terms/isPartOf> <https://w3id.org/aperture/source/mot-8b5d30e>"));
    }

    @Test
    void theComputedClassesAreTheEvaluatorsOnEveryRecord() {
        Map<Integer, Integer> inGraph = new TreeMap<>();
        select("?r ap:mofClassComputed ?c").forEach(s -> inGraph.merge(s.getLiteral("c").getInt(), 1, Integer::sum));
        MotImporter.Rendered rendered = new MotImporter(Fixtures.ROOT.resolve("data")).render(UPSTREAM);
        assertEquals(rendered.classCounts(), inGraph);
        assertEquals(273, inGraph.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(273 * 3, count("?r ap:mofProgress ?p . ?p ap:percent ?x"));
    }

    @Test
    void theSummaryCountsWhatTheFilesHold() {
        ImportSummary summary = new MotImporter(Fixtures.ROOT.resolve("data")).render(UPSTREAM).summary();
        long unlicensed = yaml.stream().flatMap(r -> components(r).stream()).filter(c -> "unlicensed".equals(c.get("license"))).count();
        assertEquals(unlicensed, summary.count("license 'unlicensed' (component)"));
        long emptyType = yaml.stream().filter(r -> "".equals(r.get("type"))).count();
        assertEquals(emptyType, summary.count("empty value: release.type"));
        long noHf = yaml.stream().filter(r -> !r.containsKey("huggingface")).count();
        assertEquals(noHf, summary.count("not given: release.huggingface"));
        assertEquals(0, summary.count("component name not one of MOF's 17 (kept as written, not evaluated)"));
        assertEquals(0, summary.count("malformed date (kept as written)"));
        assertTrue(summary.count("license string not in MOT's license lists") > 0);
    }

    @Test
    void reimportChangesNoByteAndMatchesTheCommittedData(@TempDir Path dir) throws IOException {
        var home = Fixtures.copyOfParts(dir, "data/upstream/model-openness-tool", "data/licenses.ttl", "data/organizations.ttl",
                "data/" + MotImporter.CURATED_TERMS, "data/" + MotImporter.OUTPUT);
        Path target = home.data().resolve(MotImporter.OUTPUT);
        Map<String, String> committed = Fixtures.snapshot(target);

        MotImporter.Result again = new MotImporter(home.data()).run(home.data().resolve("upstream/model-openness-tool"));
        assertEquals(List.of(), again.written(), "the committed data/frameworks/mot/ is what the importer writes");
        assertEquals(276, again.unchanged().size());

        try (Stream<Path> files = Files.list(target)) {
            files.forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        MotImporter.Result fresh = new MotImporter(home.data()).run(home.data().resolve("upstream/model-openness-tool"));
        assertEquals(276, fresh.written().size());
        assertEquals(committed, Fixtures.snapshot(target));
    }

    @Test
    void renderingTwiceGivesTheSameText() {
        MotImporter importer = new MotImporter(Fixtures.ROOT.resolve("data"));
        assertEquals(importer.render(UPSTREAM).files(), importer.render(UPSTREAM).files());
        assertFalse(importer.render(UPSTREAM).files().isEmpty());
    }
}
