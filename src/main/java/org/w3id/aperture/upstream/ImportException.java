package org.w3id.aperture.upstream;

import java.nio.file.Path;

/** Bad upstream input: names the file, the line where known, and the problem. */
public class ImportException extends RuntimeException {
    public ImportException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public ImportException(Path file, String problem) {
        this(file, 0, problem);
    }
}
