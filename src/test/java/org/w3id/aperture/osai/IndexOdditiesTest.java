package org.w3id.aperture.osai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;

/**
 * Irregular but readable input is kept as written (or read the documented way), counted in the
 * summary with its place, and never dropped: one record file changed at a time.
 */
class IndexOdditiesTest {
    private static final String OLMO = "AMD OLMo.yaml";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty class             | 'datasources_basemodel:\\n    class: open' | 'datasources_basemodel:\\n    class:'  | NOT_APPLICABLE    | AMD OLMo.yaml:38 | '<osai/amd-olmo/base-model-data> a ap:FrameworkAssessment ;\\n    ap:ratedRecord <osai/amd-olmo> ;\\n    ap:dimension <eosai/base-model-data> ;\\n    ap:opennessClass <osai-class/not-applicable> ;'
        unknown class           | 'datasources_basemodel:\\n    class: open' | 'datasources_basemodel:\\n    class: Open (weights only)' | UNKNOWN_CLASS | AMD OLMo.yaml:38 | '    ap:dimension <eosai/base-model-data> ;\\n    ap:classAsWritten "Open (weights only)" ;\\n    ap:evidence'
        malformed date          | '    releasedate: 2024-10' | '    releasedate: autumn 2024'   | MALFORMED_DATE    | AMD OLMo.yaml    | '    ap:dateAsWritten "autumn 2024" ;'
        month out of range      | '    releasedate: 2024-10' | '    releasedate: 2024-13'       | MALFORMED_DATE    | AMD OLMo.yaml    | '    ap:dateAsWritten "2024-13" ;'
        no release date         | '    releasedate: 2024-10\\n' | ''                            | NO_DATE           | AMD OLMo.yaml    | '    ap:endModelLicense "Apache-2.0" ;\\n    dcterms:description'
        unparsable evidence     | '    link: https://huggingface.co/datasets/allenai/dolma' | '    link: see the Dolma card' | UNPARSABLE_LINK | AMD OLMo.yaml:39 | '    ap:evidenceAsWritten "see the Dolma card" ;'
        repeated link           | '    link: https://huggingface.co/datasets/allenai/dolma' | '    link: [https://huggingface.co/datasets/allenai/dolma, https://huggingface.co/datasets/allenai/dolma]' | DUPLICATE_LINK | AMD OLMo.yaml:39 | '    ap:evidence <https://huggingface.co/datasets/allenai/dolma> ;\\n    ap:note'
        no link key             | '    link: https://huggingface.co/datasets/allenai/dolma\\n' | '' | NO_LINK_KEY | AMD OLMo.yaml:37 | '    ap:opennessClass <osai-class/open> ;\\n    ap:note "Data sources used to train the base model shared.'
        variant key             | '    endmodellicense: Apache-2.0' | '    endmodel license: Apache-2.0' | VARIANT_KEY | AMD OLMo.yaml:27 | '    ap:endModelLicense "Apache-2.0" ;'
        unknown system key      | '    type: code'           | '    type: code\\n    parameters: 1B'  | UNKNOWN_KEY     | AMD OLMo.yaml:24 | '    ap:unmappedField "system.parameters: 1B" ;'
        unknown dimension key   | '    notes: No preprint available.' | '    notes: No preprint available.\\n    checked: 2025-01' | UNKNOWN_KEY | AMD OLMo.yaml:77 | '    ap:unmappedField "checked: 2025-01" ;\\n    ap:sourceLine 73 ;'
        unknown header tag      | '# - Contributor type: Non-academic (Company)' | '# - Funding: public' | KEPT_COMMENT | AMD OLMo.yaml:14 | '    ap:sourceComment "Organization tags: - Funding: public" ;'
        comment on a dimension  | '    notes: No preprint available.' | '    notes: No preprint available.\\n    # checked again in 2025' | KEPT_COMMENT | AMD OLMo.yaml:77 | '    ap:sourceComment "checked again in 2025" ;\\n    ap:sourceLine 73 ;'
        no organisation tags    | '# Organization tags:'    | '# Organisation:'               | NO_HEADER_TAGS    | AMD OLMo.yaml    | '    ap:sourceComment "Organisation: - National origin: United States - Contributor type: Non-academic (Company)" ;'
        """)
    void irregularInputIsKeptAndCounted(String what, String from, String to, Oddity oddity, String place, String turtle,
                                        @TempDir Path dir) throws IOException {
        Path upstream = Files.createDirectories(dir.resolve("osai-index"));
        Files.copy(IndexFiles.OSAI.resolve(OLMO), upstream.resolve(OLMO));
        Fixtures.replaceOnce(upstream.resolve(OLMO), unescape(from), unescape(to));
        Home home = Fixtures.home();
        IndexImporter.Rendering rendering = IndexImporter.osai(home).render(upstream, home.data());

        assertEquals(List.of(place), rendering.summary().where(oddity), what + ": counted once, with its place");
        String output = rendering.files().get("amd-olmo.ttl");
        assertTrue(output.contains(unescape(turtle)), what + ": expected\n" + unescape(turtle) + "\nin\n" + output);
        IndexFiles.parse(rendering.files());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        year and month    | 2024-10    | '"2024-10"^^xsd:gYearMonth'
        readme's format   | 2024 NOV   | '"2024-11"^^xsd:gYearMonth'
        a day             | 2024-10-31 | '"2024-10-31"^^xsd:date'
        a year            | 2024       | '"2024"^^xsd:gYear'
        """)
    void releaseDatesAreTypedAsPreciselyAsWritten(String what, String written, String typed, @TempDir Path dir) throws IOException {
        Path upstream = Files.createDirectories(dir.resolve("osai-index"));
        Files.copy(IndexFiles.OSAI.resolve(OLMO), upstream.resolve(OLMO));
        Fixtures.replaceOnce(upstream.resolve(OLMO), "    releasedate: 2024-10", "    releasedate: " + written);
        Home home = Fixtures.home();
        IndexImporter.Rendering rendering = IndexImporter.osai(home).render(upstream, home.data());
        assertTrue(rendering.files().get("amd-olmo.ttl").contains("    dcterms:issued " + typed + " ;"), what);
        assertEquals(0, rendering.summary().count(Oddity.MALFORMED_DATE));
    }

    @Test
    void aRecordWithoutANameIsLabelledByItsFileName(@TempDir Path dir) throws IOException {
        Path upstream = Files.createDirectories(dir.resolve("osai-index"));
        Files.copy(IndexFiles.OSAI.resolve(OLMO), upstream.resolve("Unnamed One.yaml"));
        Fixtures.replaceOnce(upstream.resolve("Unnamed One.yaml"), "    name: AMD OLMo\n", "    name:\n");
        Home home = Fixtures.home();
        IndexImporter.Rendering rendering = IndexImporter.osai(home).render(upstream, home.data());
        assertEquals(List.of("Unnamed One.yaml:20"), rendering.summary().where(Oddity.NO_NAME));
        assertTrue(rendering.files().get("unnamed-one.ttl").contains("<osai/unnamed-one> a ap:OsaiRecord ;\n    rdfs:label \"Unnamed One\" ;"));
    }

    @Test
    void aMissingDimensionIsCountedAndHasNoAssessment(@TempDir Path dir) throws IOException {
        Path upstream = Files.createDirectories(dir.resolve("osai-index"));
        Path file = upstream.resolve(OLMO);
        Files.copy(IndexFiles.OSAI.resolve(OLMO), file);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("datasheet:")) + text.substring(text.indexOf("# access:")));
        Home home = Fixtures.home();
        IndexImporter.Rendering rendering = IndexImporter.osai(home).render(upstream, home.data());
        assertEquals(List.of("AMD OLMo.yaml (datasheet)"), rendering.summary().where(Oddity.MISSING_DIMENSION));
        assertFalse(rendering.files().get("amd-olmo.ttl").contains("<osai/amd-olmo/datasheet>"));
        assertEquals(11, rendering.summary().assessments());
    }

    @Test
    void producerSpellingsOfOneOrganisationShareOneLabel(@TempDir Path dir) throws IOException {
        Path upstream = Files.createDirectories(dir.resolve("osai-index"));
        for (String name : List.of("one.yaml", "two.yaml", "three.yaml")) {
            Files.copy(IndexFiles.OSAI.resolve(OLMO), upstream.resolve(name));
        }
        Fixtures.replaceOnce(upstream.resolve("three.yaml"), "    name: AMD\n", "    name: amd\n");
        Home home = Fixtures.home();
        IndexImporter.Rendering rendering = IndexImporter.osai(home).render(upstream, home.data());
        assertEquals(List.of("three.yaml"), rendering.summary().where(Oddity.ORGANIZATION_SPELLING));
        String three = rendering.files().get("three.ttl");
        assertTrue(three.contains("    ap:producerName \"amd\" ;\n    ap:producer <org/amd> ;"), three);
        assertTrue(three.contains("<org/amd> a ap:Organization ;\n    rdfs:label \"AMD\" ."), "the spelling most records use: " + three);
    }

    @Test
    void anOrganisationLabelledElsewhereIsNotLabelledAgain(@TempDir Path dir) throws IOException {
        Path upstream = Files.createDirectories(dir.resolve("osai-index"));
        Files.copy(IndexFiles.OSAI.resolve(OLMO), upstream.resolve(OLMO));
        Fixtures.replaceOnce(upstream.resolve(OLMO), "    name: AMD\n", "    name: Mistral AI\n");
        Home home = Fixtures.home();
        IndexImporter.Rendering rendering = IndexImporter.osai(home).render(upstream, home.data());
        assertEquals(List.of("org/mistral-ai"), rendering.summary().where(Oddity.ORGANIZATION_LABELLED_ELSEWHERE),
                "data/organizations.ttl labels it");
        String output = rendering.files().get("amd-olmo.ttl");
        assertTrue(output.contains("<org/mistral-ai> a ap:Organization .\n"), output);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
