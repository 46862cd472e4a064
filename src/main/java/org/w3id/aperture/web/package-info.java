/**
 * The web face, assembled: what the pages read is built once from the immutable graph and each servlet is handed what it
 * uses; the parts are {@code web.core} (shared), {@code web.pages}, {@code web.ld} and {@code web.query}.
 */
package org.w3id.aperture.web;
