package org.w3id.aperture.osai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Slugs;

/** The import of the European Open Source AI Index against every vendored file. */
class OsaiImportTest {
    private static final List<String> SECTIONS = List.of("system", "org");
    private static IndexImporter.Rendering rendering;
    private static Model output;

    @BeforeAll
    static void importTheVendoredFolder() {
        Home home = Fixtures.home();
        rendering = IndexImporter.osai(home).render(IndexFiles.OSAI, home.data());
        output = IndexFiles.parse(rendering.files(), home.data().resolve("crosswalks/eosai.ttl"));
    }

    @Test
    void everyYamlFileButTheTemplateIsARecord() {
        List<String> files = IndexFiles.allFiles(IndexFiles.OSAI);
        long yaml = files.stream().filter(f -> f.endsWith(".yaml")).count();
        Summary summary = rendering.summary();
        assertEquals(194, yaml, "YAML files vendored");
        assertEquals(yaml - 1, summary.records(), "every YAML file but the template is a record");
        assertEquals(List.of("a_submission_template.yaml"), summary.templates());
        assertEquals(List.of(".zenodo.json", "SOURCE.md", "_parameters-descriptions.yml", "_parameters.yml", "readme.md"),
                summary.otherFiles());
        assertEquals(files.size(), yaml + summary.otherFiles().size());
        assertEquals(summary.records() + 1, rendering.files().size(), "one file per record and source.ttl");
        assertEquals(193 * 12, summary.assessments(), "every record rates all 12 dimensions");
        assertEquals(193 * 12, output.listSubjectsWithProperty(output.createProperty(Ap.NS, "ratedRecord")).toList().size());
    }

    @Test
    void everyDimensionOfEveryFileIsAnAssessmentAsWritten() {
        Map<String, String> expected = IndexFiles.ratingsInYaml(IndexFiles.OSAI, "a_submission_template.yaml", SECTIONS);
        assertEquals(193 * 12, expected.size());
        assertEquals(List.of(), IndexFiles.differences(expected, IndexFiles.ratingsInGraph(output, "osai")));
        Summary summary = rendering.summary();
        assertEquals(expected.values().stream().filter(v -> v.startsWith("open |")).count(), summary.count(OsaiClass.OPEN));
        assertEquals(expected.values().stream().filter(v -> v.startsWith("closed |")).count(), summary.count(OsaiClass.CLOSED));
        assertEquals(expected.values().stream().filter(v -> v.startsWith("partial |")).count(), summary.count(OsaiClass.PARTIAL));
    }

