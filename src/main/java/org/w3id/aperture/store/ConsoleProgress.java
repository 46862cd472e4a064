package org.w3id.aperture.store;

import java.io.PrintWriter;
import java.time.Duration;
import org.w3id.aperture.graph.LoadPipeline;

/**
 * Shows a load's progress: a bar with models, triples, rate and estimated time left, redrawn in
 * place on a terminal and printed as a line every few seconds otherwise (logs, CI).
 */
public final class ConsoleProgress implements LoadPipeline.Progress {
    private static final int WIDTH = 30;
    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(200).toNanos();

    private final PrintWriter out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long shown;
    private int total;
    private boolean barOpen;

    public ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void started(int modelFiles) {
        total = modelFiles;
        line(String.format("loading %,d model files", modelFiles));
    }

    @Override
    public void advanced(int done, long models, long triples) {
        long now = System.nanoTime();
        if (done < total && now - shown < (terminal ? REDRAW_EVERY_NANOS : LINE_EVERY_NANOS)) {
            return;
        }
        shown = now;
        String bar = bar(done, total, models, triples, Duration.ofNanos(now - start));
        if (terminal) {
            out.print("\r" + bar);
            barOpen = true;
            out.flush();
        } else {
            line(bar);
        }
    }

    @Override
    public void phase(String what) {
        line(what + " (" + seconds(Duration.ofNanos(System.nanoTime() - start)) + ")");
    }

    private void line(String text) {
        if (barOpen) {
            out.println();
            barOpen = false;
        }
        out.println(text);
        out.flush();
    }

    /** {@code [###.......]  25%  250/1,000 files  250 models  30,000 triples sent  25 files/s  ETA 30 s}. */
    static String bar(int done, int total, long models, long triples, Duration elapsed) {
        double share = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(share * WIDTH);
        double perSecond = done / Math.max(elapsed.toNanos() / 1e9, 1e-3);
        String eta = done == 0 ? "?" : seconds(Duration.ofMillis((long) ((total - done) / perSecond * 1000)));
        return String.format("[%s%s] %3d%%  %,d/%,d files  %,d models  %,d triples sent  %,.0f files/s  ETA %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(share * 100), done, total, models, triples,
                perSecond, eta);
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
