package org.w3id.aperture.graph;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aperture.vocab.Ap;

/**
 * The one way the graph is built, in memory or into a store: parse, validate, derive, batch by
 * batch, writing into a {@link GraphSink}.
 *
 * <ol>
 * <li>The reference files are parsed and validated whole, closed ({@link Closure}) and derived by the
 * reference rules, then by the record rules (the frameworks' records are reference data).
 * <li>The record files follow in batches, by as many workers as there are cores and written in file
 * order: each batch is validated node by node against itself and the raw reference, closed, and
 * derived by the record rules reading the derived reference; only its own facts are written.
 * <li>The catalog-wide rules run on everything written, and reference resources whose problems may
 * depend on the records (a curated developer of a model in a record file) are checked again.
 * </ol>
 * The in-memory graph reads every file as reference: one batch, validated and derived as a whole.
 * Batches give the same graph because every shape targets classes or subjects and every record rule
 * relates one record to its own assessments and the reference data (the store test checks it).
 */
public final class LoadPipeline {
    /** Told how far a load is. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void started(int recordFiles) {}

            @Override
            public void advanced(int recordFilesDone, long models, long triples) {}

            @Override
            public void phase(String what) {}
        };

        void started(int recordFiles);

        void advanced(int recordFilesDone, long models, long triples);

        void phase(String what);
    }

    static final int MIN_BATCH = 500;
    static final int MAX_BATCH = 5000;

    private final Home home;
    private final Deriver deriver;
    private final ShapesValidator validator;
    private final int batchSize;
    private final int workers;

    /**
     * A pipeline with batches that grow with the reference data (from 500 to 5 000 record files),
     * since the rules of every batch read the whole reference graph too, and a worker per core.
     */
    public LoadPipeline(Home home) {
        this(home, 0, Runtime.getRuntime().availableProcessors());
    }

    /** A pipeline with batches of {@code batchSize} record files (0: sized by the reference data). */
    public LoadPipeline(Home home, int batchSize, int workers) {
        this.home = home;
        this.deriver = new Deriver(home.rules());
        this.validator = new ShapesValidator(home.shapes());
        this.batchSize = batchSize;
        this.workers = workers;
    }

    /** The problems of sources read whole, without deriving. */
    public List<ShapesValidator.Problem> problems(List<Path> files) {
        GraphFiles read = GraphFiles.read(files);
        return validator.validate(read.graph(), read, home);
    }

    /**
     * Loads {@code sources} into {@code sink}; returns the number of models.
     *
     * @throws LoadException if a file is missing or malformed, or a rule fails
     * @throws InvalidDataException if the data breaks a shape (the sink may then hold part of the graph)
     */
    public long run(Sources sources, GraphSink sink, Progress progress) {
        progress.phase("reading the sources");
        boolean batched = !sources.records().isEmpty();
        GraphFiles reference = GraphFiles.read(sources.reference());
        Graph raw = reference.graph();
        Set<Node> recheck = Set.of();
        if (batched) {
            requireLocalTargets(validator.shapes(), raw);
            recheck = validator.nodesWithProblems(raw);
        } else {
            List<ShapesValidator.Problem> problems = validator.validate(raw, reference, home);
            if (!problems.isEmpty()) {
                throw new InvalidDataException(problems);
            }
        }
        Closure closure = Closure.of(raw);
        Graph derived = raw;
        if (batched) {
            derived = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(derived, raw);
        }
        Facts facts = new Facts(derived, derived, closure);
        facts.close(derived);
        deriver.apply(Deriver.Group.REFERENCE, facts);
        deriver.apply(Deriver.Group.RECORD, facts);
        long models = models(raw);
        long triples = derived.size();
        sink.add(derived);
        if (batched) {
            models += loadRecords(sources.records(), raw, derived, closure, sink, progress, triples);
        }
        sink.batchesDone();

        progress.phase("deriving the catalog-wide facts");
        sink.add(sink.read(written -> {
            Graph catalog = GraphFactory.createDefaultGraph();
            deriver.apply(Deriver.Group.CATALOG, new Facts(new Union(catalog, written), catalog, closure));
            return catalog;
        }));

        if (batched) {
            progress.phase("checking reference resources against the records");
            Set<Node> nodes = recheck;
            List<ShapesValidator.Problem> problems =
                    sink.read(written -> validator.validateNodes(new Union(raw, written), nodes, reference, home));
            if (!problems.isEmpty()) {
                throw new InvalidDataException(problems);
            }
        }
        return models;
    }

    private long loadRecords(List<Path> files, Graph raw, Graph derived, Closure closure, GraphSink sink,
                             Progress progress, long triples) {
        int size = batchSize > 0 ? batchSize : (int) Math.max(MIN_BATCH, Math.min(MAX_BATCH, derived.size() / 50));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long models = 0;
            int done = 0;
            progress.started(files.size());
            Deque<Future<Batch>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 2 * workers) {
                    List<Path> part = files.subList(next, Math.min(next + size, files.size()));
                    window.add(pool.submit(() -> batch(part, raw, derived, closure)));
                    next += part.size();
                }
                Batch batch = await(window.remove());
                if (!batch.problems().isEmpty()) {
                    throw new InvalidDataException(batch.problems());
                }
                sink.add(batch.graph());
                models += batch.models();
                triples += batch.graph().size();
                done += batch.files();
                progress.advanced(done, models, triples);
            }
            return models;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One batch of record files, validated and derived: its own triples and derived facts, or its problems. */
    private record Batch(int files, long models, Graph graph, List<ShapesValidator.Problem> problems) {}

    private Batch batch(List<Path> files, Graph raw, Graph derived, Closure closure) {
        GraphFiles parsed = GraphFiles.read(files);
        Graph own = parsed.graph();
        Set<Node> subjects = own.find().mapWith(Triple::getSubject).toSet();
        List<ShapesValidator.Problem> problems = validator.validateNodes(new Union(own, raw), subjects, parsed, home);
        if (!problems.isEmpty()) {
            return new Batch(files.size(), 0, own, problems);
        }
        long models = models(own);
        Facts facts = new Facts(new Union(own, derived), own, closure);
        facts.close(own);
        deriver.apply(Deriver.Group.RECORD, facts);
        return new Batch(files.size(), models, own, List.of());
    }

    private static long models(Graph parsed) {
        return parsed.find(Node.ANY, RDF.Nodes.type, Ap.Model).toList().size();
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

    /**
     * Checking a batch node by node finds every focus node only if the shapes target classes or
     * subjects, or name nodes of the reference data (which is checked whole, before any batch).
     */
    private static void requireLocalTargets(Shapes shapes, Graph reference) {
        shapes.getTargetShapes().forEach(shape -> shape.getTargets().forEach(target -> {
            boolean referenceNode = target.getTargetType() == TargetType.targetNode
                    && reference.contains(target.getObject(), Node.ANY, Node.ANY);
            if (!referenceNode && (target.getTargetType() == TargetType.targetNode || target.getTargetType() == TargetType.targetObjectsOf
                    || target.getTargetType() == TargetType.targetExtension)) {
                throw new IllegalStateException("shape " + shape.getShapeNode() + " uses " + target.getTargetType()
                        + ", which a load in batches cannot check one batch of record files at a time; serve in memory instead");
            }
        }));
    }
}
