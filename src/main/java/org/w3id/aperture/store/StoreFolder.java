package org.w3id.aperture.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.aperture.files.AtomicFiles;
import org.w3id.aperture.files.FolderException;

/**
 * A folder of TDB2 databases, one per load ({@code data-<time>}), and the {@value #CURRENT} file
 * naming the one to serve. A load builds a new database beside the served one and replaces
 * {@value #CURRENT} in one atomic move when it is complete: a load that dies half-way leaves the
 * previous database named and whole, and its own half-written folder is removed by the next load.
 */
public final class StoreFolder {
    static final String CURRENT = "CURRENT";
    private static final String PREFIX = "data-";

    /** What {@value #CURRENT} records about the served database. */
    public record Published(String database, String version, long models, long triples, Instant loaded,
                            String previous) {}

    private final Path dir;

    public StoreFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The published database, if a load has completed here. */
    public Optional<Published> published() {
        Path current = dir.resolve(CURRENT);
        if (!Files.isRegularFile(current)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(current, StandardCharsets.UTF_8)));
            return Optional.of(new Published(required(p, "database"), required(p, "version"),
                    Long.parseLong(required(p, "models")), Long.parseLong(required(p, "triples")),
                    Instant.parse(required(p, "loaded")), p.getProperty("previous", "")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + current + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FolderException(current + " is damaged (" + e.getMessage()
                    + "); run `aperture load --store " + dir + "` again", e);
        }
    }

    private String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }

    /** Opens the published database for serving. */
    public DatasetGraph openPublished() {
        Published p = published().orElseThrow(() -> new FolderException(
                "no loaded store in " + dir + ": run `aperture load --store " + dir + "` first"));
        Path db = dir.resolve(p.database());
        if (!Files.isDirectory(db)) {
            throw new FolderException(dir.resolve(CURRENT) + " names " + p.database()
                    + ", which is missing; run `aperture load --store " + dir + "` again");
        }
        return DatabaseMgr.connectDatasetGraph(db.toString());
    }

    /** Takes the folder for one load; a second load into the same folder is refused while it runs. */
    Lock lock() {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve("load.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new FolderException("another load into " + dir + " is running");
            }
            return new Lock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Holds the load lock until closed. */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;

        private Lock(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new, empty database folder, after removing what earlier interrupted loads left. */
    Path newDatabase() {
        removeAllBut(kept());
        Path db = dir.resolve(PREFIX + Instant.now().toString().replace(":", "").replace(".", "-"));
        try {
            Files.createDirectories(db);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + db + ": " + e.getMessage(), e);
        }
        return db;
    }

    /**
     * Names {@code database} in {@value #CURRENT} (one atomic move), then removes databases older
     * than the one it replaces, which a running server may still be reading.
     */
    void publish(Path database, String version, long models, long triples) {
        String previous = published().map(Published::database).orElse("");
        Properties p = new Properties();
        p.setProperty("database", database.getFileName().toString());
        p.setProperty("version", version);
        p.setProperty("models", Long.toString(models));
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("loaded", Instant.now().toString());
        p.setProperty("previous", previous);
        try {
            StringWriter text = new StringWriter();
            p.store(text, "The database `aperture serve --store` serves; written last by `aperture load`.");
            AtomicFiles.write(dir.resolve(CURRENT), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(CURRENT) + ": " + e.getMessage(), e);
        }
        removeAllBut(kept());
    }

    /** Deletes a database this load built, closed and did not publish. */
    void discard(Path database) {
        delete(database);
    }

    private Set<String> kept() {
        return published().map(p -> Set.of(p.database(), p.previous())).orElse(Set.of());
    }

    private void removeAllBut(Set<String> kept) {
        for (Path db : databases()) {
            if (!kept.contains(db.getFileName().toString())) {
                delete(db);
            }
        }
    }

    private List<Path> databases() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path tree) {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + tree + ": " + e.getMessage(), e);
        }
    }
}
