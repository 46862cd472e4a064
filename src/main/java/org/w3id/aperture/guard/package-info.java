/**
 * The query policy: the checks and bounds every place that runs a visitor's query applies (the SPARQL
 * endpoint and the web query page), from static refusals before evaluation to bounded evaluation.
 */
package org.w3id.aperture.guard;
