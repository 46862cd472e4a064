package org.w3id.aperture.server;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before anything handles it, without holding a thread while it arrives:
 * a client that dribbles its body takes no query slot and no worker, and one that has not sent all of it
 * within the limit gets 408. The handlers after this see the body as if it came from the network.
 */
final class BodyFirst extends Handler.Wrapper {
    private final int maxBytes;
    private final long maxWaitMillis;

    BodyFirst(Handler handler, int maxBytes, long maxWaitMillis) {
        super(handler);
        this.maxBytes = maxBytes;
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"POST".equals(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        CompletableFuture<ByteBuffer> body = Content.Source.asByteBufferAsync(request, maxBytes);
        Scheduler.Task timer = request.getComponents().getScheduler().schedule(
                () -> body.completeExceptionally(new TimeoutException()), maxWaitMillis, TimeUnit.MILLISECONDS);
        body.whenComplete((bytes, failure) -> {
            timer.cancel();
            if (failure != null) {
                int status = failure instanceof TimeoutException ? HttpStatus.REQUEST_TIMEOUT_408
                        : failure instanceof IllegalArgumentException || failure.getCause() instanceof IllegalArgumentException
                        ? HttpStatus.PAYLOAD_TOO_LARGE_413 : HttpStatus.BAD_REQUEST_400;
                Response.writeError(request, response, callback, status, status == HttpStatus.REQUEST_TIMEOUT_408
                        ? "The request body did not arrive in time" : "The request body could not be read");
                return;
            }
            request.getComponents().getExecutor().execute(() -> dispatch(new Buffered(request, bytes), response, callback));
        });
        return true;
    }

    private void dispatch(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable t) {
            callback.failed(t);
        }
    }

    /** The request with its body already in memory. */
    private static final class Buffered extends Request.Wrapper {
        private final Content.Source content;

        Buffered(Request request, ByteBuffer body) {
            super(request);
            this.content = Content.Source.from(body);
        }

        @Override
        public Content.Chunk read() {
            return content.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            content.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            content.fail(failure);
        }
    }
}
