/**
 * What every part of the web face shares: data IRIs mapped to local paths, labels, the page frame and its renderer,
 * the servlet base (GET and HEAD only, hostile paths refused, plain error pages) and the static files.
 */
package org.w3id.aperture.web.core;
