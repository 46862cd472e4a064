package org.w3id.aperture.server;

import java.time.Duration;

/** Where and how the server listens. */
public record ServerSettings(String host, int port, Duration queryTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in 0..65535");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, got " + queryTimeout);
        }
    }
}
