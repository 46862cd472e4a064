package org.w3id.aperture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.mot.MotImporter;

/** The import-mot and mof-class commands, as a user sees them. */
class MotCommandsTest {
    private static final Path MODELS = Fixtures.ROOT.resolve("data/upstream/model-openness-tool/models");

    @Test
    void mofClassPrintsTheHeaderAndOneRowPerFile() {
        // Amber lists all 14 required components under open licenses (class I); CPM lists only an unlicensed research paper
        CommandRun run = CommandRun.of("mof-class", "--home", Fixtures.ROOT.toString(), MODELS.resolve("Amber.yml").toString(),
                MODELS.resolve("CPM.yml").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("model,class,progress1,progress2,progress3", "Amber,1,100,100,100", "CPM,0,0,0,0"),
                run.out().lines().toList());
    }

    @Test
    void mofClassEvaluatesEveryFileOfAFolder() {
        CommandRun run = CommandRun.of("mof-class", "--home", Fixtures.ROOT.toString(), MODELS.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(1 + 273, run.out().lines().count());
        assertTrue(run.out().lines().skip(1).allMatch(l -> l.matches(".+,[0-3],\\d{1,3},\\d{1,3},\\d{1,3}")), run.out());
    }

    @Test
    void aBadFileIsNamedWithItsLineAndTheOthersAreStillEvaluated(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("Bad.yml");
        Files.writeString(bad, Files.readString(MODELS.resolve("Amber.yml")).replace("  version: 7B", "  version: [7B"));
        Path names = dir.resolve("Names.yml");
        Files.writeString(names, Files.readString(MODELS.resolve("CPM.yml")).replace("name: CPM", "name: 'CPM, \"quoted\"'"));
        CommandRun run = CommandRun.of("mof-class", "--home", Fixtures.ROOT.toString(), bad.toString(), names.toString(),
                MODELS.resolve("Amber.yml").toString(), dir.resolve("absent.yml").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("Bad.yml:8: malformed YAML"), run.err());
        assertTrue(run.err().contains("absent.yml: no such file or folder"), run.err());
        assertEquals(List.of("model,class,progress1,progress2,progress3", "\"CPM, \"\"quoted\"\"\",0,0,0,0", "Amber,1,100,100,100"),
                run.out().lines().toList(), "a name with a comma or a quote is quoted as CSV quotes");
    }

    @Test
    void mofClassRoundsAsMotsBadgesDo(@TempDir Path dir) throws IOException {
        // CPM's record (an unlicensed research paper) with four class III components under MIT, which is open
        // (OSI approved) for code, data and documents alike, and an unlicensed data card
        String cpm = Files.readString(MODELS.resolve("CPM.yml"));
        String added = cpm.replace("  components:\n", "  components:\n"
                + "    - { name: 'Model architecture', license: MIT }\n    - { name: 'Model parameters (Final)', license: MIT }\n"
                + "    - { name: 'Evaluation results', license: MIT }\n    - { name: 'Model card', license: MIT }\n"
                + "    - { name: 'Data card', license: unlicensed }\n");
        Path file = Files.writeString(dir.resolve("Five.yml"), added);
        CommandRun run = CommandRun.of("mof-class", "--home", Fixtures.ROOT.toString(), file.toString());
        // the data card is unlicensed and the report is missing (the paper is listed but unlicensed, so it replaces
        // the report without counting): 4 of 6 = 66.67, shown 67
        assertEquals(List.of("model,class,progress1,progress2,progress3", "CPM,0,0,0,67"), run.out().lines().toList(), run.err());
    }

    @Test
    void importMotReportsTheFiguresAndChangesNothingOnTheCommittedData(@TempDir Path dir) {
        var home = Fixtures.copyOfParts(dir, "data/upstream/model-openness-tool", "data/licenses.ttl", "data/organizations.ttl",
                "data/" + MotImporter.CURATED_TERMS, "data/" + MotImporter.OUTPUT);
        CommandRun run = CommandRun.of("import-mot", "--home", home.root().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("imported 273 MOT records into data/frameworks/mot: 0 files written, 276 unchanged"), run.out());
        assertTrue(run.out().matches("(?s).*MOF class computed with MOT's rules: Class I \\d+, Class II \\d+, Class III \\d+, unclassified \\d+.*"), run.out());
        assertTrue(run.out().contains("license 'unlicensed' (component): 844"), run.out());
    }
}
