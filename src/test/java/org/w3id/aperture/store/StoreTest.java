package org.w3id.aperture.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.cli.Main;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.InvalidDataException;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.LoadPipeline;
import org.w3id.aperture.query.AnswerFiles;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.query.NamedQuery;
import org.w3id.aperture.synthetic.CatalogGenerator;

/** The TDB2 store: the same graph and answers as in memory, all-or-nothing loads, and kill -9 safety. */
class StoreTest {
    private static final String COUNT_MODELS = "SELECT (COUNT(?m) AS ?n) { ?m a <https://w3id.org/aperture#Model> }";
    /** The level distribution counted from every assessment, as the named query did before the tallies. */
    private static final String COUNTED_LEVELS = """
            PREFIX ap: <https://w3id.org/aperture#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?component ?componentKey ?value (COUNT(?model) AS ?models) (SUM(?inPaper) AS ?paperModels) WHERE {
              ?assessment ap:model ?model ; ap:component ?component ; ap:value ?level .
              ?component ap:upstreamKey ?componentKey ; ap:position ?position .
              ?level skos:notation ?value .
              BIND(IF(EXISTS { <https://w3id.org/aperture/set/paper-analysed-40> prov:hadMember ?model }, 1, 0) AS ?inPaper)
            } GROUP BY ?component ?componentKey ?position ?value ORDER BY ?position ?value""";
    @TempDir
    static Path shared;
    static Home home;
    /** The store of {@link #home}, loaded once: read by one test, copied by those that load into it again. */
    static Path loaded;
    static CatalogLoader.Result first;

    /** The real home plus 30 synthetic models (developers inside the model files), loaded into a store. */
    @BeforeAll
    static void home() {
        home = catalog(shared.resolve("home"), 30, 5);
        loaded = shared.resolve("store");
        first = load(home, loaded);
    }

    /** A copy of the loaded store, closed, under {@code dir}. */
    private static Path copyOfLoaded(Path dir) {
        Fixtures.copyTree(loaded, dir);
        return dir;
    }

    /** A copy of the real home with N synthetic models under data/synthetic. */
    private static Home catalog(Path dir, int models, long seed) {
        Home h = Fixtures.copyOfHome(dir);
        CatalogGenerator.from(h).write(models, seed, h.data().resolve("synthetic"));
        return h;
    }

    /** The store still serves the database of {@code first}, with all its models. */
    private static void assertStillServes(Path store, CatalogLoader.Result first) {
        StoreFolder folder = new StoreFolder(store);
        assertEquals(first.database().getFileName().toString(), folder.published().orElseThrow().database());
        assertEquals(75, countModels(folder));
    }

    private static CatalogLoader.Result load(Home h, Path store) {
        // batches of 7 files and two workers, so that models of one batch never see another's
        return new CatalogLoader(h, 7, 2).load(new StoreFolder(store), LoadPipeline.Progress.NONE);
    }

    @Test
    void theStoreHoldsTheInMemoryGraphAndAnswersEveryNamedQueryTheSame() {
        CatalogLoader.Result result = first;
        DatasetGraph memory = KnowledgeGraph.build(home);
        DatasetGraph disk = new StoreFolder(loaded).openPublished();
        try {
            assertEquals(45 + 30, result.models());
            Txn.executeRead(disk, () -> {
                Graph stored = disk.getDefaultGraph();
                assertEquals(memory.getDefaultGraph().size(), stored.size());
                assertEquals(result.triples(), stored.size());
                assertTrue(memory.getDefaultGraph().isIsomorphicWith(stored), "the same triples, derived ones included");
            });
            int compared = 0;
            for (NamedQuery q : NamedQueries.load(home.queries()).all()) {
                if (q.federated()) {
                    continue;
                }
                assertSameAnswer(q.name(), q.query(), AnswerFiles.run(q.query(), memory),
                        Txn.calculateRead(disk, () -> AnswerFiles.run(q.query(), disk)));
                compared++;
            }
            assertTrue(compared >= 20, "named queries compared: " + compared);
            Query tallied = NamedQueries.load(home.queries()).get("level-distribution").orElseThrow().query();
            assertSameAnswer("the level tallies against the counts of the assessments", tallied,
                    Txn.calculateRead(disk, () -> AnswerFiles.run(QueryFactory.create(COUNTED_LEVELS), disk)),
                    Txn.calculateRead(disk, () -> AnswerFiles.run(tallied, disk)));
        } finally {
            TDBInternal.expel(disk);
        }
    }

