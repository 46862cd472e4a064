package org.w3id.aperture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.LoadException;
import org.w3id.aperture.server.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The commands' exit codes and messages, as a user sees them. */
class MainTest {
    /** A command that fails as told: with a known failure of the project's own, or with a bug. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        @Parameters
        String how;

        @Override
        public Integer call() {
            if (how.equals("known")) {
                throw new LoadException(Path.of("data/x.ttl"), 3, 7, "bad triple");
            }
            throw new IllegalArgumentException("oops");
        }
    }

    @Test
    void aKnownFailureIsOneLineAndExits1() {
        CommandRun run = CommandRun.of(Main.commandLine().addSubcommand(new Fail()), "fail", "known");
        assertEquals(Main.FAILED, run.code());
        assertEquals("aperture fail: data/x.ttl:3:7: bad triple", run.err().strip());
    }

    @Test
    void aBugShowsItsStackTraceAndExits70EvenAsAnIllegalArgument() {
        CommandRun run = CommandRun.of(Main.commandLine().addSubcommand(new Fail()), "fail", "bug");
        assertEquals(Main.INTERNAL_ERROR, run.code());
        assertTrue(run.err().startsWith("aperture fail: internal error (java.lang.IllegalArgumentException: oops)"), run.err());
        assertTrue(run.err().contains("\tat org.w3id.aperture.cli.MainTest$Fail.call(MainTest.java:"), "a stack trace: " + run.err());
    }

    @Test
    void serveDefaultsToTheServerSettingsDefaultsAndShowsThem() {
        CommandLine cli = Main.commandLine();
        cli.parseArgs("serve");
        CommandLine serve = cli.getSubcommands().get("serve");
        assertEquals(ServerSettings.defaults(), ((ServeCommand) serve.getCommand()).settings());
        String usage = serve.getUsageMessage().replaceAll("\\s+", " ");
        for (String shown : new String[] {"(default: " + ServerSettings.DEFAULT_HOST, "(default: " + ServerSettings.DEFAULT_PORT,
                "(default: " + ServerSettings.DEFAULT_TIMEOUT_SECONDS + ")", "(default: " + ServerSettings.DEFAULT_ROW_LIMIT + ")",
                "(default: " + ServerSettings.DEFAULT_ANSWER_CACHE_MB + ")"}) {
            assertTrue(usage.contains(shown), shown + " in:\n" + usage);
        }
    }

    @Test
    void validateSaysValidOnTheRealData() {
        CommandRun run = CommandRun.of("validate", "--home", Fixtures.ROOT.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("valid"), run.out());
    }

    @Test
    void validateReportsFileResourceRuleAndValue(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        Fixtures.replaceOnce(home.data().resolve("models/bloom.ttl"),
                "<assessment/bloom/deployment-data-weights> a ap:Assessment ;\n    ap:model <model/bloom> ;\n    ap:component <component/deployment-data-weights> ;\n    ap:value <level/d4> ;",
                "<assessment/bloom/deployment-data-weights> a ap:Assessment ;\n    ap:model <model/bloom> ;\n    ap:component <component/deployment-data-weights> ;\n    ap:value <level/c4> ;");
        CommandRun run = CommandRun.of("validate", "--home", dir.toString());
        assertEquals(1, run.code());
        for (String part : new String[] {"data/models/bloom.ttl", "assessment/bloom/deployment-data-weights",
                "apsh:LevelKindMatchesComponent", "a C level belongs on a code component"}) {
            assertTrue(run.err().contains(part), "report mentions " + part + ":\n" + run.err());
        }
        CommandRun serve = CommandRun.of("serve", "--home", dir.toString(), "--port", "0");
        assertEquals(1, serve.code(), "serve refuses invalid data");
        assertTrue(serve.err().contains("apsh:LevelKindMatchesComponent"), serve.err());
    }

    @Test
    void aSyntaxErrorIsOneLineWithFileAndLine(@TempDir Path dir) {
        Home home = Fixtures.copyOfHome(dir);
        Fixtures.append(home.data().resolve("organizations.ttl"), "<org/broken> a ap:Organization , .");
        CommandRun run = CommandRun.of("validate", "--home", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().matches("(?s)aperture validate: \\S*data/organizations\\.ttl:\\d+:\\d+: .*"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aPortInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CommandRun run = CommandRun.of("serve", "--home", Fixtures.ROOT.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, run.code());
            assertTrue(run.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
    }

    @Test
    void queryPrintsCsv() {
        CommandRun run = CommandRun.of("query", "--home", Fixtures.ROOT.toString(), "openness-matrix", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals(541, run.out().strip().lines().count(), "header and 540 rows");
        assertTrue(run.out().startsWith("model,modelLabel,component,componentKey,value,license,note"), run.out().lines().findFirst().orElse(""));
    }

    @Test
    void anUnknownQueryOrFormatIsNamed() {
        CommandRun unknown = CommandRun.of("query", "--home", Fixtures.ROOT.toString(), "no-such-query");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().startsWith("aperture query: no query named 'no-such-query'; known: ") && unknown.err().contains("openness-matrix"),
                unknown.err());
        CommandRun format = CommandRun.of("query", "--home", Fixtures.ROOT.toString(), "openness-matrix", "--format", "yaml");
        assertEquals(Main.USAGE, format.code());
        assertEquals("aperture query: unknown format 'yaml'; use table, csv, tsv, json or xml\n(see `aperture query --help`)",
                format.err().strip().replace("\r", ""));
    }

    @Test
    void aSettingOutOfRangeIsAUsageErrorNamingIt() {
        CommandRun port = CommandRun.of("serve", "--port", "70000");
        assertEquals(Main.USAGE, port.code(), port.err());
        assertTrue(port.err().startsWith("aperture serve: port 70000 is not in 0..65535\n"), port.err());
        CommandRun models = CommandRun.of("generate", "--models", "0", "target/never-written");
        assertEquals(Main.USAGE, models.code());
        assertTrue(models.err().startsWith("aperture generate: --models must be in 1..9999999, got 0\n"), models.err());
    }

    @Test
    void aFolderWithoutAStoreIsOneLine(@TempDir Path dir) {
        CommandRun run = CommandRun.of("serve", "--store", dir.toString());
        assertEquals(Main.FAILED, run.code());
        assertEquals("aperture serve: no loaded store in " + dir.toAbsolutePath().normalize() + ": run `aperture load --store "
                + dir.toAbsolutePath().normalize() + "` first", run.err().strip());
    }

    @Test
    void importOfBadInputNamesTheFileAndExitsNonZero(@TempDir Path dir) {
        Home home = Fixtures.copyOfParts(dir.resolve("home"), "ontology", "data/sources.ttl", "data/models");
        Path upstream = dir.resolve("upstream");
        Fixtures.copyTree(Fixtures.UPSTREAM, upstream);
        Fixtures.replaceOnce(upstream.resolve("_llms/gpt-4.md"), "title: GPT-4", "title: [GPT-4");
        CommandRun run = CommandRun.of("import", "--home", home.root().toString(), upstream.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("gpt-4.md") && run.err().contains("malformed YAML"), run.err());
    }
}
