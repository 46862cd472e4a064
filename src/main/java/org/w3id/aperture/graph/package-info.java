/**
 * The one load pipeline: parse ontology/ and data/ (naming file and line of any syntax error), validate
 * with the SHACL shapes, derive by the grouped rules and the closure, in batches into memory or a store.
 */
package org.w3id.aperture.graph;
