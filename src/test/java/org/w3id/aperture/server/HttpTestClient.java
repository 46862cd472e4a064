package org.w3id.aperture.server;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** A small HTTP client for tests against a running server. */
final class HttpTestClient {
    static final String JSON = "application/sparql-results+json";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String url, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    HttpResponse<byte[]> query(ApertureServer server, String query, String accept) throws Exception {
        return get(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    HttpResponse<byte[]> post(String url, String contentType, String body) throws Exception {
        return send(postRequest(url, contentType, body));
    }

    static HttpRequest postRequest(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", JSON).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * Sends on a connection of its own: a server that refuses a request before its body has arrived
     * may close the connection after answering, and a pooled connection would then fail the next request.
     */
    static HttpResponse<byte[]> sendAlone(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static List<QuerySolution> rows(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("status " + response.statusCode() + ": " + body(response));
        }
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }
}
