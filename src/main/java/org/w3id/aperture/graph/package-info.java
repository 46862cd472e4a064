/**
 * The knowledge graph's life at start-up: load ontology/ and data/ (naming file and line of any
 * syntax error), validate with the SHACL shapes, and materialise the derivation rules once.
 */
package org.w3id.aperture.graph;
