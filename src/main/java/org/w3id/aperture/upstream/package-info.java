/**
 * Import of the authors' dataset format (one Markdown file per model, YAML front matter) into
 * one Turtle file per model under data/models/, deterministically and all-or-nothing.
 */
package org.w3id.aperture.upstream;
