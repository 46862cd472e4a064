/**
 * The command line: import, validate, query and serve, built with picocli.
 * Each command is a thin layer over the capability packages; errors become one readable message.
 */
package org.w3id.aperture.cli;
