/**
 * The IRIs of Aperture's vocabulary and resources, as Java constants.
 * The ontology in ontology/ is the authority; this package only names what the code touches.
 */
package org.w3id.aperture.vocab;
