/**
 * The embedded, read-only Fuseki server: the SPARQL query endpoint and graph store read access,
 * with a query timeout, outbound SERVICE off, and Jetty tuned for small responses.
 */
package org.w3id.aperture.server;
