package org.w3id.aperture.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed set of threads at the operating system's lowest scheduling priority (nice 19), on which the heavy
 * lane runs its queries: while a cheap question is being answered, the kernel gives it the CPU first, so a
 * lookup does not wait for a core that heavy queries hold. The caller waits for its work, which keeps the
 * request's flow (and its errors) on the caller's side.
 *
 * <p>Java cannot set a thread's nice value on Linux without JVM flags ({@code -XX:ThreadPriorityPolicy=1}),
 * so each thread lowers its own with {@code renice} on its thread id once, when it starts; lowering needs no
 * privilege. Where that fails (no {@code /proc/thread-self}, no {@code renice}) the threads run at normal
 * priority and the lane still limits how many run at once.
 */
final class LowPriorityThreads implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LowPriorityThreads.class);
    static final int NICE = 19;

    /** Work that may throw {@code E} besides unchecked exceptions. */
    interface Work<E extends Exception> {
        void run() throws E;
    }

    private final ThreadPoolExecutor threads;

    LowPriorityThreads(int size, String name) {
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(() -> {
                lowerOwnPriority();
                work.run();
            }, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /**
     * Starts every thread now, so that each lowers its priority (a process to start, some tens of milliseconds
     * the first time) before the first heavy query, not while it waits.
     */
    void start() {
        threads.prestartAllCoreThreads();
    }

    /**
     * Runs the work on one of these threads and waits for it; what it throws is thrown here unchanged. An
     * interrupt of the caller does not abandon the work, which is bounded by its query's deadline: the caller
     * waits on and keeps its interrupt status.
     */
    @SuppressWarnings("unchecked")
    <E extends Exception> void run(Work<E> work) throws E {
        Future<Throwable> done = threads.submit(() -> {
            try {
                work.run();
                return null;
            } catch (Exception | Error e) {
                return e;
            }
        });
        Throwable thrown = awaitUninterruptibly(done);
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown != null) {
            throw (E) thrown;
        }
    }

    private static Throwable awaitUninterruptibly(Future<Throwable> done) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static void lowerOwnPriority() {
        try {
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (renice.waitFor() != 0) {
                LOG.debug("renice of thread {} exited with {}; it keeps its priority", tid, renice.exitValue());
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("thread priority left as it is: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
