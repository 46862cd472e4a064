package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.server.ServerSettings;
import org.w3id.aperture.vocab.Ap;

/** {@code serve --base URL}: the data keeps its IRIs and is all served; absolute links use the public URL. */
class PublicBaseTest {
    private static final String PUBLIC = "http://example.org/ap/";
    private static ApertureServer server;

    @BeforeAll
    static void start() {
        DatasetGraph dataset = Fixtures.graph();
        ServerSettings settings = ServerSettings.builder().port(0).publicBase(PUBLIC).build();
        server = ApertureServer.start(dataset, settings, WebApp.servlets(dataset, Ap.BASE,
                NamedQueries.load(Fixtures.home().queries()), Duration.ofSeconds(5), settings.rowLimit()));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return WebFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyModelIsStillServedAndAbsoluteLinksUseThePublicUrl() throws Exception {
        assertEquals(200, get("/model/llama-2", "text/html").statusCode());
        assertEquals(200, get("/matrix", "text/html").statusCode());
        String voidTurtle = WebFixture.body(get("/void", "text/turtle"));
        assertTrue(voidTurtle.contains("<http://example.org/ap/aperture/sparql>"), voidTurtle);
        assertTrue(voidTurtle.contains("<http://example.org/ap/download/aperture.ttl>"), voidTurtle);
        assertFalse(voidTurtle.contains("127.0.0.1"), "no local address leaks into the public description");
        String sd = WebFixture.body(get("/aperture/sparql", "text/turtle"));
        assertTrue(sd.contains("<http://example.org/ap/aperture/sparql>"), sd);
        String model = WebFixture.body(get("/model/llama-2", "text/turtle"));
        assertTrue(model.contains("model:llama-2") || model.contains("<" + Ap.BASE + "model/llama-2>"), "the data keeps its IRIs");
    }

    @Test
    void aPublicBaseMustBeAnHttpUrlEndingInASlash() {
        for (String bad : new String[] {"example.org/ap/", "http://example.org/ap", "ftp://example.org/"}) {
            assertTrue(assertThrowsIllegal(bad), bad);
        }
    }

    private static boolean assertThrowsIllegal(String base) {
        try {
            ServerSettings.builder().publicBase(base).build();
            return false;
        } catch (IllegalArgumentException e) {
            return e.getMessage().contains("public base");
        }
    }
}
