package org.w3id.aperture.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.upstream.ImportException;

/** Bad MOT input stops the import with the file, the line and the problem, and writes nothing. */
class MotImporterErrorsTest {

    private record Copy(Home home, Path upstream) {}

    @TempDir
    static Path shared;
    /** A home with what the import reads besides the vendored copy (licenses, organisations, curated terms) and the folder it writes, left as it is by every test. */
    private static Home home;

    @BeforeAll
    static void home() {
        home = Fixtures.copyOfParts(shared, "data/licenses.ttl", "data/organizations.ttl", "data/" + MotImporter.CURATED_TERMS,
                "data/" + MotImporter.OUTPUT);
    }

    /** The shared home and a copy of the vendored MOT under {@code dir}, to break. */
    private static Copy copy(Path dir) {
        Fixtures.copyTree(Fixtures.ROOT.resolve("data/upstream/model-openness-tool"), dir);
        return new Copy(home, dir);
    }

    private static void assertFailsAndWritesNothing(Copy copy, String file, String expected) {
        Map<String, String> before = Fixtures.snapshot(copy.home().data());
        ImportException e = assertThrows(ImportException.class,
                () -> new MotImporter(copy.home().data()).run(copy.upstream()));
        assertTrue(e.getMessage().contains(file), "names " + file + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), "says '" + expected + "': " + e.getMessage());
        assertEquals(before, Fixtures.snapshot(copy.home().data()), "data/ untouched");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed YAML             | '  version: 7B'            | '  version: [7B'                 | Amber.yml:8: malformed YAML
        unexpected key             | '  contact: '''''          | '  contacts: '''''               | Amber.yml:13: release: unexpected key 'contacts'
        key given twice            | '  origin: Amber'          | '  origin: Amber\\n  origin: X'   | Amber.yml:12: release: key 'origin' given twice (first on line 11)
        component listed twice     | 'name: ''Inference code''' | 'name: ''Training code'''        | Amber.yml:31: component 'Training code' is listed twice (first on line 28)
        no release name            | '  name: Amber\\n'          | ''                               | Amber.yml:6: release: missing 'name'
        a number for a text        | '  version: 7B'            | '  version: 7'                   | Amber.yml:7: release.version: expected a text, got the integer '7'
        a number for a license     | '      license: MIT'       | '      license: 2.0'             | Amber.yml:48: component 'Datasets': license: expected a text, got the number '2.0'
        license not a mapping      | '  license:\\n    distribution:\\n      name: Apache-2.0\\n      path: '''''  | '  license: Apache-2.0' | Amber.yml:16: release.license: expected a mapping, got the text 'Apache-2.0'
        unknown license scope      | '    distribution:'        | '    weights:'                   | Amber.yml:17: release.license: unexpected key 'weights'
        another framework          | '  name: ''Model Openness Framework''' | '  name: ''MOF'''    | Amber.yml:2: framework.name 'MOF' is not 'Model Openness Framework'
        component without a name   | '      name: ''Model card''\\n' | ''                          | Amber.yml:56: release.components entry: missing 'name'
        unknown name on a known IRI | 'name: ''Inference code''' | 'name: ''inference code'''      | Amber.yml:31: component name 'inference code' is not a MOF component but would share the IRI mot/amber/inference-code
        """)
    void badRecordStopsTheImport(String what, String from, String to, String expected, @TempDir Path dir) {
        Copy copy = copy(dir);
        Fixtures.replaceOnce(copy.upstream().resolve("models/Amber.yml"), from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertFailsAndWritesNothing(copy, "Amber.yml", expected);
    }

    @Test
    void twoFilesWithTheSameSlugStopTheImport(@TempDir Path dir) throws IOException {
        Copy copy = copy(dir);
        Files.copy(copy.upstream().resolve("models/Amber.yml"), copy.upstream().resolve("models/AMBER .yml"));
        assertFailsAndWritesNothing(copy, "AMBER .yml", "same record slug 'amber' as");
    }

    @Test
    void aCopyOfAnotherCommitIsRefused(@TempDir Path dir) {
        Copy copy = copy(dir);
        Fixtures.replaceOnce(copy.upstream().resolve("SOURCE.md"), MotSource.COMMIT, "0123456789012345678901234567890123456789");
        assertFailsAndWritesNothing(copy, "SOURCE.md", "does not name the commit " + MotSource.COMMIT);
    }

    @Test
    void aBrokenSettingsFileStopsTheImport(@TempDir Path dir) {
        Copy copy = copy(dir);
        Fixtures.replaceOnce(copy.upstream().resolve("mof/mof.settings.yml"), "    content_type: code\n    class: 1\n",
                "    content_type: model\n    class: 1\n");
        assertFailsAndWritesNothing(copy, "mof.settings.yml:16", "content_type 'model' is not code, data or document");
    }
}
