/**
 * Stage 2: recognising the layout — labelled rows, pipe tables, flattened one-cell-a-line tables, numbered items
 * with label lines or inline clauses, headings — and producing {@link dev.mandate.parser.internal.layout.RawMeasure}s.
 * Not API.
 */
package dev.mandate.parser.internal.layout;
