package org.w3id.aperture.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line as a user sees it: the exit code and what it printed to each stream. */
record CommandRun(int code, String out, String err) {
    static CommandRun of(String... args) {
        return of(Main.commandLine(), args);
    }

    static CommandRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
