package org.w3id.aperture.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.w3id.aperture.server.ApertureServer;

/** {@code serve --check}: asks the running server for the model count and the matrix page, over HTTP. */
final class SelfCheck {
    private static final String COUNT_MODELS =
            "SELECT (COUNT(?m) AS ?models) { ?m a <https://w3id.org/aperture#Model> }";

    private SelfCheck() {}

    /** Asks for the model count, and for the matrix page when {@code pages} are served. */
    static boolean run(ApertureServer server, boolean pages, PrintWriter out) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> query = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode(COUNT_MODELS, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            out.println("check: SPARQL " + query.statusCode() + " " + query.body().strip().replace("\r\n", " "));
            boolean pageAnswered = true;
            if (pages) {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/matrix")).build(),
                        HttpResponse.BodyHandlers.ofString());
                out.println("check: /matrix " + page.statusCode() + " (" + page.body().length() + " characters)");
                pageAnswered = page.statusCode() == 200;
            }
            out.flush();
            return query.statusCode() == 200 && pageAnswered;
        } catch (IOException e) {
            out.println("check: failed: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
