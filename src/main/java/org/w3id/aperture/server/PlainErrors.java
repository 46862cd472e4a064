package org.w3id.aperture.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request too large, a header too long, a malformed request, a failure
 * outside any servlet) as one short line of plain text, whatever the client accepts, with the same
 * security headers as every other answer and without stack traces or exception names.
 */
final class PlainErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        addSecurityHeaders(headers);
        headers.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, body(code), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        addSecurityHeaders(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        return body(status);
    }

    private static ByteBuffer body(int code) {
        String reason = HttpStatus.getMessage(code);
        return ByteBuffer.wrap((code + " " + (reason == null ? "Error" : reason) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void addSecurityHeaders(HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach((name, value) -> fields.put(new HttpField(name, value)));
    }
}
