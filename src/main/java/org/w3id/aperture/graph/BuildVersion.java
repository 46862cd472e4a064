package org.w3id.aperture.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the code and templates that turn the graph into answers, written into the jar by the
 * build: part of the data version (so snapshots and ETags of an upgraded server are new) even when the
 * data did not change.
 */
public final class BuildVersion {
    public static final String ID = read();

    private BuildVersion() {}

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/aperture-build.properties")) {
            if (in == null) {
                return "unbuilt";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("build", "unbuilt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
