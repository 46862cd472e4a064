package org.w3id.aperture.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Turtle files a load reads, in two parts: reference files, read whole (the ontology, licenses,
 * organisations, the argument, the frameworks' records), and record files, read in batches. A
 * record file holds one record with its assessments, which the shapes and the record rules check
 * and derive from that file and the reference alone; a source with many such files (an importer's
 * output, a synthetic catalog) puts them under a {@code models} folder of data/ to be loaded in
 * batches, and anything else it writes is reference.
 */
public record Sources(List<Path> reference, List<Path> records) {
    public Sources {
        reference = List.copyOf(reference);
        records = List.copyOf(records);
    }

    /** Every file of ontology/ and data/ read whole, as the in-memory graph is built: one batch. */
    public static Sources whole(Home home) {
        return new Sources(GraphFiles.turtleFiles(home), List.of());
    }

    /** The data files under a {@code models} folder as records, everything else as reference: a store's load. */
    public static Sources inBatches(Home home) {
        List<Path> reference = new ArrayList<>();
        List<Path> records = new ArrayList<>();
        for (Path file : GraphFiles.turtleFiles(home)) {
            (isRecordFile(home, file) ? records : reference).add(file);
        }
        return new Sources(reference, records);
    }

    /** A data file with a folder named {@code models} on its way from data/. */
    static boolean isRecordFile(Home home, Path file) {
        Path data = home.data();
        if (!file.startsWith(data)) {
            return false;
        }
        Path rel = data.relativize(file);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            if (rel.getName(i).toString().equals("models")) {
                return true;
            }
        }
        return false;
    }
}
