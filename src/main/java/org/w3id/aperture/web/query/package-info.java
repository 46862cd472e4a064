/**
 * The query page: a SPARQL editor with the gallery of named queries and what it completes, and the answer as a
 * table, a chart or a download, run under the SPARQL endpoint's timeout and row limit.
 */
package org.w3id.aperture.web.query;
