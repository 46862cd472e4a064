package org.w3id.aperture.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission of SPARQL work by cost, in two lanes with limits of their own: cheap questions (a model
 * lookup, a DESCRIBE) never wait behind heavy ones, and heavy ones cannot take every worker. A request
 * enters only once its body has fully arrived and its query is parsed, so a slow client holds no slot.
 */
final class Admission {
    /** How costly a query is expected to be; see {@link QueryCost}. */
    enum Cost { CHEAP, HEAVY }

    private final Lane cheap;
    private final Lane heavy;
    private final long maxWaitMillis;

    Admission(int cheapSlots, int heavySlots, int maxWaiting, long maxWaitMillis) {
        this.cheap = new Lane(cheapSlots, maxWaiting);
        this.heavy = new Lane(heavySlots, maxWaiting);
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

    private Lane lane(Cost cost) {
        return cost == Cost.CHEAP ? cheap : heavy;
    }

    private record Lane(Semaphore slots, int maxWaiting, AtomicInteger waiting) {
        Lane(int size, int maxWaiting) {
            this(new Semaphore(size, true), maxWaiting, new AtomicInteger());
        }
    }

    /** A held slot; closing it (once) lets the next query in. */
    static final class Slot implements AutoCloseable {
        private final Lane lane;
        private final long admittedNanos = System.nanoTime();
        private boolean closed;

        private Slot(Lane lane) {
            this.lane = lane;
        }

        /** Milliseconds since the slot was had: how long its query ran, without its wait. */
        long heldMillis() {
            return (System.nanoTime() - admittedNanos) / 1_000_000;
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
