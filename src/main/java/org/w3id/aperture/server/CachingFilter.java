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
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * HTTP caching for an immutable graph, on every path (pages, descriptions, downloads, SPARQL): an ETag made of the
 * data version and the request, 304 on a matching If-None-Match, and successful answers kept in a
 * {@link ResultCache} so that a repeated request is served from memory without running the query.
 */
final class CachingFilter extends HttpFilter {
    static final String CACHE_HEADER = "Aperture-Cache";
    private static final String CACHE_CONTROL = "public, max-age=60";

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
        if (!get && !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // Form bodies were already decoded into parameters by FrontFilter; other bodies are read here.
        byte[] body = get ? new byte[0] : request.getInputStream().readAllBytes();
        String key = key(request, body);
        String etag = "\"" + version.substring(0, Math.min(16, version.length())) + "-" + digest(key) + "\"";
        response.setHeader("Vary", "Accept");
        if (get) {
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", CACHE_CONTROL);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        Optional<ResultCache.Entry> hit = cache.get(key);
        if (hit.isPresent()) {
            send(request, response, hit.get());
            return;
        }
        Capture capture = new Capture(response, cache.maxEntryBytes());
        chain.doFilter(get ? request : new Replay(request, body), capture);
        capture.flushBuffer();
        if (capture.getStatus() == HttpServletResponse.SC_OK && capture.captured() != null) {
            cache.put(key, new ResultCache.Entry(capture.captured(), capture.getContentType()));
        }
    }

    /** Everything that can change the answer: method, path, parameters, body, content type, Accept. */
    private static String key(HttpServletRequest request, byte[] body) {
        if (!"POST".equals(request.getMethod())) {
            return getKey(request.getRequestURI(), request.getQueryString(), request.getHeader("Accept"));
        }
        StringBuilder key = new StringBuilder(request.getMethod().replace("HEAD", "GET")).append('\n')
                .append(request.getRequestURI()).append('\n');
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) ->
                key.append(name).append('=').append(String.join("\u0000", values)).append('\n'));
        return key.append(request.getContentType()).append('\n').append(request.getHeader("Accept")).append('\n')
                .append(new String(body, StandardCharsets.UTF_8)).toString();
    }

    /**
     * The key of a GET or HEAD: the raw path and query string as sent, and Accept. Jetty's
     * admission queue computes the same key to let cached answers bypass it.
     */
    static String getKey(String path, String query, String accept) {
        return "GET\n" + path + '?' + query + '\n' + accept;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, ResultCache.Entry entry)
            throws IOException {
        response.setHeader(CACHE_HEADER, "hit");
        response.setContentType(entry.contentType());
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
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }
    }

    /** Passes the answer through and keeps a copy of it while it stays under the entry size limit. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final int limit;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response, int limit) {
            super(response);
            this.limit = limit;
        }

        byte[] captured() {
            return copy == null ? null : copy.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
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
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), encoding), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
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
