package org.w3id.aperture.osai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
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

/** The import of Opening up ChatGPT against every vendored project file. */
class OucImportTest {
    private static final Path PROJECTS = IndexFiles.OUC.resolve("projects");
    private static final List<String> SECTIONS = List.of("project", "org");
    private static IndexImporter.Rendering rendering;
    private static Model output;

    @BeforeAll
    static void importTheVendoredFolder() {
        Home home = Fixtures.home();
        rendering = IndexImporter.ouc(home).render(IndexFiles.OUC, home.data());
        output = IndexFiles.parse(rendering.files(), home.data().resolve("crosswalks/ouc.ttl"));
    }

    @Test
    void everyProjectFileButTheTemplateIsARecord() {
        List<String> files = IndexFiles.allFiles(IndexFiles.OUC);
        long yaml = files.stream().filter(f -> f.endsWith(".yaml")).count();
        Summary summary = rendering.summary();
        assertEquals(48, yaml, "YAML files vendored, the template included");
        assertEquals(yaml - 1, summary.records());
        assertEquals(47, summary.records());
        assertEquals(List.of("projects/A_sample.yaml"), summary.templates());
        assertEquals(List.of("SOURCE.md", "projects/readme.md"), summary.otherFiles());
        assertEquals(47 * 14, summary.assessments(), "every project rates all 14 items");
    }

    @Test
    void everyItemOfEveryFileIsAnAssessmentAsWritten() {
        Map<String, String> expected = IndexFiles.ratingsInYaml(PROJECTS, "A_sample.yaml", SECTIONS);
        assertEquals(47 * 14, expected.size());
        assertEquals(List.of(), IndexFiles.differences(expected, IndexFiles.ratingsInGraph(output, "ouc")));
    }

    @Test
    void projectMetadataIsAsWritten() {
        Map<String, String> expected = new TreeMap<>();
        IndexFiles.yamlFiles(PROJECTS).forEach((name, doc) -> {
            if (!name.equals("A_sample.yaml")) {
                Map<?, ?> project = (Map<?, ?>) doc.get("project");
                Map<?, ?> org = (Map<?, ?>) doc.get("org");
                String slug = Slugs.of(name.replaceAll("\\.yaml$", ""));
                String label = IndexFiles.text(project.get("name")) == null ? name.replaceAll("\\.yaml$", "") : IndexFiles.text(project.get("name"));
                expected.put(slug, String.join(" | ", label, String.valueOf(IndexFiles.text(org.get("name"))),
                        String.valueOf(IndexFiles.text(project.get("llmbase"))), String.valueOf(IndexFiles.text(project.get("rlbase"))),
                        String.valueOf(IndexFiles.text(project.get("license"))), String.valueOf(IndexFiles.text(project.get("notes")))));
            }
        });
        Map<String, String> actual = new TreeMap<>();
        output.listSubjectsWithProperty(RDF.type, output.createResource(Ap.NS + "OucRecord")).forEach(r -> actual.put(
                r.getURI().substring((Ap.BASE + "ouc/").length()), String.join(" | ", r.getProperty(RDFS.label).getString(),
                        String.valueOf(IndexFiles.string(r, "producerName")), String.valueOf(IndexFiles.string(r, "baseModelName")),
                        String.valueOf(IndexFiles.string(r, "rlBase")), String.valueOf(IndexFiles.string(r, "projectLicense")),
                        String.valueOf(r.hasProperty(DCTerms.description) ? r.getProperty(DCTerms.description).getString() : null))));
        assertEquals(List.of(), IndexFiles.differences(expected, actual));
    }

    @Test
    void theOdditiesOfTheVendoredFilesAreCountedWithTheirPlaces() {
        Summary s = rendering.summary();
        assertEquals(0, s.count(Oddity.NOT_APPLICABLE));
        assertEquals(0, s.count(Oddity.UNKNOWN_CLASS));
        assertEquals(0, s.count(Oddity.MISSING_DIMENSION));
        assertEquals(List.of("text-generation-webui.yaml:2"), s.where(Oddity.NO_NAME));
        assertEquals(List.of("minChatGPT.yaml:4"), s.where(Oddity.UNPARSABLE_LINK));
        assertEquals(0, s.count(Oddity.KEPT_COMMENT), "the comments are the attribution notice and section markers");
        Resource minChatGpt = output.getResource(Ap.BASE + "ouc/minchatgpt");
        assertEquals("hhttps://github.com/ethanyanjiali/minChatGPT", IndexFiles.string(minChatGpt, "pageAsWritten"));
        assertNull(minChatGpt.getPropertyResourceValue(org.apache.jena.sparql.vocabulary.FOAF.page));
        assertEquals("text-generation-webui", output.getResource(Ap.BASE + "ouc/text-generation-webui").getProperty(RDFS.label).getString());
    }

    @Test
    void theSourceCitesTheCuiPaperAndDescribesEveryVendoredFile() {
        Resource source = output.getResource(Ap.BASE + "source/ouc-801f687");
        assertEquals("http://spdx.org/licenses/CC-BY-4.0", source.getPropertyResourceValue(DCTerms.license).getURI());
        assertTrue(source.getProperty(DCTerms.bibliographicCitation).getString().contains("doi:10.1145/3571884.3604316"));
        List<String> described = output.listSubjectsWithProperty(DCTerms.isPartOf, source)
                .mapWith(r -> r.getProperty(RDFS.label).getString()).toList().stream().sorted().toList();
        assertEquals(IndexFiles.allFiles(IndexFiles.OUC).stream().filter(f -> !f.equals("SOURCE.md")).toList(), described);
        assertEquals("https://github.com/opening-up-chatgpt/opening-up-chatgpt.github.io/blob/801f68773ae7f7d9e527afb7bbaf3e9d8d29f2fb/projects/llama-2-chat.yaml",
                output.getResource(Ap.BASE + "source/ouc-801f687/file/llama-2-chat-yaml")
                        .getPropertyResourceValue(org.apache.jena.sparql.vocabulary.FOAF.page).getURI());
    }

    @Test
    void theProjectsFolderItselfGivesTheSameImport() {
        Home home = Fixtures.home();
        assertEquals(rendering.files(), IndexImporter.ouc(home).render(PROJECTS, home.data()).files());
    }

    @Test
    void reimportIsByteIdenticalAndMatchesTheCommittedData(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        Path folder = home.data().resolve("frameworks/ouc");
        Map<String, String> committed = Fixtures.snapshot(folder);
        IndexImporter.Result again = IndexImporter.ouc(home).run(home.data().resolve("upstream/opening-up-chatgpt"), home.data());
        assertEquals(List.of(), again.written(), "the committed data/frameworks/ouc/ is exactly what the importer writes");
        assertEquals(48, again.unchanged().size());

        committed.keySet().forEach(f -> folder.resolve(f).toFile().delete());
        IndexImporter.ouc(home).run(home.data().resolve("upstream/opening-up-chatgpt"), home.data());
        assertEquals(committed, Fixtures.snapshot(folder));
    }
}
