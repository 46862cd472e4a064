package org.w3id.aperture.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.w3id.aperture.Fixtures;

/**
 * The recorded answer of every named query, under src/test/resources/answers/: {@code NAME.srj}
 * (SPARQL results in JSON, Jena's writer) for SELECT and ASK, {@code NAME.ttl} for CONSTRUCT and
 * DESCRIBE. {@link NamedAnswersTest} holds every query to its file, so that rewriting a query for
 * speed cannot change what it answers unnoticed; an answer that is meant to change is written anew
 * and reviewed as a diff of these files:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.w3id.aperture.query.AnswerFiles --write
 * </pre>
 * {@code --write} writes the answer on the project's graph (as built in memory) of every named query
 * that is not {@linkplain #SKIPPED skipped}; without it the queries whose answer differs from
 * their file are listed, and the exit status is 1 if there is any.
 */
public final class AnswerFiles {
    public static final Path DIR = Fixtures.ROOT.resolve("src/test/resources/answers");

    /** The named queries without an answer file, with why. */
    public static final Map<String, String> SKIPPED = Map.of("wikidata-items-by-arxiv-id",
            "it asks Wikidata's query service (SERVICE), whose answer is not the project's to record");

    /** An answer: exactly one of rows (SELECT), truth (ASK) and graph (CONSTRUCT, DESCRIBE) is set. */
    public record Answer(RowSetRewindable rows, Boolean truth, Graph graph) {}

    private AnswerFiles() {}

    public static void main(String[] args) {
        boolean write = List.of(args).contains("--write");
        DatasetGraph graph = Fixtures.graph();
        int differing = 0;
        for (NamedQuery q : NamedQueries.load(Fixtures.home().queries()).all()) {
            if (skipped(q)) {
                continue;
            }
            Answer answer = run(q.query(), graph);
            if (write) {
                write(q, answer);
            } else {
                Optional<String> difference = Files.exists(file(q)) ? difference(q.query(), read(q), answer)
                        : Optional.of("no answer file");
                if (difference.isPresent()) {
                    differing++;
                    System.out.println(q.name() + ": " + difference.get());
                }
            }
        }
        System.exit(differing == 0 ? 0 : 1);
    }

    /**
     * True for a query of {@link #SKIPPED}; a query that calls a service but is not listed there is
     * refused, so that no answer from outside the project is ever recorded.
     */
    public static boolean skipped(NamedQuery q) {
        if (q.federated() && !SKIPPED.containsKey(q.name())) {
            throw new IllegalStateException(q.name() + " calls a service: list it in AnswerFiles.SKIPPED with why");
        }
        return SKIPPED.containsKey(q.name());
    }

    /** The file of a query's answer. */
    public static Path file(NamedQuery q) {
        return DIR.resolve(q.name() + (q.query().isSelectType() || q.query().isAskType() ? ".srj" : ".ttl"));
    }

    /** The names of the queries that have an answer file. */
    public static TreeSet<String> recorded() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.(srj|ttl)$", ""))
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer of {@code query} on {@code dataset}, read whole, every row copied out of the dataset
     * (a store's rows name their terms by its ids until read), so that it lasts beyond a transaction.
     */
    public static Answer run(Query query, DatasetGraph dataset) {
        try (QueryExec qe = QueryExec.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                RowSet rows = qe.select();
                List<Binding> copied = new ArrayList<>();
                rows.forEachRemaining(b -> copied.add(BindingFactory.copy(b)));
                return new Answer(RowSetStream.create(rows.getResultVars(), copied.iterator()).rewindable(), null, null);
            }
            if (query.isAskType()) {
                return new Answer(null, qe.ask(), null);
            }
            return new Answer(null, null, query.isDescribeType() ? qe.describe() : qe.construct());
        }
    }