    private static void assertSameAnswer(String what, Query query, AnswerFiles.Answer expected, AnswerFiles.Answer actual) {
        Optional<String> difference = AnswerFiles.difference(query, expected, actual);
        assertTrue(difference.isEmpty(), () -> what + ": " + difference.get());
    }

    @Test
    void anInvalidModelFileFailsTheLoadByFileResourceAndRuleAndKeepsThePublishedStore(@TempDir Path dir) throws Exception {
        Path store = copyOfLoaded(dir.resolve("store"));
        Home broken = catalog(dir.resolve("broken"), 30, 5);
        Path bad = broken.data().resolve("synthetic/models/0000/synthetic-0000017.ttl");
        String text = Files.readString(bad);
        int weights = text.indexOf("ap:component <component/deployment-data-weights>");
        int value = text.indexOf("ap:value <level/d", weights);
        Files.writeString(bad, text.substring(0, value) + "ap:value <level/c3" + text.substring(value + "ap:value <level/dN".length()));

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> load(broken, store));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("data/synthetic/models/0000/synthetic-0000017.ttl")
                && p.resource().contains("assessment/synthetic-0000017/deployment-data-weights")
                && p.rule().contains("apsh:LevelKindMatchesComponent")), e.getMessage());
        assertStillServes(store, first);
        assertEquals(List.of(first.database().getFileName().toString()), databases(store), "the failed load left nothing");
    }

    @Test
    void aLoadKilledHalfWayLeavesThePreviousStoreServableAndTheNextLoadClearsItsFolder(@TempDir Path dir) throws Exception {
        Path store = copyOfLoaded(dir.resolve("store"));
        Home bigger = catalog(dir.resolve("bigger"), 1000, 9);
        Process load = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "load", "--home",
                bigger.root().toString(), "--store", store.toString()))
                .redirectErrorStream(true).start();
        try {
            awaitRecordFiles(load);
            assertTrue(load.isAlive(), "the load was still running when killed");
        } finally {
            load.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        assertStillServes(store, first);
        assertEquals(2, databases(store).size(), "the killed load's half-written database is still there");

        CatalogLoader.Result second = load(home, store);
        assertEquals(List.of(first.database().getFileName().toString(), second.database().getFileName().toString()),
                databases(store), "the next load removed the half-written database and kept the one it replaced");
        assertFalse(first.database().equals(second.database()));
    }

    /**
     * Reads the load's output until it starts on the record files: the reference data is then in the new
     * database, which the bulk loader is writing. Fails if the load ends first or has not got there within a minute.
     * The output stays open, so that the load goes on writing it until it is killed.
     */
    private static void awaitRecordFiles(Process load) throws Exception {
        BufferedReader out = load.inputReader();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> started = reader.submit(() -> out.lines().anyMatch(line -> line.matches("loading [\\d,]+ model files")));
            assertTrue(started.get(60, TimeUnit.SECONDS), "the load ended before it started on the record files");
        } finally {
            reader.shutdownNow();
        }
    }

    private static long countModels(StoreFolder folder) {
        DatasetGraph ds = folder.openPublished();
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExec qe = QueryExec.dataset(ds).query(COUNT_MODELS).build()) {
                    return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
                }
            });
        } finally {
            TDBInternal.expel(ds);
        }
    }

    private static List<String> databases(Path store) throws Exception {
        try (Stream<Path> list = Files.list(store)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("data-")).sorted().toList();
        }
    }
}
