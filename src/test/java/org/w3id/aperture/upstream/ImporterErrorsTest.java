package org.w3id.aperture.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.vocab.Taxonomy;

/**
 * Bad upstream input stops the import with the file and the problem, and writes nothing: in a home with what the
 * import reads (the ontology, data/sources.ttl) and the folder it writes (data/models/).
 */
class ImporterErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed YAML          | '  month: 7'                  | '  month: [7'                   | malformed YAML
        missing component       | '    alignment:\n      value: 1\n  data:' | '  data:'            | missing component training.code.alignment
        value 6                 | '    inference:\n      value: 3' | '    inference:\n      value: 6' | llama-2.md:36: deployment.code.inference: value '6' is not 1..5, N/A or Unknown
        value as a word         | '    inference:\n      value: 3' | '    inference:\n      value: high' | value 'high' is not 1..5, N/A or Unknown
        value missing           | '    inference:\n      value: 3\n      license: LLaMA-2' | '    inference:\n      license: LLaMA-2' | deployment.code.inference: missing value
        unknown component       | '  code:\n    inference:' | '  code:\n    serving:\n      value: 1\n    inference:' | unknown component deployment.code.serving
        license on a closed level | '    pretraining:\n      value: 1\n    finetuning' | '    pretraining:\n      value: 1\n      license: MIT\n    finetuning' | license 'MIT' given for C1
        release month 13        | '  month: 7'                  | '  month: 13'                   | release.month: '13' is not an integer in 1..12
        no front matter         | '---\ntitle'                  | 'title'                         | no YAML front matter
        link not an IRI         | 'link: https://arxiv.org/abs/2307.09288' | 'link: not a link'   | link 'not a link' is not an absolute http(s) IRI
        """)
    void badInputStopsTheImportAndLeavesDataUntouched(String what, String from, String to, String expected,
                                                      @TempDir Path dir) throws IOException {
        Home home = Fixtures.copyOfParts(dir.resolve("home"), "ontology", "data/sources.ttl", "data/models");
        Path upstream = dir.resolve("upstream");
        Fixtures.copyTree(Fixtures.UPSTREAM, upstream);
        Path file = upstream.resolve("_llms/llama-2.md");
        Fixtures.replaceOnce(file, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        Files.writeString(home.data().resolve("models/llama-2.ttl"), "# a file the import must not touch\n");
        Map<String, String> before = Fixtures.snapshot(home.data());

        Importer importer = new Importer(Taxonomy.load(home.ontology()),
                DatasetSource.read(home.data().resolve("sources.ttl"), "llm-openness-dataset-159a7bc"));
        ImportException e = assertThrows(ImportException.class, () -> importer.run(upstream, home.data()));

        assertTrue(e.getMessage().contains("llama-2.md"), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), "says '" + expected + "': " + e.getMessage());
        assertEquals(before, Fixtures.snapshot(home.data()), "data/ untouched");
    }
}
