package org.w3id.aperture.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.query.QueryCancelledException;

/** An answer's output that refuses to go on past the query's deadline, so that serialising cannot outlive the timeout. */
final class DeadlineOutputStream extends FilterOutputStream {
    private final long deadlineNanos;

    DeadlineOutputStream(OutputStream out, long deadlineNanos) {
        super(out);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void write(int b) throws IOException {
        check();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        out.write(b, off, len);
    }

    private void check() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new QueryCancelledException();
        }
    }
}
