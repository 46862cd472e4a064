/**
 * The on-disk mode: the load pipeline into a new TDB2 database, record files in batches, published
 * only when complete and valid, so an interrupted or refused load leaves the last one served.
 */
package org.w3id.aperture.store;
