package org.w3id.aperture.graph;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project folder the graph is built from: ontology/, data/ and queries/. */
public record Home(Path root) {
    public static final String SHAPES = "shapes.ttl";

    public Home {
        root = root.toAbsolutePath().normalize();
    }

    /** A home whose ontology/ and data/ folders exist, or a clear error. */
    public static Home at(Path root) {
        Home home = new Home(root);
        for (Path dir : new Path[] {home.ontology(), home.data()}) {
            if (!Files.isDirectory(dir)) {
                throw new LoadException(dir, "folder not found (run from the project folder or pass --home)");
            }
        }
        return home;
    }

    public Path ontology() {
        return root.resolve("ontology");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path queries() {
        return root.resolve("queries");
    }

    public Path shapes() {
        return ontology().resolve(SHAPES);
    }

    public Path rules() {
        return ontology().resolve("rules");
    }

    /** A path as people should read it in messages: relative to the home where it lies inside. */
    public String show(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }
}
