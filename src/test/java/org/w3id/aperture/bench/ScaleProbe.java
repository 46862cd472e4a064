package org.w3id.aperture.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.w3id.aperture.synthetic.CatalogGenerator;

/**
 * The per-model and whole-catalog answers of a server on a synthetic catalog of N models, one
 * request at a time, each for a model (or page) drawn at random so that no answer repeats:
 * single-model lookup, one model's matrix row, the level distribution (the named query), and a
 * filtered matrix page (100 models whose weights are fully open, with their 12 cells). Prints a
 * Markdown table of p50/p99/max and the rows each answer had. Run the server with
 * {@code --answer-cache-mb 0} so that every request is executed. Each per-model answer is first asked
 * {@value #WARMUP} times (other models) to warm the server up.
 *
 * <p>{@code ScaleProbe SPARQL-URL N HOME [RUNS]}
 */
public final class ScaleProbe {
    private static final String AP = "https://w3id.org/aperture/";
    /** Requests before measuring a per-model answer, so that the server's JIT has compiled its path. */
    private static final int WARMUP = 3000;
    /** As long as bench/scale.sh lets the server run a query, so that a slow whole-catalog answer is still measured. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    record Probe(String name, int warmup, int runs, IntFunction<String> query) {}

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        int n = Integer.parseInt(args[1]);
        String levelDistribution = Files.readString(Path.of(args[2], "queries", "level-distribution.rq"));
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        SplittableRandom random = new SplittableRandom(42);
        IntFunction<String> anyModel = i -> AP + "model/" + CatalogGenerator.slug(1 + random.nextInt(n));
        List<Probe> probes = List.of(
                new Probe("single-model lookup", WARMUP, runs, i -> QueryMix.lookup(anyModel.apply(i))),
                new Probe("one model's matrix row", WARMUP, runs, i -> matrixRow(anyModel.apply(i))),
                new Probe("filtered matrix page (100 models)", 5, Math.max(10, runs / 10),
                        i -> weightsOpenPage(random.nextInt(Math.max(1, Math.min(50, n / 1000))))),
                new Probe("level distribution", 1, 5, i -> levelDistribution));
        HttpClient http = LoadDriver.client();
        System.out.println("| answer | runs | p50 ms | p99 ms | max ms | rows per answer |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        for (Probe p : probes) {
            for (int i = 0; i < p.warmup(); i++) {
                ask(http, endpoint, p.query().apply(i));
            }
            long[] nanos = new long[p.runs()];
            long minRows = Long.MAX_VALUE;
            long maxRows = 0;
            for (int i = 0; i < p.runs(); i++) {
                String q = p.query().apply(i);
                long t0 = System.nanoTime();
                long rows = ask(http, endpoint, q);
                nanos[i] = System.nanoTime() - t0;
                minRows = Math.min(minRows, rows);
                maxRows = Math.max(maxRows, rows);
            }
            Arrays.sort(nanos);
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %s |%n", p.name(), p.runs(), ms(percentile(nanos, 50)),
                    ms(percentile(nanos, 99)), ms(nanos[nanos.length - 1]),
                    minRows == maxRows ? Long.toString(minRows) : minRows + "–" + maxRows);
        }
    }

    /** The openness-matrix query's columns, for one model. */
    static String matrixRow(String model) {
        return """
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?model ?modelLabel ?component ?componentKey ?value ?license ?note WHERE {
                  VALUES ?model { <%s> }
                  ?assessment ap:model ?model ; ap:component ?component ; ap:value ?level .
                  ?model rdfs:label ?modelLabel .
                  ?component ap:upstreamKey ?componentKey ; ap:position ?position .
                  ?level skos:notation ?value .
                  OPTIONAL { ?assessment ap:releaseTerms/ap:asWritten ?license }
                  OPTIONAL { ?assessment ap:note ?note }
                } ORDER BY ?position""".formatted(model);
    }

    /** Page {@code page} (100 models, by IRI) of the models whose weights are fully open, with all 12 cells. */
    static String weightsOpenPage(int page) {
        return """
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?model ?componentKey ?value WHERE {
                  { SELECT ?model WHERE {
                      ?w ap:component <https://w3id.org/aperture/component/deployment-data-weights> ;
                         ap:value <https://w3id.org/aperture/level/d5> ; ap:model ?model }
                    ORDER BY ?model LIMIT 100 OFFSET %d }
                  ?a ap:model ?model ; ap:component ?c ; ap:value ?l .
                  ?c ap:upstreamKey ?componentKey . ?l skos:notation ?value .
                } ORDER BY ?model ?componentKey""".formatted(page * 100);
    }

    /** Runs the query; returns the number of result rows (CSV lines less the header). */
    private static long ask(HttpClient http, URI endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(QueryMix.post(endpoint, query, "text/csv", TIMEOUT), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body().lines().count() - 1;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
