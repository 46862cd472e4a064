package org.w3id.aperture.mot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.aperture.upstream.ImportException;

/**
 * Evaluates MOT record files offline, as MOT's Evaluate form does, into CSV rows
 * {@code model,class,progress1,progress2,progress3}: a bad file is reported (file and line) and the
 * others are still evaluated.
 */
public final class MofClassTable {
    public static final String HEADER = "model,class,progress1,progress2,progress3";

    private final MotReader reader;
    private final MofEvaluator evaluator;

    /** @param mofFolder MOT's mof/ folder: its settings and license lists */
    public MofClassTable(Path mofFolder) {
        MofSettings settings = MofSettings.read(mofFolder);
        this.reader = new MotReader(settings);
        this.evaluator = new MofEvaluator(settings, MotLicenses.read(mofFolder));
    }

    /** Writes the header and one row per good file to {@code out}, problems to {@code err}; the number of bad inputs. */
    public int write(List<Path> inputs, PrintWriter out, PrintWriter err) {
        int bad = 0;
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!addFiles(input, files, err)) {
                bad++;
            }
        }
        out.println(HEADER);
        for (Path file : files) {
            try {
                MotRecord record = reader.read(file);
                record.release().components().stream().filter(c -> c.component() == null).forEach(c ->
                        err.println("warning: " + file + ":" + c.line() + ": component '" + c.name().text()
                                + "' is not one of MOF's 17 components; it is not evaluated"));
                MofEvaluation eval = evaluator.evaluate(record);
                out.println(csv(record.release().name().text()) + "," + eval.mofClass() + "," + eval.shownProgress(1)
                        + "," + eval.shownProgress(2) + "," + eval.shownProgress(3));
            } catch (ImportException e) {
                err.println(e.getMessage());
                bad++;
            }
        }
        out.flush();
        err.flush();
        return bad;
    }

    /** Adds a file, or the *.yml / *.yaml files of a folder in name order; false (and a message) for an input that is neither. */
    private static boolean addFiles(Path input, List<Path> files, PrintWriter err) {
        if (Files.isRegularFile(input)) {
            files.add(input);
            return true;
        }
        if (!Files.isDirectory(input)) {
            err.println(input + ": no such file or folder");
            return false;
        }
        try (Stream<Path> list = Files.list(input)) {
            list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile).sorted().forEach(files::add);
            return true;
        } catch (IOException e) {
            err.println(input + ": cannot list: " + e.getMessage());
            return false;
        }
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    static String csv(String field) {
        return field.matches("(?s).*[\",\r\n].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
