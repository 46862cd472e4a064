package org.w3id.aperture.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.graph.LoadPipeline;
import org.w3id.aperture.store.CatalogLoader;
import org.w3id.aperture.store.StoreFolder;

/**
 * Every named query gives its recorded answer ({@link AnswerFiles}), on the graph built in memory and
 * on the same home loaded into a TDB2 store, and every named query has an answer file.
 */
class NamedAnswersTest {
    @TempDir
    static Path storeDir;
    private static List<NamedQuery> queries;
    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        queries = StreamSupport.stream(NamedQueries.load(Fixtures.home().queries()).all().spliterator(), false).toList();
        new CatalogLoader(Fixtures.home()).load(new StoreFolder(storeDir), LoadPipeline.Progress.NONE);
        store = new StoreFolder(storeDir).openPublished();
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(store);
    }

    @Test
    void theAnswerFilesAreThoseOfTheNamedQueries() {
        TreeSet<String> named = new TreeSet<>();
        queries.stream().filter(q -> !AnswerFiles.skipped(q)).forEach(q -> named.add(q.name()));
        TreeSet<String> unrecorded = new TreeSet<>(named);
        unrecorded.removeAll(AnswerFiles.recorded());
        TreeSet<String> stale = AnswerFiles.recorded();
        stale.removeAll(named);
        assertEquals(List.of(), List.copyOf(unrecorded), "named queries without an answer file (write them with AnswerFiles --write)");
        assertEquals(List.of(), List.copyOf(stale), "answer files of no named query");
        assertTrue(named.size() >= 30, "recorded: " + named.size());
    }

    @Test
    void onlyTheQueriesThatCallAServiceAreSkipped() {
        TreeSet<String> federated = new TreeSet<>();
        queries.stream().filter(NamedQuery::federated).forEach(q -> federated.add(q.name()));
        assertEquals(new TreeSet<>(AnswerFiles.SKIPPED.keySet()), federated);
        AnswerFiles.SKIPPED.values().forEach(why -> assertTrue(why.contains("SERVICE"), why));
    }

    @TestFactory
    Stream<DynamicTest> inMemoryEveryQueryGivesItsRecordedAnswer() {
        DatasetGraph memory = Fixtures.graph();
        return recorded().map(q -> DynamicTest.dynamicTest(q.name(), () -> assertRecorded(q, AnswerFiles.run(q.query(), memory))));
    }

    @TestFactory
    Stream<DynamicTest> inTheStoreEveryQueryGivesItsRecordedAnswer() {
        return recorded().map(q -> DynamicTest.dynamicTest(q.name(),
                () -> assertRecorded(q, Txn.calculateRead(store, () -> AnswerFiles.run(q.query(), store)))));
    }

    private static Stream<NamedQuery> recorded() {
        return queries.stream().filter(q -> !AnswerFiles.skipped(q));
    }

    private static void assertRecorded(NamedQuery q, AnswerFiles.Answer answer) {
        Optional<String> difference = AnswerFiles.difference(q.query(), AnswerFiles.read(q), answer);
        assertTrue(difference.isEmpty(), () -> q.name() + " differs from " + AnswerFiles.file(q).getFileName() + ": " + difference.get());
    }
}
