package org.w3id.aperture.web.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.aperture.vocab.Ap;

/**
 * Maps the IRIs of the data onto paths of this server and back: {@code Ap.BASE + "model/llama-2"} is served at
 * {@code /model/llama-2}, ontology term {@code Ap.NS + "Model"} at {@code /def/Model} and the ontology itself at
 * {@code /ontology}. The data keeps these IRIs wherever the server runs ({@code serve --base} only changes the
 * absolute URLs of answers, see {@code server.PublicOrigin}); links in pages are root-relative, so they stay on
 * whatever host serves them. When the public reaches the server's root under a path (a proxy at
 * {@code https://example.org/ap/}, {@code serve --base https://example.org/ap/}), every link that leaves the server
 * (in pages, in JSON, in headers) is put under that path, while the server keeps answering at its own paths.
 */
public final class SiteIris {
    static final String TERM_PATH = "/def/";
    static final String ONTOLOGY_PATH = "/ontology";
    /** A root-relative URL in a double-quoted attribute of the pages: links, sources, forms and the scripts' data URLs. */
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(\\s(?:href|src|action|data-suggest|data-terms)=\")/(?!/)");

    private final String base = Ap.BASE;
    private final String namespace = Ap.NS;
    private final String ontology = Ap.NS.substring(0, Ap.NS.length() - 1);
    private final String publicPath;

    /** A server whose root is the public's root. */
    public SiteIris() {
        this("");
    }

    /** @param publicPath the path under which the public reaches the server's root: empty, or such as {@code /ap} */
    public SiteIris(String publicPath) {
        if (!publicPath.isEmpty() && (!publicPath.startsWith("/") || publicPath.endsWith("/"))) {
            throw new IllegalArgumentException("a public path starts with '/' and does not end with it, got " + publicPath);
        }
        this.publicPath = publicPath;
    }

    public String base() {
        return base;
    }

    public String namespace() {
        return namespace;
    }

    public String ontology() {
        return ontology;
    }

    /** The local path of an IRI of this graph, or empty for an IRI elsewhere. */
    public Optional<String> localPath(String iri) {
        if (iri.equals(ontology)) {
            return Optional.of(ONTOLOGY_PATH);
        }
        if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
            return Optional.of(TERM_PATH + iri.substring(namespace.length()));
        }
        if (iri.startsWith(base) && iri.length() > base.length()) {
            return Optional.of("/" + iri.substring(base.length()));
        }
        return Optional.empty();
    }

    public boolean isLocal(String iri) {
        return localPath(iri).isPresent();
    }

    /** Where a link to the IRI should point: its local path, or the IRI itself when it is not ours. */
    public String href(String iri) {
        return localPath(iri).orElse(iri);
    }

    /** Where a link to an IRI of any origin may point: our own path, or an http(s) IRI; null for any other scheme (javascript:, data:, ...). */
    public String safeHref(String iri) {
        if (isLocal(iri)) {
            return href(iri);
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }

    /** A path of this server as the public reaches it. */
    public String publicPath(String serverPath) {
        return publicPath + serverPath;
    }

    /** A rendered page with each root-relative link moved under the public path. */
    public String publicLinks(String html) {
        return publicPath.isEmpty() ? html : ROOT_RELATIVE.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(publicPath) + "/");
    }

    /** The IRI a local path stands for; the path is already checked by {@link SafePaths}. */
    public String iriOf(String path) {
        if (path.equals(ONTOLOGY_PATH)) {
            return ontology;
        }
        if (path.startsWith(TERM_PATH)) {
            return namespace + path.substring(TERM_PATH.length());
        }
        return base + path.substring(1);
    }
}
