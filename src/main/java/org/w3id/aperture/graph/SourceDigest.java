package org.w3id.aperture.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over every file the graph is built from (ontology/, its rules and shapes, data/), the
 * code's format version and the build ({@link BuildVersion}): the data version, used in ETags and as the
 * key of the start-up snapshot.
 */
public final class SourceDigest {
    /** Bump when a change of the code changes what the same files build into. */
    static final String FORMAT = "aperture-graph-2";

    private SourceDigest() {}

    public static String of(Home home) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            sha.update(BuildVersion.ID.getBytes(StandardCharsets.UTF_8));
            for (Path dir : List.of(home.ontology(), home.data())) {
                for (Path file : sources(dir)) {
                    sha.update(home.root().relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(Files.readAllBytes(file));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new LoadException(home.root(), "cannot read the sources: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".ttl") || p.toString().endsWith(".ru"))
                    .sorted().toList();
        }
    }
}
