package org.w3id.aperture.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.graph.Snapshots;

/**
 * The floor: each class of the HTTP mix executed in process on the served in-memory dataset
 * (the one {@code serve} builds, read from its start-up snapshot as {@code serve} does), no HTTP. {@code execute} consumes every row (or builds the
 * DESCRIBE graph); {@code executeAndWrite} also writes the answer in the format the load test asks
 * for, to a sink. Lookup and DESCRIBE cycle through all models. Run with bench/jmh.sh, which passes
 * every class of the mix as the {@code query} parameter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FloorBenchmark {
    @Param({QueryMix.LOOKUP})
    public String query;

    @Param(".")
    public String home;

    private Dataset dataset;
    private List<Query> queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Path root = Path.of(home).toAbsolutePath().normalize();
        dataset = DatasetFactory.wrap(KnowledgeGraph.open(Home.at(root), new Snapshots(root.resolve("target/snapshots"))).dataset());
        QueryMix.QueryClass c = QueryMix.load(root).classes().stream().filter(q -> q.name().equals(query)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no query class " + query));
        queries = c.texts().stream().map(QueryFactory::create).toList();
    }

    private Query nextQuery() {
        Query q = queries.get(next);
        next = (next + 1) % queries.size();
        return q;
    }

    @Benchmark
    public long execute(Blackhole bh) {
        Query q = nextQuery();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    bh.consume(rs.next());
                    n++;
                }
                return n;
            }
            Model m = q.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
            return m.size();
        }
    }

    @Benchmark
    public void executeAndWrite() {
        Query q = nextQuery();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
            if (q.isSelectType()) {
                ResultSetFormatter.outputAsJSON(OutputStream.nullOutputStream(), qe.execSelect());
            } else {
                RDFDataMgr.write(OutputStream.nullOutputStream(), q.isDescribeType() ? qe.execDescribe() : qe.execConstruct(), Lang.TURTLE);
            }
        }
    }
}
