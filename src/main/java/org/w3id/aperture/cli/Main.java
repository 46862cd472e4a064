package org.w3id.aperture.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.w3id.aperture.files.FolderException;
import org.w3id.aperture.graph.InvalidDataException;
import org.w3id.aperture.graph.LoadException;
import org.w3id.aperture.guard.QueryPolicyException;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.upstream.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aperture}: the entry point of the runnable jar. */
@Command(name = "aperture", mixinStandardHelpOptions = true, version = "aperture 0.1.0",
        description = "The open knowledge graph of generative-AI openness.",
        subcommands = {ImportCommand.class, ValidateCommand.class, QueryCommand.class, ServeCommand.class,
                ExportCommand.class, GenerateCommand.class, LoadCommand.class,
                ImportMotCommand.class, MofClassCommand.class, ImportOsaiCommand.class, ImportOucCommand.class})
public final class Main {
    /** Exit code of a known failure (bad input, a port in use): its message says what and where. */
    static final int FAILED = 1;
    /** Exit code of a command line that asks for something impossible (an unknown option, value or query). */
    static final int USAGE = CommandLine.ExitCode.USAGE;
    /** Exit code of an unexpected failure: a bug, printed with its stack trace (sysexits' EX_SOFTWARE). */
    static final int INTERNAL_ERROR = 70;
    /**
     * Failures whose message is the whole story for the user; an I/O failure's message names its file. Anything
     * else, {@code IllegalArgumentException} and {@code IllegalStateException} included, is a bug.
     */
    private static final List<Class<? extends Exception>> KNOWN = List.of(LoadException.class, InvalidDataException.class,
            ImportException.class, QueryPolicyException.class, ApertureServer.PortInUseException.class,
            FolderException.class, UncheckedIOException.class);

    public static void main(String[] args) {
        JenaStart.begin();
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line: a known failure is printed as its one message and exits {@value #FAILED}; a bad
     * argument as one line and a pointer to the help, exiting {@value #USAGE}; anything else is printed with its
     * stack trace and exits {@value #INTERNAL_ERROR}. A command runs once Jena is initialised ({@link JenaStart}).
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionStrategy(parsed -> {
            JenaStart.await();
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine line = e.getCommandLine();
            PrintWriter err = line.getErr();
            err.println("aperture " + line.getCommandName() + ": " + e.getMessage());
            err.println("(see `" + line.getCommandSpec().qualifiedName() + " --help`)");
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            boolean known = KNOWN.stream().anyMatch(k -> k.isInstance(e));
            if (known) {
                err.println("aperture " + line.getCommandName() + ": " + e.getMessage());
            } else {
                err.println("aperture " + line.getCommandName() + ": internal error (" + e + "); its stack trace:");
                e.printStackTrace(err);
            }
            err.flush();
            return known ? FAILED : INTERNAL_ERROR;
        });
        return cli;
    }
}
