package org.w3id.aperture.server;

/** Error text fit for a client: the first line of the message, without Java class names or stack traces. */
final class Messages {
    private static final int MAX_LENGTH = 200;

    private Messages() {}

    static String shortOf(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "an internal limit or error stopped it";
        }
        String line = message.strip().lines().findFirst().orElse("");
        line = line.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "");
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
    }
}
