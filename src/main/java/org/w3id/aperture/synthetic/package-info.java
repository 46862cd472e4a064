/**
 * Synthetic catalogs for scale measurements: N made-up models whose values, release terms,
 * release months and developers are sampled from the real models' distributions, written as Turtle
 * in the shape of data/models/, deterministically for a seed. Never real data: every statement
 * says it comes from the synthetic-catalog source.
 */
package org.w3id.aperture.synthetic;
