package org.w3id.aperture.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aperture.graph.Deriver;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.InvalidDataException;
import org.w3id.aperture.graph.ShapesValidator;
import org.w3id.aperture.graph.SourceDigest;
import org.w3id.aperture.vocab.Ap;

/**
 * Bulk-loads a home into a new TDB2 database of a {@link StoreFolder}, with the same validation
 * and derived facts as the in-memory graph, in memory proportional to one batch of model files.
 *
 * <p>The reference files (ontology/ and every data file outside a {@code models} folder) are read
 * whole and derived once. The model files (data files under a {@code models} folder, one model
 * with its assessments each) are then read in batches; each batch is validated node by node and
 * derived by the per-model rules on top of the reference graph, by as many workers as there are
 * cores, and streamed into the database in file order; the catalog-wide rules run on the database
 * last. This is exact because every shape targets classes or subjects and
 * every rule relates one model to its own assessments and the reference data (the store test
 * checks it against the in-memory graph). Reference resources whose check needs the models (a
 * curated developer of a model) are checked again at the end, against the loaded models.
 */
public final class CatalogLoader {
    /** Told how far the load is. */
    public interface Progress {
        void started(int modelFiles);

        void advanced(int modelFilesDone, long models, long triples);

        void phase(String what);
    }

    static final int MIN_BATCH = 500;
    static final int MAX_BATCH = 5000;

    private final Home home;
    private final int batchSize;
    private final int workers;

    /**
     * A loader with batches that grow with the reference data (from 500 to 5 000 model files),
     * since the rules of every batch read the whole reference graph too.
     */
    public CatalogLoader(Home home) {
        this(home, 0, Runtime.getRuntime().availableProcessors());
    }

    /** A loader with batches of {@code batchSize} model files (0: sized by the reference data). */
    CatalogLoader(Home home, int batchSize, int workers) {
        this.home = home;
        this.batchSize = batchSize;
        this.workers = workers;
    }

    /** What a completed load published. */
    public record Result(Path database, String version, long models, long triples) {}

    /**
     * Loads the home into a new database of {@code folder} and publishes it.
     *
     * @throws org.w3id.aperture.graph.LoadException if a file is missing or malformed
     * @throws InvalidDataException if the data breaks a shape; nothing is published then
     */
    public Result load(StoreFolder folder, Progress progress) {
        try (StoreFolder.Lock lock = folder.lock()) {
            ShapesValidator validator = new ShapesValidator(home.shapes());
            Deriver deriver = new Deriver(home.rules());
            progress.phase("reading the sources");
            String version = SourceDigest.of(home);
            List<Path> modelFiles = new ArrayList<>();
            GraphFiles reference = new GraphFiles();
            for (Path file : GraphFiles.turtleFiles(home)) {
                if (isModelFile(file)) {
                    modelFiles.add(file);
                } else {
                    reference.add(file);
                }
            }
            Graph raw = reference.graph();
            requireLocalTargets(validator.shapes(), raw);
            List<Node> pending = subjects(raw).stream()
                    .filter(n -> !validator.validateNodes(raw, List.of(n), reference, home).isEmpty()).toList();
            Graph derived = GraphFactory.createDefaultGraph();
            raw.find().forEachRemaining(derived::add);
            deriver.applyPerModel(DatasetGraphFactory.wrap(derived));

            int batch = batchSize > 0 ? batchSize : (int) Math.max(MIN_BATCH, Math.min(MAX_BATCH, derived.size() / 50));
            Path database = folder.newDatabase();
            DatasetGraph store = DatabaseMgr.connectDatasetGraph(database.toString());
            try {
                long models = bulkLoad(store, derived, modelFiles, batch, validator, deriver, raw, progress);
                progress.phase("deriving the catalog-wide facts");
                Txn.executeWrite(store, () -> deriver.applyCatalog(store));
                progress.phase("checking reference resources against the models");
                List<ShapesValidator.Problem> problems = Txn.calculateRead(store, () ->
                        validator.validateNodes(new Union(raw, store.getDefaultGraph()), pending, reference, home));
                if (!problems.isEmpty()) {
                    throw new InvalidDataException(problems);
                }
                long triples = Txn.calculateRead(store, () -> (long) store.getDefaultGraph().size());
                TDBInternal.expel(store);
                folder.publish(database, version, models, triples);
                return new Result(database, version, models, triples);
            } catch (RuntimeException | Error e) {
                TDBInternal.expel(store, true);
                folder.discard(database);
                throw e;
            }
        }
    }

