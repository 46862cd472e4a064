package org.w3id.aperture.bench;

import java.nio.file.Path;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link FloorBenchmark} for every class of the mix (the named queries that run locally,
 * lookup, DESCRIBE): {@code FloorMain HOME [JMH options]}, e.g. {@code -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 * A regular expression among the options (e.g. {@code 'FloorBenchmark.execute$'}) picks the methods;
 * the options given override the defaults; results go to target/bench/jmh.csv as well.
 */
public final class FloorMain {
    private FloorMain() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String[] jmhArgs = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        String[] classes = QueryMix.load(home).classes().stream().map(QueryMix.QueryClass::name).toArray(String[]::new);
        CommandLineOptions given = new CommandLineOptions(jmhArgs);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .parent(given)
                .param("home", home.toString())
                .param("query", classes)
                .resultFormat(ResultFormatType.CSV)
                .result(home.resolve("target/bench/jmh.csv").toString());
        if (given.getIncludes().isEmpty()) {
            options.include(FloorBenchmark.class.getName() + "\\.");
        }
        new Runner(options.build()).run();
    }
}
