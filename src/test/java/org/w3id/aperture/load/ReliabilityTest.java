package org.w3id.aperture.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.bench.Tally;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.SourceDigest;
import org.w3id.aperture.query.NamedQueries;

/**
 * Short versions of the reliability runs (the long ones are commands in docs/reliability.md), on the test JVM's
 * shared graph, with a timeout of a second: counts and statuses are checked, never timings, since CI machines are
 * shared.
 */
class ReliabilityTest {
    private static ReliabilityRun run;

    @BeforeAll
    static void start() {
        run = new ReliabilityRun(new KnowledgeGraph.Loaded(Fixtures.graph(), SourceDigest.of(Fixtures.home()), false),
                NamedQueries.load(Fixtures.home().queries()), Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() {
        run.close();
    }

    @Test
    void aRealisticMixFrom16ClientsGetsNoErrors() throws Exception {
        Tally report = run.load(16, Duration.ofSeconds(5));
        System.out.print(report.table());
        assertTrue(report.requests() > 100, "the run did work: " + report.requests());
        assertEquals(0, report.serverErrors(), report.table());
        assertTrue(report.kind(Mixes.CHEAP).statuses().keySet().stream().allMatch(s -> s == 200), report.table());
    }

    @Test
    void lookupsKeepAnsweringWhilePathologicalQueriesRun() throws Exception {
        Tally report = run.attack(Duration.ofSeconds(6));
        System.out.print(report.table());
        Tally.Kind lookups = report.kind(Mixes.CHEAP);
        Tally.Kind attacks = report.kind(Mixes.PATHOLOGICAL);
        assertTrue(lookups.count() > 10, report.table());
        assertEquals(java.util.Set.of(200), lookups.statuses().keySet(), report.table());
        // an attack answered 200, refused (400), stopped at the timeout (503), or aborted after its answer began
        // streaming (-1: the client sees a broken response) — never a 500
        assertTrue(attacks.count() > 0 && attacks.statuses().keySet().stream().allMatch(s -> s == 200 || s == 503 || s == 400 || s == -1),
                report.table());
        assertTrue(attacks.count(503) > 0, "some ran into the timeout: " + report.table());
        assertTrue(attacks.count(400) > 0, "some were refused: " + report.table());
        assertEquals(0, lookups.serverErrors(), report.table());
    }
}
