package org.w3id.aperture.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * HTTP caching for an immutable graph, on every path but {@code /$/}: an ETag made of the build and data
 * version and the request, {@code If-None-Match} answered 304 (RFC 9110: lists, weak comparison,
 * {@code *}, 2xx answers only), and complete 200 answers kept whole — status, every header, body — in a
 * {@link ResultCache}, so that a repeated request gets exactly what the first one got without running
 * anything again.
 */
final class CachingFilter extends HttpFilter {
    static final String CACHE_HEADER = "Aperture-Cache";
    static final String DEFAULT_CACHE_CONTROL = "public, max-age=60";
    static final String VARY = "Accept, Accept-Encoding";
    /** Headers that belong to one exchange, not to the answer (the gzip handler compresses each exchange anew). */
    private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "transfer-encoding", "connection",
            "content-encoding",
            "keep-alive", "set-cookie", "fuseki-request-id", CACHE_HEADER.toLowerCase(Locale.ROOT));
    /**
     * Headers a 304 leaves out: those that describe the body it does not carry. Everything else is sent as the
     * 200 sent it (RFC 9110, 15.4.5), the page's own security policy included, since a browser updates its
     * stored copy with the headers of the 304.
     */
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-disposition", "content-encoding");

    private final String version;
    private final ResultCache cache;

    CachingFilter(String version, ResultCache cache) {
        this.version = version;
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!get && !"POST".equals(request.getMethod()) || request.getRequestURI().startsWith("/$/")) {
            chain.doFilter(request, response);
            return;
        }
        // Form bodies were already decoded into parameters by FrontFilter; other bodies are read here.
        byte[] body = get ? new byte[0] : request.getInputStream().readAllBytes();
        String key = key(request, body);
        String etag = "\"" + version.substring(0, Math.min(16, version.length())) + "-" + digest(key) + "\"";
        boolean conditional = get && EntityTags.noneMatchHits(request.getHeader("If-None-Match"), etag);
        Optional<ResultCache.Entry> hit = cache.get(key);
        if (hit.isPresent()) {
            replay(request, response, hit.get(), conditional);
            return;
        }
        Capture capture = new Capture(response, cache.maxEntryBytes(), get ? etag : null, conditional);
        chain.doFilter(get ? request : new Replay(request, body), capture);
        capture.finish();
        if (capture.cacheable() && !Aborts.aborted(request)) {
            cache.put(key, capture.entry());
        }
    }

    /** Everything that can change the answer: method, path, parameters, body, content type, Accept. */
    private static String key(HttpServletRequest request, byte[] body) {
        StringBuilder key = new StringBuilder();
        if (!"POST".equals(request.getMethod())) {
            return key.append("GET\n").append(request.getRequestURI()).append('?').append(request.getQueryString())
                    .append('\n').append(request.getHeader("Accept")).toString();
        }
        key.append("POST\n").append(request.getRequestURI()).append('\n');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) ->
                key.append(name).append('=').append(String.join("\u0000", values)).append('\n'));
        return key.append(request.getContentType()).append('\n').append(request.getHeader("Accept")).append('\n')
                .append(new String(body, StandardCharsets.UTF_8)).toString();
    }

    private static void replay(HttpServletRequest request, HttpServletResponse response, ResultCache.Entry entry,
                               boolean conditional) throws IOException {
        boolean notModified = conditional && entry.status() / 100 == 2;
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, String> header : entry.headers()) {
            String name = header.getKey();
            if (notModified && BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (name.equalsIgnoreCase("Content-Type")) {
                response.setContentType(header.getValue());
            } else if (set.contains(name)) {
                response.addHeader(name, header.getValue());
            } else {
                response.setHeader(name, header.getValue());
                set.add(name);
            }
        }
        response.setHeader(CACHE_HEADER, "hit");
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(entry.status());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    private static String digest(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request again, with a body already read by the filter. */
    private static final class Replay extends HttpServletRequestWrapper {
        private final byte[] body;

        Replay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
        }
    }

    /**
     * Passes the answer through while keeping a copy under the entry size limit. A GET gets the ETag and
     * default caching headers up front; they are withdrawn if the status turns out not to be 2xx. When
     * the request's {@code If-None-Match} names the ETag and the status is 2xx, the body is dropped and
     * the answer becomes 304.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final int limit;
        private final boolean conditional;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean decided;
        private boolean notModified;

        Capture(HttpServletResponse response, int limit, String etag, boolean conditional) {
            super(response);
            this.limit = limit;
            this.conditional = conditional;
            response.setHeader("Vary", VARY);
            if (etag != null) {
                response.setHeader("ETag", etag);
                response.setHeader("Cache-Control", DEFAULT_CACHE_CONTROL);
            }
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            withdrawValidatorsUnlessSuccess(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            withdrawValidatorsUnlessSuccess(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            withdrawValidatorsUnlessSuccess(sc);
            super.sendError(sc, msg);
        }

        private void withdrawValidatorsUnlessSuccess(int sc) {
            if (sc / 100 != 2) {
                setHeader("ETag", null);
                if (DEFAULT_CACHE_CONTROL.equals(getHeader("Cache-Control"))) {
                    setHeader("Cache-Control", null);
                }
            }
        }

        /** At the first byte of the body (or at the end, if there is none) the status is known: 304 or not. */
        private void decide() {
            if (decided) {
                return;
            }
            decided = true;
            if (conditional && getStatus() / 100 == 2) {
                notModified = true;
                copy = null;
                super.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                setHeader("Content-Type", null);
                setHeader("Content-Disposition", null);
            }
        }

        boolean cacheable() {
            return getStatus() == HttpServletResponse.SC_OK && copy != null;
        }

        ResultCache.Entry entry() {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String value : getHeaders(name)) {
                        headers.add(Map.entry(name, value));
                    }
                }
            }
            return new ResultCache.Entry(getStatus(), List.copyOf(headers), copy.toByteArray());
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            decide();
            super.flushBuffer();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            decide();
            super.flushBuffer();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        decide();
                        if (notModified) {
                            return;
                        }
                        out.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        decide();
                        out.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding), false);
            }
            return writer;
        }

        private void keep(byte[] b, int off, int len) {
            if (copy == null) {
                return;
            }
            if (copy.size() + len > limit) {
                copy = null;
                return;
            }
            copy.write(b, off, len);
        }
    }
}
