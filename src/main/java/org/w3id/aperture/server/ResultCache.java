package org.w3id.aperture.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whole answers (status, headers, body) keyed by everything they depend on. The graph never changes
 * while the server runs, so entries stay valid until the server is restarted; the least recently used
 * go first when the byte budget is spent.
 */
final class ResultCache {
    /** One stored answer: its status, the headers it was sent with (name, value pairs in order) and its bytes. */
    record Entry(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        long size() {
            long size = body.length;
            for (Map.Entry<String, String> h : headers) {
                size += h.getKey().length() + h.getValue().length();
            }
            return size;
        }
    }

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

    synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(String key, Entry entry) {
        long size = entry.size();
        if (size > maxEntryBytes || size > maxBytes) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes += size - (old == null ? 0 : old.size());
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Entry> e = eldest.next();
            bytes -= e.getValue().size();
            eldest.remove();
        }
    }
}
