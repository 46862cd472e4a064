/**
 * Media types and content negotiation: which of the formats a resource or an answer is offered in
 * the client gets, read from its Accept header with Jena's media-range parser.
 */
package org.w3id.aperture.format;
