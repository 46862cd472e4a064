package org.w3id.aperture.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;

/** The start-up snapshot is used only for the very sources it was built from. */
class SnapshotsTest {

    @Test
    void theSecondStartUsesTheSnapshotAndHoldsTheSameGraph(@TempDir Path dir) {
        Snapshots snapshots = new Snapshots(dir);
        KnowledgeGraph.Loaded first = KnowledgeGraph.open(Fixtures.home(), snapshots);
        KnowledgeGraph.Loaded second = KnowledgeGraph.open(Fixtures.home(), snapshots);
        assertFalse(first.fromSnapshot());
        assertTrue(second.fromSnapshot());
        assertEquals(first.version(), second.version());
        assertTrue(first.dataset().getDefaultGraph().isIsomorphicWith(second.dataset().getDefaultGraph()));
        assertTrue(Fixtures.graph().getDefaultGraph().isIsomorphicWith(second.dataset().getDefaultGraph()));
    }

    /** A copy of the sources has their version, so the shared graph written as its snapshot is what a start would leave. */
    @Test
    void changedSourcesAreValidatedAgain(@TempDir Path dir) {
        Home copy = Fixtures.copyOfParts(dir.resolve("home"), "ontology", "data");
        Snapshots snapshots = new Snapshots(dir.resolve("snapshots"));
        snapshots.write(SourceDigest.of(copy), Fixtures.graph().getDefaultGraph());
        assertTrue(KnowledgeGraph.open(copy, snapshots).fromSnapshot(), "the unchanged copy starts from the snapshot");
        Fixtures.replaceOnce(copy.data().resolve("models/llama-2.ttl"), "ap:value <level/d3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom",
                "ap:value <level/c3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom");
        assertThrows(InvalidDataException.class, () -> KnowledgeGraph.open(copy, snapshots));
    }

    @Test
    void aDamagedSnapshotIsRebuilt(@TempDir Path dir) throws IOException {
        Snapshots snapshots = new Snapshots(dir);
        String version = SourceDigest.of(Fixtures.home());
        snapshots.write(version, Fixtures.graph().getDefaultGraph());
        assertTrue(snapshots.has(version));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5});
            }
        }
        KnowledgeGraph.Loaded again;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            again = KnowledgeGraph.open(Fixtures.home(), snapshots);
        } finally {
            System.setErr(err);
        }
        assertFalse(again.fromSnapshot());
        assertTrue(Fixtures.graph().getDefaultGraph().isIsomorphicWith(again.dataset().getDefaultGraph()));
        List<String> lines = log.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line for a damaged snapshot: " + lines);
        assertTrue(lines.get(0).contains("WARN") && lines.get(0).contains("is damaged")
                && lines.get(0).contains(dir.toString()) && lines.get(0).contains("building the graph from its sources"), lines.get(0));
    }
}
