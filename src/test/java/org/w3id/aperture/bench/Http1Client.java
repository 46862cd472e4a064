package org.w3id.aperture.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one persistent connection (keep-alive), so that the driver's own
 * cost per request is small and the same for every contender: it sends a prepared POST of a SPARQL
 * query form and reads the whole answer (Content-Length or chunked). Reconnects when the server
 * closes the connection. Not thread-safe: one per client thread.
 */
final class Http1Client implements Closeable {
    private final String host;
    private final int port;
    private final String path;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);

    Http1Client(URI endpoint) {
        this.host = endpoint.getHost();
        this.port = endpoint.getPort();
        this.path = endpoint.getRawPath();
    }

    /** The bytes of a POST of {@code query} as an HTML form, asking for {@code accept}. */
    byte[] request(String query, String accept) {
        byte[] form = ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + host + ":" + port + "\r\n"
                + "Accept: " + accept + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form.length + "\r\n"
                + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + form.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(form, 0, all, h.length, form.length);
        return all;
    }

    /** Sends a prepared request and reads the answer; returns the status. {@link #body()} holds the body. */
    int send(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    byte[] body() {
        return body.toByteArray();
    }

    int bodyLength() {
        return body.size();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        out = socket.getOutputStream();
    }

    private int readResponse() throws IOException {
        String status = line();
        int sp = status.indexOf(' ');
        if (!status.startsWith("HTTP/1.") || sp < 0 || status.length() < sp + 4) {
            throw new IOException("not an HTTP/1.x status line: " + status);
        }
        int code = Integer.parseInt(status.substring(sp + 1, sp + 4));
        long length = -1;
        boolean chunked = false;
        boolean close = status.startsWith("HTTP/1.0");
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
                default -> { }
            }
        }
        body.reset();
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                copy(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length);
        } else if (code != 204 && code != 304) {
            copyToEnd();
            close = true;
        }
        if (close) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private final byte[] buffer = new byte[1 << 16];

    private void copy(long n) throws IOException {
        while (n > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) {
                throw new EOFException("connection closed in the middle of a body");
            }
            body.write(buffer, 0, r);
            n -= r;
        }
    }

    private void copyToEnd() throws IOException {
        for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
            body.write(buffer, 0, r);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
