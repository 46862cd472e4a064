package org.w3id.aperture.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress bar's share, rate and estimated time left. */
class ConsoleProgressTest {
    @Test
    void aQuarterDoneInTenSecondsLeavesThirtySeconds() {
        assertEquals("[########......................]  25%  250/1,000 files  250 models  30,000 triples sent"
                + "  25 files/s  ETA 30 s", ConsoleProgress.bar(250, 1000, 250, 30_000, Duration.ofSeconds(10)));
    }

    @Test
    void longWaitsAreShownInMinutesAndNothingDoneHasNoEstimate() {
        assertEquals("[##############################] 100%  10/10 files  10 models  1,200 triples sent  0 files/s  ETA 0 s",
                ConsoleProgress.bar(10, 10, 10, 1200, Duration.ofSeconds(100)));
        String start = ConsoleProgress.bar(0, 100, 0, 0, Duration.ofSeconds(1));
        assertEquals("ETA ?", start.substring(start.length() - 5));
        String slow = ConsoleProgress.bar(1, 100, 1, 120, Duration.ofSeconds(60));
        assertEquals("ETA 99 min 0 s", slow.substring(slow.indexOf("ETA")));
    }
}
