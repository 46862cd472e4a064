package org.w3id.aperture.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission of SPARQL work by cost, in two lanes with limits of their own: cheap questions (a model
 * lookup, a DESCRIBE) never wait behind heavy ones, and heavy ones cannot take every worker. A request
 * enters only once its body has fully arrived and its query is parsed, so a slow client holds no slot. Heavy
 * work runs on threads of its own at the lowest scheduling priority ({@link LowPriorityThreads}), so that it
 * does not hold the CPU that cheap questions need either.
 */
final class Admission implements AutoCloseable {
    /** How costly a query is expected to be; see {@link QueryCost}. */
    enum Cost { CHEAP, HEAVY }

    private final Lane cheap;
    private final Lane heavy;
    private final long maxWaitMillis;
    private final LowPriorityThreads heavyThreads;

    Admission(int cheapSlots, int heavySlots, int maxWaiting, long maxWaitMillis) {
        this.heavyThreads = new LowPriorityThreads(heavySlots, "aperture-heavy");
        this.cheap = new Lane(cheapSlots, maxWaiting, null);
        this.heavy = new Lane(heavySlots, maxWaiting, heavyThreads);
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * Waits for a slot in the cost's lane, at most the queue wait and at most {@code remainingMillis}.
     *
     * @return the slot, to be closed when the answer is sent
     * @throws Refused when too many already wait in that lane or the wait ran out
     */
    Slot enter(Cost cost, long remainingMillis) throws Refused {
        Lane lane = lane(cost);
        if (lane.waiting.incrementAndGet() > lane.maxWaiting) {
            lane.waiting.decrementAndGet();
            throw new Refused("too many queries are waiting; try again later");
        }
        try {
            if (!lane.slots.tryAcquire(Math.max(0, Math.min(maxWaitMillis, remainingMillis)), TimeUnit.MILLISECONDS)) {
                throw new Refused("the server is busy; try again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted while waiting for a slot");
        } finally {
            lane.waiting.decrementAndGet();
        }
        return new Slot(lane);
    }

    /** Slots free in each lane now (for tests and diagnostics). */
    int freeSlots(Cost cost) {
        return lane(cost).slots.availablePermits();
    }

    /** Requests waiting now for a slot in each lane (for tests and diagnostics). */
    int waiting(Cost cost) {
        return lane(cost).waiting.get();
    }

    /** Starts the heavy lane's threads ahead of its first query. */
    void startThreads() {
        heavyThreads.start();
    }

    private Lane lane(Cost cost) {
        return cost == Cost.CHEAP ? cheap : heavy;
    }

    @Override
    public void close() {
        heavyThreads.close();
    }

    /** A lane's slots; {@code threads}, when set, are where its work runs (else on the caller's thread). */
    private record Lane(Semaphore slots, int maxWaiting, AtomicInteger waiting, LowPriorityThreads threads) {
        Lane(int size, int maxWaiting, LowPriorityThreads threads) {
            this(new Semaphore(size, true), maxWaiting, new AtomicInteger(), threads);
        }
    }

    /** A held slot; closing it (once) lets the next query in. */
    static final class Slot implements AutoCloseable {
        private final Lane lane;
        private boolean closed;

        private Slot(Lane lane) {
            this.lane = lane;
        }

        /** Runs the admitted work where its lane runs work, and waits for it; what it throws is thrown here. */
        <E extends Exception> void run(LowPriorityThreads.Work<E> work) throws E {
            if (lane.threads == null) {
                work.run();
            } else {
                lane.threads.run(work);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                lane.slots.release();
            }
        }
    }

    /** No slot could be had in time: the answer is 503. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
