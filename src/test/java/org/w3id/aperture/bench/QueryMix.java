package org.w3id.aperture.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The query mix every contender gets, as text: the named queries of queries/ that run locally
 * (those with SERVICE are left out), single-model lookups (the 12 assessments of one model with
 * level and license), DESCRIBE of a model, and the full openness matrix (the named query
 * openness-matrix). Each request draws a class by weight, then one of its texts.
 */
public final class QueryMix {
    public static final String JSON = "application/sparql-results+json";
    /** DESCRIBE answers a graph, so it asks for Turtle, the same for every contender. */
    public static final String TURTLE = "text/turtle";
    public static final String LOOKUP = "model-lookup";
    public static final String DESCRIBE = "describe-model";
    public static final String MATRIX = "openness-matrix";
    static final int NAMED_WEIGHT = 1;
    static final int MATRIX_WEIGHT = 2;
    static final int LOOKUP_WEIGHT = 12;
    static final int DESCRIBE_WEIGHT = 6;
    /** Longer than any server's query timeout: a request that takes longer counts as unanswered. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private static final Pattern SERVICE = Pattern.compile("\\bSERVICE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODEL = Pattern.compile("^<model/([a-z0-9-]+)> a ap:Model", Pattern.MULTILINE);
    private static final String BASE = "https://w3id.org/aperture/";

    /** One class of the mix: a name for the report, a weight, the Accept header, and its texts. */
    public record QueryClass(String name, int weight, String accept, List<String> texts) {}

    private final List<QueryClass> classes;
    private final List<String> models;
    private final int[] cumulative;

    QueryMix(List<QueryClass> classes, List<String> models) {
        this.classes = List.copyOf(classes);
        this.models = List.copyOf(models);
        this.cumulative = new int[classes.size()];
        int sum = 0;
        for (int i = 0; i < classes.size(); i++) {
            sum += classes.get(i).weight();
            cumulative[i] = sum;
        }
    }

    /** The mix for a project folder: its queries/ and the models of its data/. */
    public static QueryMix load(Path home) {
        List<String> models = models(home.resolve("data"));
        if (models.isEmpty()) {
            throw new IllegalStateException("no model in " + home.resolve("data"));
        }
        List<QueryClass> classes = new ArrayList<>();
        for (Path rq : list(home.resolve("queries"))) {
            String text = read(rq);
            if (SERVICE.matcher(text.replaceAll("(?m)^\\s*#.*$", "")).find()) {
                continue;
            }
            String name = rq.getFileName().toString().replaceFirst("\\.rq$", "");
            classes.add(new QueryClass(name, name.equals(MATRIX) ? MATRIX_WEIGHT : NAMED_WEIGHT, JSON, List.of(text)));
        }
        classes.add(new QueryClass(LOOKUP, LOOKUP_WEIGHT, JSON, models.stream().map(QueryMix::lookup).toList()));
        classes.add(new QueryClass(DESCRIBE, DESCRIBE_WEIGHT, TURTLE,
                models.stream().map(m -> "DESCRIBE <" + m + ">").toList()));
        return new QueryMix(classes, models);
    }

    /** The 12 assessments of one model, with level and license as written. */
    public static String lookup(String modelIri) {
        return """
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?component ?level ?license WHERE {
                  ?a ap:model <%s> ;
                     ap:component ?c ;
                     ap:value/skos:notation ?level .
                  ?c ap:upstreamKey ?component .
                  OPTIONAL { ?a ap:releaseTerms/ap:asWritten ?license }
                }
                ORDER BY ?component
                """.formatted(modelIri);
    }

    /** The same mix less the named classes (to see a contender without one pathological query). */
    public QueryMix without(java.util.Set<String> names) {
        for (String n : names) {
            if (classes.stream().noneMatch(c -> c.name().equals(n))) {
                throw new IllegalArgumentException("no query class " + n);
            }
        }
        return new QueryMix(classes.stream().filter(c -> !names.contains(c.name())).toList(), models);
    }

    public List<QueryClass> classes() {
        return classes;
    }

    public List<String> models() {
        return models;
    }

    /** The index of a class drawn by weight. */
    public int draw(SplittableRandom random) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    /**
     * The mix as the load driver sends it to {@code endpoint}: a class drawn by weight, then one of its
     * texts, each a POST of the query form prepared once.
     */
    public LoadDriver.Mix requests(URI endpoint) {
        List<List<LoadDriver.Request>> prepared = classes.stream().map(c -> c.texts().stream()
                .map(text -> new LoadDriver.Request(c.name(), post(endpoint, text, c.accept()))).toList()).toList();
        return random -> {
            List<LoadDriver.Request> texts = prepared.get(draw(random));
            return texts.size() == 1 ? texts.get(0) : texts.get(random.nextInt(texts.size()));
        };
    }

    /** A POST of {@code query} as an HTML form, asking for {@code accept}. */
    public static HttpRequest post(URI endpoint, String query, String accept) {
        return post(endpoint, query, accept, REQUEST_TIMEOUT);
    }

    /** As {@link #post(URI, String, String)}, unanswered after {@code timeout}. */
    public static HttpRequest post(URI endpoint, String query, String accept, Duration timeout) {
        return HttpRequest.newBuilder(endpoint).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    private static List<String> models(Path data) {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".ttl")).toList()) {
                Matcher m = MODEL.matcher(read(p));
                while (m.find()) {
                    found.add(BASE + "model/" + m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
