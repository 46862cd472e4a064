package org.w3id.aperture.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Starts the contenders on loopback with the same data, checks that they answer the mix alike,
 * then measures them interleaved: at each concurrency, round r runs the contenders in the order
 * rotated by r (A F O, F O A, O A F, ...), each with its own warm-up. Writes a Markdown report.
 *
 * <pre>
 * Harness --home . --dump target/bench/aperture.nt --fuseki-jar target/bench/jena-fuseki-server-5.6.0.jar
 *         [--contenders aperture,fuseki,oxigraph] [--clients 8,32] [--rounds 3] [--warmup 5]
 *         [--duration 10] [--out target/bench/results.md] [--label TEXT] [--exclude CLASS,...]
 *         [--aperture-args "--answer-cache-mb 0"] [--before-jar OTHER.jar]
 * </pre>
 *
 * <p>With {@code --before-jar}, contender {@code before} is that jar served like {@code aperture} (same home and
 * arguments): a build before a change, measured side by side with the one after.
 */
public final class Harness {
    /** A contender: the command that serves the data, and its SPARQL endpoint path. */
    record Contender(String name, List<String> command, String path) {}

    private static final HttpClient HTTP = LoadDriver.client();

    private Harness() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        Path home = Path.of(opt.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path dump = Path.of(opt.getOrDefault("dump", "target/bench/aperture.nt")).toAbsolutePath();
        Path fusekiJar = Path.of(opt.getOrDefault("fuseki-jar", "target/bench/jena-fuseki-server-5.6.0.jar")).toAbsolutePath();
        Path apertureJar = Path.of(opt.getOrDefault("aperture-jar", "target/aperture.jar")).toAbsolutePath();
        List<String> names = List.of(opt.getOrDefault("contenders", "aperture,fuseki,oxigraph").split(","));
        int[] clients = Arrays.stream(opt.getOrDefault("clients", "8,32").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "3"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("warmup", "5")));
        Duration duration = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("duration", "10")));
        Path out = Path.of(opt.getOrDefault("out", "target/bench/results.md"));
        String label = opt.getOrDefault("label", "");
        Path logs = out.toAbsolutePath().getParent().resolve("logs");
        Files.createDirectories(logs);

        QueryMix mix = QueryMix.load(home);
        String exclude = opt.getOrDefault("exclude", "");
        if (!exclude.isEmpty()) {
            mix = mix.without(java.util.Set.of(exclude.split(",")));
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, Contender> all = new java.util.HashMap<>(Map.of(
                "aperture", new Contender("aperture", apertureCommand(javaBin, apertureJar, home,
                        opt.getOrDefault("aperture-args", "")), "/aperture/sparql"),
                "fuseki", new Contender("fuseki", List.of(javaBin, "-jar", fusekiJar.toString(), "--localhost",
                        "--port", "PORT", "--file", dump.toString(), "/ds"), "/ds/sparql"),
                "oxigraph", new Contender("oxigraph", List.of("node", home.resolve("bench/oxigraph-server.js").toString(),
                        "--file", dump.toString(), "--port", "PORT"), "/sparql")));
        if (opt.containsKey("before-jar")) {
            all.put("before", new Contender("before", apertureCommand(javaBin, Path.of(opt.get("before-jar")), home,
                    opt.getOrDefault("aperture-args", "")), "/aperture/sparql"));
        }

        StringBuilder report = new StringBuilder();
        report.append("### Load test ").append(label.isEmpty() ? "" : "(" + label + ") ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n\n")
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; `uptime` before: ")
                .append(uptime()).append('\n')
                .append("- settings: contenders ").append(names).append(", clients ").append(Arrays.toString(clients))
                .append(", ").append(rounds).append(" rounds, warm-up ").append(warmup.toSeconds()).append(" s and ")
                .append(duration.toSeconds()).append(" s measured per slot; ").append(mix.classes().size())
                .append(" query classes").append(exclude.isEmpty() ? "" : " (excluded: " + exclude + ")")
                .append(", ").append(mix.models().size()).append(" models\n")
                .append("- data: ").append(home.relativize(dump).toString().isEmpty() ? dump : dump.getFileName())
                .append(" (").append(Files.size(dump)).append(" bytes)\n\n");

        Map<String, Process> processes = new LinkedHashMap<>();
        Map<String, URI> urls = new LinkedHashMap<>();
        try {
            for (String name : names) {
                Contender c = all.get(name);
                if (c == null) {
                    throw new IllegalArgumentException("unknown contender " + name + "; known: " + all.keySet());
                }
                int port = freePort();
                List<String> cmd = c.command().stream().map(s -> s.equals("PORT") ? String.valueOf(port) : s).toList();
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(logs.resolve(name + ".log").toFile()).start();
                processes.put(name, p);
                URI url = URI.create("http://127.0.0.1:" + port + c.path());
                awaitReady(p, url, mix);
                urls.put(name, url);
                System.err.printf("%s ready at %s after %.1f s%n", name, url, (System.nanoTime() - t0) / 1e9);
            }
            report.append(agreement(mix, urls));
            String reference = names.get(0);
            for (int n : clients) {
                List<Report.Run> runs = new ArrayList<>();
                for (int r = 1; r <= rounds; r++) {
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get((i + r - 1) % names.size());
                        System.err.printf("clients %d, round %d: %s ...%n", n, r, name);
                        Tally tally = LoadDriver.run(Collections.nCopies(n, mix.requests(urls.get(name))), warmup, duration,
                                r * 31L + n, new Tally(duration));
                        System.err.printf("  %.1f req/s, %d errors%n", Report.throughput(tally), Report.errors(tally));
                        runs.add(new Report.Run(name, r, tally));
                    }
                }
                report.append(Report.summary(n, runs, reference));
                report.append(Report.perClass("per query class, " + n + " clients, all rounds", runs));
            }
            report.append("- `uptime` after: ").append(uptime()).append("\n");
        } finally {
            processes.values().forEach(p -> {
                p.destroy();
                try {
                    if (!p.waitFor(10, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            });
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.print(report);
        System.err.println("report written to " + out);
    }

    /** Each class's first text on each contender: the number of rows (or triples) it answers. */
    static String agreement(QueryMix mix, Map<String, URI> urls) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder("Answers compared before measuring (rows, or triples for DESCRIBE; "
                + "a mismatch is marked `≠`):\n\n| query class |");
        urls.keySet().forEach(n -> out.append(' ').append(n).append(" |"));
        out.append("\n|---|");
        urls.keySet().forEach(n -> out.append("---:|"));
        out.append('\n');
        for (QueryMix.QueryClass c : mix.classes()) {
            List<String> counts = new ArrayList<>();
            for (URI url : urls.values()) {
                counts.add(count(url, c.texts().get(0), c.accept()));
            }
            boolean same = counts.stream().distinct().count() == 1;
            out.append("| ").append(c.name()).append(same ? "" : " ≠").append(" |");
            counts.forEach(n -> out.append(' ').append(n).append(" |"));
            out.append('\n');
        }
        return out.append('\n').toString();
    }

    private static String count(URI url, String query, String accept) throws IOException, InterruptedException {
        try {
            HttpResponse<byte[]> answer = HTTP.send(QueryMix.post(url, query, accept), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                return "HTTP " + answer.statusCode();
            }
            InputStream in = new ByteArrayInputStream(answer.body());
            if (accept.equals(QueryMix.JSON)) {
                ResultSet rs = ResultSetMgr.read(in, org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
                int n = 0;
                for (; rs.hasNext(); rs.next()) {
                    n++;
                }
                return String.valueOf(n);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return String.valueOf(g.size());
        } catch (RuntimeException e) {
            return "unreadable: " + e.getClass().getSimpleName();
        }
    }

    private static void awaitReady(Process p, URI url, QueryMix mix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        HttpRequest probe = QueryMix.post(url, QueryMix.lookup(mix.models().get(0)), QueryMix.JSON);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(url + ": the contender exited with " + p.exitValue() + "; see its log");
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(url + " did not answer within 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return "`" + s + "`";
        } catch (IOException | InterruptedException e) {
            return "(uptime not available)";
        }
    }

    private static List<String> apertureCommand(String javaBin, Path jar, Path home, String extraArgs) {
        List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-jar", jar.toString(), "serve",
                "--home", home.toString(), "--port", "PORT"));
        if (!extraArgs.isBlank()) {
            command.addAll(List.of(extraArgs.trim().split("\\s+")));
        }
        return command;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }
}
