package org.w3id.aperture.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.jena.sys.JenaSystem;

/**
 * Jena's subsystems initialised once, on a thread of their own while picocli reads the command line
 * (which touches no Jena class), so that the two overlap on a multi-core machine. Every command waits
 * for the initialisation before it runs: Jena classes initialised from two threads at once can deadlock.
 */
final class JenaStart {
    private static final FutureTask<Void> INIT = new FutureTask<>(JenaSystem::init, null);

    private JenaStart() {}

    /** Starts the initialisation in the background. */
    static void begin() {
        Thread thread = new Thread(INIT, "jena-init");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns once Jena is initialised: runs the initialisation here if {@link #begin} was not called. */
    static void await() {
        INIT.run(); // does nothing when it has run or is running on the background thread
        try {
            INIT.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Jena was being initialised", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Jena could not be initialised: " + e.getCause(), e.getCause());
        }
    }
}