    public static Answer read(NamedQuery q) {
        try (InputStream in = Files.newInputStream(file(q))) {
            if (file(q).toString().endsWith(".ttl")) {
                return new Answer(null, null, RDFDataMgr.loadGraph(file(q).toString(), Lang.TURTLE));
            }
            SPARQLResult result = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(in);
            return result.isBoolean() ? new Answer(null, result.getBooleanResult(), null)
                    : new Answer(RowSet.adapt(result.getResultSet()).rewindable(), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(NamedQuery q, Answer answer) {
        try {
            Files.createDirectories(DIR);
            try (OutputStream out = Files.newOutputStream(file(q))) {
                ResultsWriter json = ResultsWriter.create().lang(ResultSetLang.RS_JSON).build();
                if (answer.rows() != null) {
                    json.write(out, answer.rows());
                } else if (answer.truth() != null) {
                    json.write(out, answer.truth());
                } else {
                    RDFDataMgr.write(out, answer.graph(), Lang.TURTLE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How {@code actual} differs from {@code expected}, empty if it does not: the same columns in the
     * same order and the same rows by RDF term (so 0.50 is not 0.5), in the same order if the query has
     * an ORDER BY and as a bag if not, blank nodes up to renaming, and each GROUP_CONCAT cell the same
     * parts in any order (SPARQL leaves their order to the engine); the same truth value; isomorphic graphs.
     */
    public static Optional<String> difference(Query query, Answer expected, Answer actual) {
        if (expected.truth() != null || actual.truth() != null) {
            return expected.truth() != null && expected.truth().equals(actual.truth()) ? Optional.empty()
                    : Optional.of("expected " + expected.truth() + ", got " + actual.truth());
        }
        if (expected.graph() != null || actual.graph() != null) {
            return expected.graph() != null && actual.graph() != null && expected.graph().isIsomorphicWith(actual.graph())
                    ? Optional.empty()
                    : Optional.of("the graph is not isomorphic with the recorded one");
        }
        Map<Var, String> separators = groupConcatSeparators(query);
        RowSetRewindable want = partsSorted(expected.rows(), separators);
        RowSetRewindable got = partsSorted(actual.rows(), separators);
        if (!want.getResultVars().equals(got.getResultVars())) {
            return Optional.of("columns " + got.getResultVars() + " instead of " + want.getResultVars());
        }
        boolean same = query.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(want, got) : ResultSetCompare.equalsByTerm(want, got);
        want.reset();
        got.reset();
        return same ? Optional.empty() : Optional.of(rowDifference(want, got, query.hasOrderBy()));
    }

    /** The rows with the parts of each GROUP_CONCAT cell sorted. */
    private static RowSetRewindable partsSorted(RowSetRewindable rows, Map<Var, String> separators) {
        rows.reset();
        List<Binding> sorted = new ArrayList<>();
        rows.forEachRemaining(b -> {
            BindingBuilder row = BindingFactory.builder();
            b.forEach((v, n) -> row.add(v, separators.containsKey(v) && n.isLiteral() ? partsSorted(n, separators.get(v)) : n));
            sorted.add(row.build());
        });
        rows.reset();
        return RowSetStream.create(rows.getResultVars(), sorted.iterator()).rewindable();
    }

    private static Node partsSorted(Node literal, String separator) {
        String lexical = String.join(separator, Stream.of(literal.getLiteralLexicalForm().split(Pattern.quote(separator), -1)).sorted().toList());
        return literal.getLiteralLanguage().isEmpty() ? NodeFactory.createLiteralDT(lexical, literal.getLiteralDatatype())
                : NodeFactory.createLiteralLang(lexical, literal.getLiteralLanguage());
    }

    /** The separators of the GROUP_CONCAT cells a query projects, its subqueries' included (their variables are projected through). */
    private static Map<Var, String> groupConcatSeparators(Query query) {
        Map<Var, String> separators = new HashMap<>();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery subQuery) {
                    separators.putAll(groupConcatSeparators(subQuery.getQuery()));
                }
            });
        }
        query.getProject().forEachExpr((v, e) -> {
            if (e instanceof ExprAggregator agg && agg.getAggregator() instanceof AggGroupConcat g) {
                separators.put(v, g.getSeparator() == null ? " " : g.getSeparator());
            } else if (e instanceof ExprAggregator agg && agg.getAggregator() instanceof AggGroupConcatDistinct g) {
                separators.put(v, g.getSeparator() == null ? " " : g.getSeparator());
            }
        });
        return separators;
    }

    /** The counts, and a few rows one answer has more often than the other (or the first row out of order). */
    private static String rowDifference(RowSetRewindable want, RowSetRewindable got, boolean ordered) {
        List<String> expected = texts(want);
        List<String> actual = texts(got);
        Map<String, Integer> balance = new HashMap<>();
        expected.forEach(r -> balance.merge(r, 1, Integer::sum));
        actual.forEach(r -> balance.merge(r, -1, Integer::sum));
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        balance.forEach((row, n) -> {
            if (n > 0) {
                missing.add(row);
            } else if (n < 0) {
                extra.add(row);
            }
        });
        StringBuilder s = new StringBuilder(actual.size() + " rows, " + expected.size() + " recorded");
        missing.stream().sorted().limit(5).forEach(r -> s.append("\n  missing ").append(r));
        extra.stream().sorted().limit(5).forEach(r -> s.append("\n  extra   ").append(r));
        if (missing.isEmpty() && extra.isEmpty() && ordered) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    s.append("\n  the same rows in another order; row ").append(i + 1).append(" is ").append(actual.get(i))
                            .append(", recorded ").append(expected.get(i));
                    break;
                }
            }
        } else if (missing.isEmpty() && extra.isEmpty()) {
            s.append("\n  the same rows as text, other blank nodes");
        }
        return s.toString();
    }

    private static List<String> texts(RowSetRewindable rows) {
        List<String> texts = new ArrayList<>();
        rows.forEachRemaining((Binding b) -> texts.add(b.toString()));
        rows.reset();
        return texts;
    }
}
