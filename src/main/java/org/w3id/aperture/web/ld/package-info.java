/**
 * Linked data: every resource at its local path as a page or as RDF by content negotiation or extension, the
 * dataset's VoID and DCAT description, the whole-graph and matrix downloads and the JSON-LD context.
 */
package org.w3id.aperture.web.ld;
