package org.w3id.aperture.osai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.upstream.ImportException;

/** Bad index files stop the import with the file, the line and the problem, and write nothing. */
class IndexImportErrorsTest {
    private static final String OLMO = "AMD OLMo.yaml";
    @TempDir
    static Path shared;
    /** A home with what the imports read besides the index (the schemes) and the folder they write, left as it is by every test. */
    private static Home home;

    @BeforeAll
    static void home() {
        home = Fixtures.copyOfParts(shared, "data/" + OsaiFormat.FORMAT.schemeFile(), "data/" + OucFormat.FORMAT.schemeFile(),
                "data/" + IndexImporter.FRAMEWORKS_DIR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed YAML            | '    name: AMD OLMo'       | '    name: [AMD OLMo'                         | 22 | malformed YAML
        two documents             | '    notes: No preprint available.' | '    notes: No preprint available.\\n---\\nsystem: {}' | 77 | malformed YAML
        key given twice           | '    type: code'           | '    type: code\\n    type: text'              | 24 | system: key 'type' is given twice (also on line 23)
        dimension given twice     | '# documentation:'        | 'trainingcode:\\n    class: open\\n# documentation:' | 62 | key 'trainingcode' is given twice
        unknown dimension         | 'trainingcode:'            | 'training_code:'                              | 57 | unknown key 'training_code': neither a section [system, org] nor a dimension
        no system section         | 'system:'                  | 'System:'                                     | 1  | no 'system' section
        dimension not a mapping   | 'preprint:\\n    class: closed\\n    link: https://www.amd.com/en/developer/resources/technical-articles/introducing-the-first-amd-1b-language-model.html\\n    notes: No preprint available.' | 'preprint: closed' | 73 | preprint: expected a mapping of keys to values, got a text
        class as a list           | 'preprint:\\n    class: closed' | 'preprint:\\n    class: [closed, partial]' | 74 | preprint.class: expected a text, got a list
        no class                  | 'preprint:\\n    class: closed\\n' | 'preprint:\\n'                    | 73 | preprint: no class
        link as a mapping         | '    link: https://www.amd.com/en.html' | '    link:\\n        url: https://www.amd.com/en.html' | 33 | org.link: expected a text, got a mapping
        unknown key with a structure | '    notes: No preprint available.' | '    notes: No preprint available.\\n    extra:\\n        a: b' | 77 | preprint.extra: a key the format does not define, with a mapping or list as value
        list item a mapping       | '    link: https://huggingface.co/datasets/allenai/dolma' | '    link: [{url: https://huggingface.co/datasets/allenai/dolma}]' | 39 | datasources_basemodel.link: expected a list of texts, got a mapping in the list
        document not a mapping    | '*'                        | '- system\\n- org\\n'                         | 1  | the document is not a YAML mapping
        """)
    void badInputStopsTheImportAndLeavesDataUntouched(String what, String from, String to, int line, String expected,
                                                      @TempDir Path dir) throws IOException {
        Path upstream = upstream(dir, "osai-index");
        Path file = upstream.resolve(OLMO);
        if (from.equals("*")) {
            Files.writeString(file, unescape(to));
        } else {
            Fixtures.replaceOnce(file, unescape(from), unescape(to));
        }
        ImportException e = assertFails(home, IndexImporter::osai, upstream);
        assertTrue(e.getMessage().contains(OLMO + ":" + line + ": "), what + ": names file and line " + line + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), what + ": says '" + expected + "': " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown item           | 'opencode:'  | 'open_code:' | 17 | unknown key 'open_code': neither a section [project, org] nor a dimension of https://w3id.org/aperture/scheme/ouc
        no org section         | 'org:'       | 'orgs:'      | 1  | no 'org' section
        project name as a list | '    name: LLaMA2 Chat' | '    name: [LLaMA2, Chat]' | 4 | project.name: expected a text, got a list
        """)
    void badProjectFilesStopTheOucImport(String what, String from, String to, int line, String expected, @TempDir Path dir) {
        Path upstream = upstream(dir, "opening-up-chatgpt");
        Fixtures.replaceOnce(upstream.resolve("projects/llama-2-chat.yaml"), unescape(from), unescape(to));
        ImportException e = assertFails(home, IndexImporter::ouc, upstream);
        assertTrue(e.getMessage().contains("llama-2-chat.yaml:" + line + ": "), what + ": names file and line " + line + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), what + ": says '" + expected + "': " + e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path upstream = upstream(dir, "osai-index");
        Files.write(upstream.resolve(OLMO), new byte[] {'s', 'y', 's', ':', ' ', (byte) 0xC3, (byte) 0x28});
        ImportException e = assertFails(home, IndexImporter::osai, upstream);
        assertTrue(e.getMessage().contains(OLMO + ": not UTF-8 text"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path dir) throws IOException {
        Path upstream = upstream(dir, "osai-index");
        Files.writeString(upstream.resolve(OLMO), "");
        ImportException e = assertFails(home, IndexImporter::osai, upstream);
        assertTrue(e.getMessage().contains(OLMO + ": no YAML document in the file"), e.getMessage());
    }

    @Test
    void twoFilesWithTheSameSlugAreBothNamed(@TempDir Path dir) throws IOException {
        Path upstream = upstream(dir, "osai-index");
        Files.copy(upstream.resolve(OLMO), upstream.resolve("amd-olmo.yaml"));
        ImportException e = assertFails(home, IndexImporter::osai, upstream);
        assertTrue(e.getMessage().contains("same record slug 'amd-olmo'") && e.getMessage().contains(OLMO)
                && e.getMessage().contains("amd-olmo.yaml"), e.getMessage());
    }

    @Test
    void aFolderWithoutRecordsIsRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        ImportException e = assertFails(home, IndexImporter::osai, empty);
        assertTrue(e.getMessage().contains("no record files (*.yaml)"), e.getMessage());
        ImportException noProjects = assertFails(home, IndexImporter::ouc, empty);
        assertTrue(noProjects.getMessage().contains("no projects/ folder"), noProjects.getMessage());
    }

    /** A copy of a vendored index under {@code dir}, to break. */
    private static Path upstream(Path dir, String index) {
        Fixtures.copyTree(Fixtures.ROOT.resolve("data/upstream").resolve(index), dir.resolve(index));
        return dir.resolve(index);
    }

    /** Runs the import, which must fail, and checks that data/frameworks/, where imports write, is as it was. */
    private static ImportException assertFails(Home home, Function<Home, IndexImporter> importer, Path upstream) {
        Path frameworks = home.data().resolve(IndexImporter.FRAMEWORKS_DIR);
        Map<String, String> before = Fixtures.snapshot(frameworks);
        assertTrue(before.size() > 200, "the committed records are there to be left alone");
        ImportException e = assertThrows(ImportException.class, () -> importer.apply(home).run(upstream, home.data()));
        assertEquals(before, Fixtures.snapshot(frameworks), "data/frameworks/ untouched");
        return e;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
