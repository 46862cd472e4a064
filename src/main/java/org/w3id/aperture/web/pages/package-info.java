/**
 * The HTML pages read from the graph (home, search, matrix and catalogues, model and record pages, frameworks, compare,
 * charts) and the read models they show: the matrix, the levels, the frameworks' records, alignments and credits.
 */
package org.w3id.aperture.web.pages;
