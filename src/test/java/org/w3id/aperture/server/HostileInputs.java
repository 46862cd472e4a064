package org.w3id.aperture.server;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of malformed and hostile HTTP requests for the SPARQL endpoint and the
 * server's other paths: mutated and random SPARQL, deep nesting, huge literals and VALUES blocks,
 * invalid UTF-8 and percent-encoding, bad headers, absurd parameters, traversal attempts.
 */
final class HostileInputs {
    private static final List<String> SEEDS = List.of(
            "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
            "PREFIX ap: <https://w3id.org/aperture#> SELECT ?m (COUNT(?a) AS ?n) { ?a ap:model ?m } GROUP BY ?m ORDER BY DESC(?n)",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(regex(str(?o), \"^(a+)+$\")) }",
            "DESCRIBE <https://w3id.org/aperture/model/llama-2>",
            "ASK { ?s (<urn:a>|<urn:b>)* ?o }",
            "SELECT ?x { VALUES ?x { 1 2 3 } OPTIONAL { ?x ?p ?o } MINUS { ?x a ?c } }");
    private static final List<String> TOKENS = List.of("SELECT", "*", "WHERE", "{", "}", "?s", "?p", "?o", ".", ";",
            "FILTER", "(", ")", "OPTIONAL", "UNION", "<urn:x>", "\"lit\"", "@en", "^^", "GRAPH", "SERVICE",
            "<http://127.0.0.1:1/>", "LIMIT", "-1", "999999999999999999999", "BIND", "AS", "VALUES", "|", "*", "+",
            "/", "^", "!", "#", "\\u0000", "\u0000", "\uFFFF", "INSERT", "DATA", "LOAD", "CLEAR", "DROP", "ALL");
    private static final List<String> PATHS = List.of("/aperture/sparql", "/aperture/get", "/aperture", "/aperture/update",
            "/$/ping", "/$/server", "/$/datasets", "/", "/model/llama-2", "/../../etc/passwd", "/aperture/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd", "/model/%00", "/model/..%2f..%2fpom.xml", "/aperture/sparql%00.html",
            "/aperture/get?graph=file:///etc/passwd", "/aperture/get?graph=..%2F..%2F", "//aperture//sparql");
    private static final List<String> ACCEPTS = List.of("*/*", "application/sparql-results+json", "text/turtle",
            "garbage", "", "text/html;q=x", "application/json;charset=utf-99", "*/*;q=0", "\u00ff\u00fe");
    private static final List<String> CONTENT_TYPES = List.of("application/sparql-query", "application/x-www-form-urlencoded",
            "application/sparql-update", "text/plain", "multipart/form-data; boundary=x", "application/json", "", ";;;");

    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** The next request, as raw bytes of an HTTP/1.1 request with {@code Connection: close}. */
    byte[] next() {
        return switch (random.nextInt(9)) {
            case 0 -> get("/aperture/sparql?query=" + encode(mutate(pick(SEEDS))), pick(ACCEPTS));
            case 1 -> post("/aperture/sparql", "application/sparql-query", randomTokens().getBytes(StandardCharsets.UTF_8));
            case 2 -> post("/aperture/sparql", "application/sparql-query",
                    ("SELECT * " + "{".repeat(1 + random.nextInt(3000)) + " ?s ?p ?o " + "}".repeat(random.nextInt(3000)))
                            .getBytes(StandardCharsets.UTF_8));
            case 3 -> post("/aperture/sparql", "application/sparql-query", hugeLiteralOrValues());
            case 4 -> post("/aperture/sparql", pick(CONTENT_TYPES), invalidUtf8());
            case 5 -> rawTarget("/aperture/sparql?query=" + badPercentEncoding());
            case 6 -> get(pick(PATHS), pick(ACCEPTS));
            case 7 -> get("/aperture/sparql?query=" + encode(pick(SEEDS)) + absurdParameters(), pick(ACCEPTS));
            default -> post(pick(PATHS), pick(CONTENT_TYPES), mutate(pick(SEEDS)).getBytes(StandardCharsets.UTF_8));
        };
    }

    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, pick(TOKENS));
                case 2 -> s.setCharAt(at, (char) random.nextInt(0x3000));
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(20))));
            }
        }
        return s.toString();
    }

    private String randomTokens() {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
            s.append(pick(TOKENS)).append(' ');
        }
        return s.toString();
    }

    private byte[] hugeLiteralOrValues() {
        if (random.nextBoolean()) {
            return ("SELECT * { ?s ?p \"" + "a".repeat(random.nextInt(200_000)) + "\" }").getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder values = new StringBuilder("SELECT * { VALUES ?x { ");
        int n = random.nextInt(20_000);
        for (int i = 0; i < n; i++) {
            values.append('"').append(i).append("\" ");
        }
        return values.append("} ?x ?p ?o }").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] invalidUtf8() {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        bytes[0] = (byte) 0xC3;
        return bytes;
    }

    private String badPercentEncoding() {
        return List.of("%", "%Z", "%ZZ", "%C3%28", "%00", "%FF%FE", "%E2%82", "%25%", "SELECT%20*%20%7B%7D%")
                .get(random.nextInt(9)) + "x".repeat(random.nextInt(5));
    }

    private String absurdParameters() {
        return List.of("&timeout=-1", "&timeout=999999999999", "&default-graph-uri=file:///etc/passwd",
                "&named-graph-uri=%00", "&format=%3Cscript%3E", "&query=ASK%7B%7D", "&output=xml&output=json",
                "&" + "p".repeat(2000) + "=1", "&timeout=NaN").get(random.nextInt(9));
    }

    private byte[] get(String target, String accept) {
        return request("GET", target, accept, null, null);
    }

    private byte[] rawTarget(String target) {
        return request("GET", target, "*/*", null, null);
    }

    private byte[] post(String target, String contentType, byte[] body) {
        return request("POST", target, "*/*", contentType, body);
    }

    private static byte[] request(String method, String target, String accept, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\nAccept: ").append(accept).append("\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
