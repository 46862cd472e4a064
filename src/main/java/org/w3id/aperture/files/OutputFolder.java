package org.w3id.aperture.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The folder an importer writes its Turtle files into: each file is written whole (atomically) only when its
 * bytes change, so a re-import of the same input changes no byte, and the Turtle files already there that the
 * input no longer yields are reported, never deleted silently.
 */
public final class OutputFolder {
    /** What one write did: the files written, those left as they were, and the Turtle files no longer produced. */
    public record Outcome(List<Path> written, List<Path> unchanged, List<Path> notInInput) {}

    private OutputFolder() {}

    /** Writes {@code files} (file name to text) into {@code folder}, creating it if needed. */
    public static Outcome write(Path folder, Map<String, String> files) {
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            List<Path> unchanged = new ArrayList<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.exists(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
                    unchanged.add(path);
                } else {
                    AtomicFiles.write(path, bytes);
                    written.add(path);
                }
            }
            List<Path> notInInput;
            try (Stream<Path> existing = Files.list(folder)) {
                notInInput = existing.filter(p -> p.toString().endsWith(".ttl"))
                        .filter(p -> !files.containsKey(p.getFileName().toString())).sorted().toList();
            }
            return new Outcome(List.copyOf(written), List.copyOf(unchanged), notInInput);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + folder + ": " + e.getMessage(), e);
        }
    }
}
