package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two lanes keep their own slots and queues: a full heavy lane takes nothing from the cheap one. */
class AdmissionTest {
    private final Admission admission = new Admission(2, 1, 1, 50);

    @Test
    void aCheapSlotIsHadWhileTheHeavyLaneIsFullAndItsQueueToo() throws Exception {
        try (Admission.Slot heavy = admission.enter(Admission.Cost.HEAVY, 1_000)) {
            assertEquals(0, admission.freeSlots(Admission.Cost.HEAVY));
            assertThrows(Admission.Refused.class, () -> admission.enter(Admission.Cost.HEAVY, 1_000).close(),
                    "the heavy lane's slot is taken and the wait runs out");
            try (Admission.Slot first = admission.enter(Admission.Cost.CHEAP, 0);
                 Admission.Slot second = admission.enter(Admission.Cost.CHEAP, 0)) {
                assertEquals(0, admission.freeSlots(Admission.Cost.CHEAP));
                assertEquals(0, admission.waiting(Admission.Cost.CHEAP));
            }
        }
        assertEquals(1, admission.freeSlots(Admission.Cost.HEAVY), "a closed slot is given back");
        assertEquals(2, admission.freeSlots(Admission.Cost.CHEAP));
    }

    @Test
    void aSlotCountsTheTimeItIsHeldNotTheWaitForIt() throws Exception {
        Admission patient = new Admission(2, 1, 1, 5_000);
        Admission.Slot first = patient.enter(Admission.Cost.HEAVY, 5_000);
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            first.close();
        });
        releaser.start();
        long start = System.nanoTime();
        try (Admission.Slot second = patient.enter(Admission.Cost.HEAVY, 5_000)) {
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= 300, "the second waited for the first: " + waitedMillis + " ms");
            assertTrue(second.heldMillis() < waitedMillis, "its wait is not counted: held " + second.heldMillis() + " ms");
        }
        releaser.join();
    }
}
