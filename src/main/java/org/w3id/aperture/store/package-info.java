/**
 * The on-disk mode: a TDB2 store of the graph, bulk-loaded one model file at a time (validated and
 * derived as it goes) and published only when complete, so an interrupted load leaves the last one.
 */
package org.w3id.aperture.store;
