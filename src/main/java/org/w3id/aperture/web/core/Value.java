package org.w3id.aperture.web.core;

/** A value on a page: a link (href set, with its label as text) or a literal (with its language or datatype as note). */
public record Value(String text, String href, boolean external, String note) {}
