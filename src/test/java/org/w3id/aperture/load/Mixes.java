package org.w3id.aperture.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.w3id.aperture.bench.LoadDriver.Mix;
import org.w3id.aperture.bench.LoadDriver.Request;
import org.w3id.aperture.bench.QueryMix;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.query.NamedQuery;

/**
 * The request mixes of the reliability runs, against a server at {@code base}: a realistic mix of
 * pages, resource descriptions, named queries and ad-hoc lookups, and the pathological queries of
 * the attack run.
 */
final class Mixes {
    static final String CHEAP = "cheap (pages, descriptions, ping, one-model lookups)";
    static final String QUERY = "query (named and ad-hoc SPARQL)";
    static final String PATHOLOGICAL = "pathological SPARQL";
    private static final List<String> FORMATS = List.of("", ".ttl", ".jsonld", ".nt", ".rdf");
    private static final List<String> COMPONENTS = List.of("training-code-pretraining", "training-data-pretraining",
            "evaluation-data-safety", "deployment-code-inference", "deployment-data-weights", "training-data-sft");
    /** The pathological queries of docs/reliability.md, each made unique by its number so that the cache cannot help. */
    private static final List<String> PATHOLOGICAL_QUERIES = List.of(
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } # %d",
            "SELECT (COUNT(*) AS ?n) { ?s (<http://www.w3.org/2000/01/rdf-schema#subClassOf>|!<urn:x:%d>)* ?o }",
            "SELECT * { ?s ?p ?o FILTER(regex(str(?o), \"^(a+)+$\")) } # %d",
            "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?b ?q ?c . ?c ?r ?d . FILTER(STR(?a) != \"%d\") }",
            "SELECT * { ?s ?p ?o FILTER(regex(str(?o), \".*.*.*.*.*.*.*.*.*.*.*.*x%d\")) }",
            "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> SELECT (math:pow(7, 900000000 + %d) AS ?x) {}",
            "SELECT * { ?a ?p ?b . ?b ?q ?c . ?c ?r ?d . ?d ?t ?e } ORDER BY DESC(STR(?e)) ?a # %d",
            "SELECT (1 %s AS ?x) {} # %d",
            "SELECT ((1.5 / 0.0) AS ?x) (REPLACE(\"a\", \"a\", \"$9\") AS ?y) (STRLANG(\"a\", \"no tag %d\") AS ?z) {}",
            "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:sprintf(\"%%999999999d\", %d) AS ?x) {}",
            "SELECT (GROUP_CONCAT(CONCAT(STR(?o), STR(?e))) AS ?x) { ?a ?b ?o . ?c ?d ?e } # %d");
    private static final String CONSTRUCT_ATTACK = "CONSTRUCT { ?a ?p ?b . ?b ?q ?c } WHERE { ?a ?p ?b . ?b ?q ?c } # %d";
    private static final String DEEP = " + 1".repeat(5000);

    private final String base;
    private final List<String> models;
    private final List<NamedQuery> queries;

    Mixes(String base, List<String> modelSlugs, NamedQueries named) {
        this.base = base;
        this.models = modelSlugs;
        List<NamedQuery> local = new java.util.ArrayList<>();
        named.all().forEach(q -> {
            if (!q.federated()) {
                local.add(q);
            }
        });
        this.queries = List.copyOf(local);
    }

    /** Pages, descriptions in each format, the matrix, ping, named queries and ad-hoc lookups. */
    Mix realistic() {
        return random -> {
            int dice = random.nextInt(100);
            if (dice < 30) {
                return cheap("/model/" + pick(models, random) + pick(FORMATS, random));
            } else if (dice < 38) {
                return cheap("/matrix");
            } else if (dice < 43) {
                return cheap("/$/ping");
            } else if (dice < 63) {
                return new Request(CHEAP, sparql(lookup(pick(models, random))));
            } else if (dice < 88) {
                return new Request(QUERY, sparql(pick(queries, random).query().toString()));
            }
            return new Request(QUERY, sparql("PREFIX ap: <https://w3id.org/aperture#> SELECT ?m WHERE { ?a ap:model ?m ; "
                    + "ap:component <https://w3id.org/aperture/component/" + pick(COMPONENTS, random) + "> ; ap:value ?v . "
                    + "?v ap:rank ?r FILTER(?r >= " + (1 + random.nextInt(5)) + ") }"));
        };
    }

    /**
     * Cross products, paths over the whole graph, catastrophic and chained regular expressions, huge powers,
     * ORDER BY over a four-hop join, deep expressions, function errors, huge strings, and a large CONSTRUCT
     * written as JSON-LD (each made unique to defeat the cache).
     */
    Mix pathological() {
        return random -> {
            int n = random.nextInt(1_000_000);
            int which = random.nextInt(PATHOLOGICAL_QUERIES.size() + 1);
            if (which == PATHOLOGICAL_QUERIES.size()) {
                return new Request(PATHOLOGICAL, get(base + "/aperture/sparql?query="
                        + URLEncoder.encode(String.format(CONSTRUCT_ATTACK, n), StandardCharsets.UTF_8), "application/ld+json"));
            }
            String template = PATHOLOGICAL_QUERIES.get(which);
            String query = template.contains("%s") ? String.format(template, DEEP, n) : String.format(template, n);
            return new Request(PATHOLOGICAL, sparql(query));
        };
    }

    /** Lookups that ask a new question every time (a model's cells, with a varying comment), so the cache never answers. */
    Mix newLookups() {
        return random -> new Request(CHEAP, sparql(lookup(pick(models, random)) + "# " + random.nextLong()));
    }

    /** The benchmarks' single-model lookup. */
    private static String lookup(String model) {
        return QueryMix.lookup("https://w3id.org/aperture/model/" + model);
    }

    private Request cheap(String path) {
        return new Request(CHEAP, get(base + path, "*/*"));
    }

    /** A GET, or a form POST when the query would make the request line too long. */
    private HttpRequest sparql(String query) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        if (encoded.length() > 8_000) {
            return QueryMix.post(URI.create(base + "/aperture/sparql"), query, QueryMix.JSON);
        }
        return get(base + "/aperture/sparql?query=" + encoded, QueryMix.JSON);
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(QueryMix.REQUEST_TIMEOUT).GET().build();
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
