/**
 * The web face: dereferenceable IRIs with content negotiation, server-rendered pages (matrix, model, compare,
 * charts, query), downloads and the VoID description, all read from the immutable graph.
 */
package org.w3id.aperture.web;
