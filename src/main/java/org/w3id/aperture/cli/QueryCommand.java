package org.w3id.aperture.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.query.NamedQuery;
import org.w3id.aperture.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", description = "Run a named query of queries/ on the graph, without a server.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "QUERY", description = "A named query (a file of queries/ without .rq) or the path of any .rq file.")
    String name;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResultFormat resultFormat = resultFormat();
        Home h = home.home();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        resultFormat.run(query(h), KnowledgeGraph.build(h), answer);
        spec.commandLine().getOut().print(answer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Query query(Home h) {
        if (name.endsWith(".rq")) {
            return NamedQueries.parse(Path.of(name));
        }
        NamedQueries queries = NamedQueries.load(h.queries());
        return queries.get(name).map(NamedQuery::query).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no query named '" + name + "'; known: " + String.join(", ", queries.names())));
    }

    private ResultFormat resultFormat() {
        try {
            return ResultFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
