package org.w3id.aperture.server;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.util.Context;

/**
 * Outbound SERVICE calls: off unless hosts are named, and then only to those hosts (http or https,
 * exact host name), so that the endpoint cannot be used to reach other machines.
 */
final class ServiceAllowList implements ChainingServiceExecutorBulk {
    private final Set<String> hosts;

    private ServiceAllowList(Set<String> hosts) {
        this.hosts = hosts;
    }

    /** Configures a dataset's context: SERVICE off for an empty list, else limited to the hosts. */
    static void apply(Context context, Set<String> allowedHosts) {
        if (allowedHosts.isEmpty()) {
            context.set(ARQ.httpServiceAllowed, false);
            return;
        }
        context.set(ARQ.httpServiceAllowed, true);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.getBulkChain().add(0, new ServiceAllowList(allowedHosts.stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService op, QueryIterator input, ExecutionContext cxt, ServiceExecutorBulk chain) {
        Node service = op.getService();
        if (!service.isURI() || !allowed(service.getURI())) {
            throw new QueryDeniedException("SERVICE <" + (service.isURI() ? service.getURI() : service) + "> is not allowed on this server");
        }
        return chain.createExecution(op, input, cxt);
    }

    private boolean allowed(String iri) {
        try {
            URI uri = URI.create(iri);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
