package org.w3id.aperture.graph;

import java.nio.file.Path;

/** A file of the graph could not be read or parsed: names the file and, for syntax, line and column. */
public class LoadException extends RuntimeException {
    private final Path file;

    public LoadException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public LoadException(Path file, long line, long column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
