/**
 * The web face: dereferenceable IRIs with content negotiation, server-rendered pages (home, search, matrix and the
 * other frameworks' catalogues, model, framework records, every framework, compare, charts, query with its editor),
 * downloads and the VoID description, all read from the immutable graph.
 */
package org.w3id.aperture.web;
