package org.w3id.aperture.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients that send a SPARQL POST's headers and then its body one byte every two seconds, reconnecting
 * whenever the server cuts them off: the slow-body attack, run beside a load run until closed.
 */
final class SlowBodies implements AutoCloseable {
    private static final long BYTE_EVERY_MILLIS = 2_000;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    SlowBodies(int port, int clients) {
        for (int i = 0; i < clients; i++) {
            boolean chunked = i % 2 == 1;
            Thread t = new Thread(() -> dribble(port, chunked), "slow-body-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    private void dribble(int port, boolean chunked) {
        while (running) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /aperture/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: 100000\r\n\r\n"))
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (running) {
                    out.write(chunked ? "1\r\nq\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'q'});
                    out.flush();
                    Thread.sleep(BYTE_EVERY_MILLIS);
                }
            } catch (IOException e) {
                // cut off by the server: connect again
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}
