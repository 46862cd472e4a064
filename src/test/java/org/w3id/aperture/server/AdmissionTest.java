package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where admitted work runs: cheap work on the caller's thread, heavy work on the heavy lane's low-priority threads. */
class AdmissionTest {
    private final Admission admission = new Admission(2, 1, 8, 1_000);

    @AfterEach
    void close() {
        admission.close();
    }

    @Test
    void cheapWorkRunsOnTheCallersThread() throws Exception {
        AtomicReference<Thread> ran = new AtomicReference<>();
        try (Admission.Slot slot = admission.enter(Admission.Cost.CHEAP, 1_000)) {
            slot.run(() -> ran.set(Thread.currentThread()));
        }
        assertSame(Thread.currentThread(), ran.get());
    }

    @Test
    void heavyWorkRunsOnAThreadOfTheLaneAtTheLowestPriority() throws Exception {
        AtomicReference<Thread> ran = new AtomicReference<>();
        AtomicReference<String> nice = new AtomicReference<>();
        try (Admission.Slot slot = admission.enter(Admission.Cost.HEAVY, 1_000)) {
            slot.run(() -> {
                ran.set(Thread.currentThread());
                nice.set(ownNiceValue());
            });
        }
        assertNotEquals(Thread.currentThread(), ran.get());
        assertEquals(Thread.MIN_PRIORITY, ran.get().getPriority());
        assumeTrue(nice.get() != null, "no /proc/thread-self here: the operating system's priority is not visible");
        assumeTrue(onPath("renice"), "no renice here: the threads keep their priority");
        assertEquals(Integer.toString(LowPriorityThreads.NICE), nice.get(), "the kernel runs heavy work at the lowest priority");
    }

    @Test
    void whatHeavyWorkThrowsIsThrownToTheCallerUnchanged() throws Exception {
        RuntimeException unchecked = new IllegalStateException("unchecked");
        IOException checked = new IOException("checked");
        StackOverflowError error = new StackOverflowError();
        try (Admission.Slot slot = admission.enter(Admission.Cost.HEAVY, 1_000)) {
            assertSame(unchecked, assertThrows(IllegalStateException.class, () -> slot.run(() -> {
                throw unchecked;
            })));
            assertSame(checked, assertThrows(IOException.class, () -> slot.run(() -> {
                throw checked;
            })));
            assertSame(error, assertThrows(StackOverflowError.class, () -> slot.run(() -> {
                throw error;
            })));
        }
    }

    @Test
    void aCheapSlotIsHadWhileTheHeavyLaneIsBusy() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread heavy = new Thread(() -> {
            try (Admission.Slot slot = admission.enter(Admission.Cost.HEAVY, 5_000)) {
                slot.run(() -> {
                    running.countDown();
                    release.await();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        heavy.start();
        assertTrue(running.await(5, TimeUnit.SECONDS));
        assertThrows(Admission.Refused.class, () -> admission.enter(Admission.Cost.HEAVY, 50).close());
        AtomicBoolean answered = new AtomicBoolean();
        try (Admission.Slot slot = admission.enter(Admission.Cost.CHEAP, 50)) {
            slot.run(() -> answered.set(true));
        }
        assertTrue(answered.get());
        release.countDown();
        heavy.join(5_000);
    }

    @Test
    void anInterruptedCallerWaitsForItsHeavyWorkAndKeepsItsInterrupt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean finishedBeforeReturn = new AtomicBoolean();
        AtomicBoolean interruptKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try (Admission.Slot slot = admission.enter(Admission.Cost.HEAVY, 5_000)) {
                slot.run(() -> {
                    running.countDown();
                    Thread.sleep(300);
                    finished.set(true);
                });
                finishedBeforeReturn.set(finished.get());
                interruptKept.set(Thread.currentThread().isInterrupted());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        caller.start();
        assertTrue(running.await(5, TimeUnit.SECONDS));
        caller.interrupt();
        caller.join(5_000);
        assertTrue(finishedBeforeReturn.get(), "the caller returned only once its work had ended");
        assertTrue(interruptKept.get(), "the caller's interrupt is kept for its own code");
    }

    private static String ownNiceValue() throws IOException {
        Path stat = Path.of("/proc/thread-self/stat");
        if (!Files.isReadable(stat)) {
            return null;
        }
        String text = Files.readString(stat);
        return text.substring(text.lastIndexOf(')') + 2).split(" ")[16];
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
