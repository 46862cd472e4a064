package org.w3id.aperture.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void changedSourcesAreValidatedAgain(@TempDir Path dir) {
        Home copy = Fixtures.copyOfHome(dir.resolve("home"));
        Snapshots snapshots = new Snapshots(dir.resolve("snapshots"));
        KnowledgeGraph.open(copy, snapshots);
        Fixtures.replaceOnce(copy.data().resolve("models/llama-2.ttl"), "ap:value <level/d3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom",
                "ap:value <level/c3> ;\n    ap:releaseTerms <license/llama-2> ;\n    prov:wasDerivedFrom");
        assertThrows(InvalidDataException.class, () -> KnowledgeGraph.open(copy, snapshots));
    }

    @Test
    void aDamagedSnapshotIsRebuilt(@TempDir Path dir) throws IOException {
        Snapshots snapshots = new Snapshots(dir);
        KnowledgeGraph.open(Fixtures.home(), snapshots);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5});
            }
        }
        KnowledgeGraph.Loaded again = KnowledgeGraph.open(Fixtures.home(), snapshots);
        assertFalse(again.fromSnapshot());
        assertTrue(Fixtures.graph().getDefaultGraph().isIsomorphicWith(again.dataset().getDefaultGraph()));
    }
}
