package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