    private long bulkLoad(DatasetGraph store, Graph derivedReference, List<Path> modelFiles, int batchSize,
                          ShapesValidator validator, Deriver deriver, Graph rawReference, Progress progress) {
        DataLoader loader = LoaderFactory.phasedLoader(store, (format, args) -> { });
        loader.startBulk();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            StreamRDF out = loader.stream();
            out.start();
            derivedReference.find().forEachRemaining(out::triple);
            long triples = derivedReference.size();
            long models = 0;
            int done = 0;
            progress.started(modelFiles.size());
            Deque<Future<Batch>> window = new ArrayDeque<>();
            int next = 0;
            while (next < modelFiles.size() || !window.isEmpty()) {
                while (next < modelFiles.size() && window.size() < 2 * workers) {
                    List<Path> files = modelFiles.subList(next, Math.min(next + batchSize, modelFiles.size()));
                    window.add(pool.submit(() -> Batch.of(files, home, validator, deriver, rawReference, derivedReference)));
                    next += files.size();
                }
                Batch batch = await(window.remove());
                if (!batch.problems().isEmpty()) {
                    throw new InvalidDataException(batch.problems());
                }
                batch.graph().find().forEachRemaining(out::triple);
                models += batch.models();
                triples += batch.graph().size();
                done += batch.files();
                progress.advanced(done, models, triples);
            }
            out.finish();
            progress.phase("building the indexes");
            loader.finishBulk();
            return models;
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Batch await(Future<Batch> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** One batch of model files, validated and derived: its own triples and derived facts, or its problems. */
    private record Batch(int files, long models, Graph graph, List<ShapesValidator.Problem> problems) {
        static Batch of(List<Path> files, Home home, ShapesValidator validator, Deriver deriver, Graph rawReference,
                        Graph derivedReference) {
            GraphFiles parsed = new GraphFiles();
            files.forEach(parsed::add);
            Graph own = parsed.graph();
            List<ShapesValidator.Problem> problems =
                    validator.validateNodes(new Union(own, rawReference), subjects(own), parsed, home);
            if (!problems.isEmpty()) {
                return new Batch(files.size(), 0, own, problems);
            }
            long models = own.find(Node.ANY, RDF.type.asNode(), Ap.Model).toList().size();
            deriver.applyPerModel(DatasetGraphFactory.wrap(new Union(own, derivedReference)));
            // The rules also re-derive the reference data's own facts into the batch: drop them.
            Graph fresh = GraphFactory.createDefaultGraph();
            own.find().filterDrop(derivedReference::contains).forEachRemaining(fresh::add);
            return new Batch(files.size(), models, fresh, List.of());
        }
    }

    /**
     * Per-node checking finds every focus node only if the shapes target classes or subjects, or name nodes
     * of the reference data (which is checked whole, before any model file).
     */
    private static void requireLocalTargets(Shapes shapes, Graph reference) {
        shapes.getTargetShapes().forEach(shape -> shape.getTargets().forEach(target -> {
            boolean referenceNode = target.getTargetType() == TargetType.targetNode
                    && reference.contains(target.getObject(), Node.ANY, Node.ANY);
            if (!referenceNode && (target.getTargetType() == TargetType.targetNode || target.getTargetType() == TargetType.targetObjectsOf
                    || target.getTargetType() == TargetType.targetExtension)) {
                throw new IllegalStateException("shape " + shape.getShapeNode() + " uses " + target.getTargetType()
                        + ", which a store load cannot check one model file at a time; serve in memory instead");
            }
        }));
    }

    /** A data file under a {@code models} folder. */
    boolean isModelFile(Path file) {
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

    private static Set<Node> subjects(Graph graph) {
        return graph.find().mapWith(Triple::getSubject).toSet();
    }
}
