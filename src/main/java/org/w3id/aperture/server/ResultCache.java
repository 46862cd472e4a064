package org.w3id.aperture.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Serialized answers of the SPARQL service keyed by request (method, query, body, Accept). The graph
 * never changes while the server runs, so entries stay valid until the server is restarted; the
 * least recently used go first when the byte budget is spent.
 */
final class ResultCache {
    /** One stored answer: its bytes and the Content-Type they were sent with. */
    record Entry(byte[] body, String contentType) {}

    private final long maxBytes;
    private final int maxEntryBytes;
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

    ResultCache(long maxBytes, int maxEntryBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
    }

    int maxEntryBytes() {
        return maxEntryBytes;
    }

    synchronized boolean contains(String key) {
        return entries.containsKey(key);
    }

    synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(String key, Entry entry) {
        if (entry.body().length > maxEntryBytes || entry.body().length > maxBytes) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes += entry.body().length - (old == null ? 0 : old.body().length);
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Entry> e = eldest.next();
            bytes -= e.getValue().body().length;
            eldest.remove();
        }
    }
}
