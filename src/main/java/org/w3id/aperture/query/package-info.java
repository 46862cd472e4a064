/**
 * The named research queries of queries/ (one .rq file each, with a title, question and source
 * header) and running any query against the graph with results in the usual formats.
 */
package org.w3id.aperture.query;
