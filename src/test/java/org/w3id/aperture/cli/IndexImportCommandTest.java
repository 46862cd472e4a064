package org.w3id.aperture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;

/** {@code import-osai} and {@code import-ouc} as a user sees them: the summary, and an error that names file and line. */
class IndexImportCommandTest {
    @Test
    void importOfTheVendoredFoldersChangesNothingAndPrintsTheSummary(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        CommandRun osai = CommandRun.of("import-osai", "--home", home.root().toString());
        assertEquals(0, osai.code(), osai.err());
        assertTrue(osai.out().startsWith("imported European Open Source AI Index from data/upstream/osai-index into data/frameworks/osai: "
                + "0 files written, 194 unchanged"), osai.out());
        assertTrue(osai.out().contains("193 records, 2316 assessments"), osai.out());
        assertTrue(osai.out().contains("not imported: a_submission_template.yaml (the index's template, not a record)"), osai.out());
        assertTrue(osai.out().contains("     1  dimension without a link key: no evidence (Zephyr.yaml:90)"), osai.out());

        CommandRun ouc = CommandRun.of("import-ouc", "--home", home.root().toString(), home.data().resolve("upstream/opening-up-chatgpt/projects").toString());
        assertEquals(0, ouc.code(), ouc.err());
        assertTrue(ouc.out().contains("0 files written, 48 unchanged"), ouc.out());
        assertTrue(ouc.out().contains("47 records, 658 assessments"), ouc.out());
    }

    @Test
    void aBadFileIsNamedWithItsLine(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        Fixtures.replaceOnce(home.data().resolve("upstream/osai-index/BERT.yaml"), "trainingcode:", "trainingcod:");
        CommandRun run = CommandRun.of("import-osai", "--home", home.root().toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("aperture import-osai: ") && run.err().contains("BERT.yaml:57: unknown key 'trainingcod'"), run.err());
    }
}