    @Test
    void recordMetadataIsAsWritten() {
        Map<String, String> expected = new TreeMap<>();
        IndexFiles.yamlFiles(IndexFiles.OSAI).forEach((name, doc) -> {
            if (name.equals("a_submission_template.yaml")) {
                return;
            }
            Map<?, ?> system = (Map<?, ?>) doc.get("system");
            Map<?, ?> org = (Map<?, ?>) doc.get("org");
            Object license = system.containsKey("endmodellicense") ? system.get("endmodellicense") : system.get("endmodel license");
            expected.put(Slugs.of(name.replaceAll("\\.yaml$", "")), String.join(" | ", String.valueOf(IndexFiles.text(system.get("name"))),
                    String.valueOf(IndexFiles.text(org.get("name"))), String.valueOf(IndexFiles.text(license)),
                    String.valueOf(IndexFiles.text(system.get("releasedate"))), String.valueOf(IndexFiles.text(system.get("type"))),
                    String.valueOf(IndexFiles.text(system.get("performanceclass"))),
                    String.valueOf(IndexFiles.text(system.get("basemodelname"))), String.valueOf(IndexFiles.text(system.get("endmodelname")))));
        });
        Map<String, String> actual = new TreeMap<>();
        output.listSubjectsWithProperty(RDF.type, output.createResource(Ap.NS + "OsaiRecord")).forEach(r -> {
            String issued = r.hasProperty(DCTerms.issued)
                    ? r.getProperty(DCTerms.issued).getString() : IndexFiles.string(r, "dateAsWritten");
            actual.put(r.getURI().substring((Ap.BASE + "osai/").length()), String.join(" | ",
                    r.getProperty(RDFS.label).getString(), IndexFiles.string(r, "producerName"),
                    String.valueOf(IndexFiles.string(r, "endModelLicense")), String.valueOf(issued),
                    String.valueOf(IndexFiles.string(r, "modelType")), String.valueOf(IndexFiles.string(r, "performanceClass")),
                    String.valueOf(IndexFiles.string(r, "baseModelName")), String.valueOf(IndexFiles.string(r, "endModelName"))));
        });
        assertEquals(List.of(), IndexFiles.differences(expected, actual));
        Resource olmo = output.getResource(Ap.BASE + "osai/amd-olmo");
        assertEquals("AMD", IndexFiles.string(olmo, "producerName"));
        assertEquals(Ap.BASE + "org/amd", olmo.getPropertyResourceValue(output.createProperty(Ap.NS, "producer")).getURI());
        assertEquals("amd/AMD-OLMo-1B-SFT-DPO", IndexFiles.string(olmo, "huggingFaceId"));
        assertEquals("2024-10", olmo.getProperty(DCTerms.issued).getString());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth",
                olmo.getProperty(DCTerms.issued).getLiteral().getDatatypeURI());
    }

    @Test
    void headerTagsAreKeptAsWritten() throws IOException {
        Pattern tag = Pattern.compile("(?m)^# - (National origin|Contributor type|Base model training compute|End model training compute): *(.*?)\\s*$");
        List<String> expected = new ArrayList<>();
        for (Path file : Files.list(IndexFiles.OSAI).filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
            Matcher m = tag.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(2).isEmpty()) {
                    expected.add(Slugs.of(file.getFileName().toString().replaceAll("\\.yaml$", "")) + " | " + m.group(1) + " | " + m.group(2));
                }
            }
        }
        Map<String, String> property = Map.of("nationalOrigin", "National origin", "contributorType", "Contributor type",
                "baseModelTrainingCompute", "Base model training compute", "endModelTrainingCompute", "End model training compute");
        List<String> actual = new ArrayList<>();
        property.forEach((local, key) -> output.listStatements(null, output.createProperty(Ap.NS, local), (String) null)
                .forEach(st -> actual.add(st.getSubject().getURI().substring((Ap.BASE + "osai/").length()) + " | " + key + " | " + st.getString())));
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        assertEquals(expected.size(), rendering.summary().count(Oddity.HEADER_TAG));
        assertTrue(actual.contains("amd-olmo | Base model training compute | >= 2.4e+20 FLOP (lower bound from 2x Chinchilla)"), actual.toString());
    }

    @Test
    void theOdditiesOfTheVendoredFilesAreCountedWithTheirPlaces() {
        Summary s = rendering.summary();
        assertEquals(0, s.count(Oddity.NOT_APPLICABLE), "no class is left empty at this commit");
        assertEquals(0, s.count(Oddity.UNKNOWN_CLASS));
        assertEquals(0, s.count(Oddity.MISSING_DIMENSION));
        assertEquals(0, s.count(Oddity.MALFORMED_DATE));
        assertEquals(List.of("Zephyr.yaml:90"), s.where(Oddity.NO_LINK_KEY));
        assertEquals(List.of("TildeOpen.yaml:29"), s.where(Oddity.UNPARSABLE_LINK));
        assertEquals(List.of("Magicoder.yaml:86", "Olmo 3 RL-Zero Code.yaml:86", "leo.yaml:40"), s.where(Oddity.DUPLICATE_LINK));
        assertEquals(s.count(Oddity.DUPLICATE_LINK), IndexFiles.yamlFiles(IndexFiles.OSAI).values().stream()
                .flatMap(doc -> doc.values().stream())
                .mapToInt(v -> v instanceof Map<?, ?> m && m.get("link") instanceof List<?> l ? l.size() - (int) l.stream().distinct().count() : 0)
                .sum(), "repeated links, counted in the YAML");
        assertEquals(List.of("GANSynth.yaml:25", "MusicLDM.yaml:25", "Rave.yaml:25", "StableAudio.yaml:25"), s.where(Oddity.VARIANT_KEY));
        assertEquals(List.of("koala.yaml:23"), s.where(Oddity.UNKNOWN_KEY));
        assertEquals(List.of("KimiK2.5.yaml", "VGen.yaml"), s.where(Oddity.NO_HEADER_TAGS));
        assertEquals(193 * 3, s.count(Oddity.ATTRIBUTION_COMMENT), "three paragraphs of attribution in every file");
        assertEquals(7, s.count(Oddity.KEPT_COMMENT), "six MusGO notes and one link in lumo.yaml");
        assertEquals("system.datasources_endmodel: HC3, ShareGPT, alpaca (synthetic)",
                IndexFiles.string(output.getResource(Ap.BASE + "osai/koala"), "unmappedField"));
        assertEquals("tilde.ai", IndexFiles.string(output.getResource(Ap.BASE + "osai/tildeopen"), "producerPageAsWritten"));
        assertTrue(IndexFiles.string(output.getResource(Ap.BASE + "osai/lumo/base-model-weights"), "sourceComment")
                .endsWith("Mistral-7B-Instruct-v0.2-q4f16_1-MLC/ndarray-cache.json"));
        assertEquals(s.count(Oddity.SEVERAL_LINKS), (int) IndexFiles.yamlFiles(IndexFiles.OSAI).values().stream()
                .flatMap(doc -> doc.entrySet().stream()).filter(e -> !SECTIONS.contains(e.getKey()))
                .filter(e -> e.getValue() instanceof Map<?, ?> m && IndexFiles.texts(m.get("link")).stream().distinct().count() > 1)
                .count(), "lists of more than one distinct link");
    }

    @Test
    void theSourceDescribesTheDatasetAndEveryVendoredFileButAperturesNote() {
        Resource source = output.getResource(Ap.BASE + "source/osai-5a388e8");
        assertEquals("http://spdx.org/licenses/CC-BY-4.0",
                source.getPropertyResourceValue(DCTerms.license).getURI());
        assertTrue(source.listProperties(DCTerms.bibliographicCitation).toList().stream()
                .anyMatch(st -> st.getString().startsWith("Liesenfeld, A. and Dingemanse, M., 2024. Rethinking open source generative AI")));
        List<String> described = output.listSubjectsWithProperty(DCTerms.isPartOf, source)
                .mapWith(r -> r.getProperty(RDFS.label).getString()).toList().stream().sorted().toList();
        assertEquals(IndexFiles.allFiles(IndexFiles.OSAI).stream().filter(f -> !f.equals("SOURCE.md")).toList(), described);
        Resource olmoFile = output.getResource(Ap.BASE + "source/osai-5a388e8/file/amd-olmo-yaml");
        assertEquals("https://github.com/Language-Technology-Assessment/main-database/blob/5a388e871b88735e7ab7e6fb230b76c9d460d99a/AMD%20OLMo.yaml",
                olmoFile.getPropertyResourceValue(FOAF.page).getURI());
    }

    @Test
    void reimportIsByteIdenticalAndMatchesTheCommittedData(@TempDir Path dir) throws IOException {
        Home home = Fixtures.copyOfHome(dir);
        Path folder = home.data().resolve("frameworks/osai");
        Map<String, String> committed = Fixtures.snapshot(folder);
        IndexImporter.Result again = IndexImporter.osai(home).run(home.data().resolve("upstream/osai-index"), home.data());
        assertEquals(List.of(), again.written(), "the committed data/frameworks/osai/ is exactly what the importer writes");
        assertEquals(194, again.unchanged().size());

        committed.keySet().forEach(f -> folder.resolve(f).toFile().delete());
        IndexImporter.Result fresh = IndexImporter.osai(home).run(home.data().resolve("upstream/osai-index"), home.data());
        assertEquals(194, fresh.written().size());
        assertEquals(committed, Fixtures.snapshot(folder));
    }

    @Test
    void renderingTwiceGivesTheSameText() {
        Home home = Fixtures.home();
        assertEquals(rendering.files(), IndexImporter.osai(home).render(IndexFiles.OSAI, home.data()).files());
    }
}
