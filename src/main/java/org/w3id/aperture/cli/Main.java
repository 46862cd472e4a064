package org.w3id.aperture.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aperture}: the entry point of the runnable jar. */
@Command(name = "aperture", mixinStandardHelpOptions = true, version = "aperture 0.1.0",
        description = "The open knowledge graph of generative-AI openness.",
        subcommands = {ImportCommand.class, ValidateCommand.class, QueryCommand.class, ServeCommand.class,
                ExportCommand.class, GenerateCommand.class, LoadCommand.class,
                ImportMotCommand.class, MofClassCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Aperture's errors printed as one message, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("aperture " + line.getCommandName() + ": " + e.getMessage());
            err.flush();
            return 1;
        });
        return cli;
    }
}
