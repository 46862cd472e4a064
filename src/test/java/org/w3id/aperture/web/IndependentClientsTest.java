package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.aperture.Fixtures;

/**
 * Clients written by others read Aperture as they read any linked-data server and SPARQL endpoint:
 * Debian's rdflib and SPARQLWrapper (python3-rdflib, python3-sparqlwrapper, installed by .ci/run; the
 * test is skipped where they are not).
 */
class IndependentClientsTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Fixtures.ROOT.resolve("src/test/python/independent_clients.py");
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(10));

    @Test
    void rdflibAndSparqlWrapperReadEverything() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import rdflib, SPARQLWrapper")
                .start().waitFor() == 0, "python3-rdflib and python3-sparqlwrapper are not installed");
        Process run = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), web.url("/")).redirectErrorStream(true).start();
        boolean ended = run.waitFor(120, TimeUnit.SECONDS);
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the clients ended: " + output);
        assertEquals(0, run.exitValue(), output);
        assertTrue(output.contains("all independent-client checks passed"), output);
    }
}
