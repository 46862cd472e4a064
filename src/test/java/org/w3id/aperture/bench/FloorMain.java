package org.w3id.aperture.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link FloorBenchmark} for every class of the mix (the named queries that run locally,
 * lookup, DESCRIBE): {@code FloorMain HOME[,HOME...] [JMH options]}, e.g. {@code -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 * With several homes (for example a copy of the project with the queries before a change) each class runs
 * on every home, one right after the other, so that they are measured side by side; the classes are those
 * of the first home. A regular expression among the options (e.g. {@code 'FloorBenchmark.execute$'}) picks
 * the methods; {@code -p query=a,b} runs only those classes; the options given override the defaults; all
 * results go to target/bench/jmh.csv as well.
 */
public final class FloorMain {
    private FloorMain() {}

    public static void main(String[] args) throws Exception {
        String[] homes = Arrays.stream((args.length > 0 ? args[0] : ".").split(","))
                .map(h -> Path.of(h).toAbsolutePath().normalize().toString()).toArray(String[]::new);
        Path home = Path.of(homes[0]);
        String[] jmhArgs = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        CommandLineOptions given = new CommandLineOptions(jmhArgs);
        List<RunResult> results = new ArrayList<>();
        List<QueryMix.QueryClass> classes = QueryMix.load(home).classes();
        org.openjdk.jmh.util.Optional<Collection<String>> picked = given.getParameter("query");
        Set<String> only = picked.hasValue() ? Set.copyOf(picked.get()) : Set.of();
        if (!only.isEmpty()) {
            List<String> unknown = only.stream().filter(n -> classes.stream().noneMatch(c -> c.name().equals(n))).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no query class " + String.join(", ", unknown));
            }
        }
        for (QueryMix.QueryClass c : classes) {
            if (!only.isEmpty() && !only.contains(c.name())) {
                continue;
            }
            ChainedOptionsBuilder options = new OptionsBuilder().parent(given).param("home", homes).param("query", c.name());
            if (given.getIncludes().isEmpty()) {
                options.include(FloorBenchmark.class.getName() + "\\.");
            }
            results.addAll(new Runner(options.build()).run());
        }
        try (PrintStream csv = new PrintStream(home.resolve("target/bench/jmh.csv").toFile(), "UTF-8")) {
            ResultFormatFactory.getInstance(ResultFormatType.CSV, csv).writeOut(results);
        }
        ResultFormatFactory.getInstance(ResultFormatType.TEXT, System.out).writeOut(results);
    }
}
