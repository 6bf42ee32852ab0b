/**
 * Stage 2: recognising the layout. {@link dev.mandate.parser.internal.layout.LayoutReader} offers every block to the
 * layout families in turn — page furniture, tables (with rows, flattened one cell a line, transposed), lone labels,
 * label lines, items — each a class of its own that reads by evidence in the text (agency names, label and column-name
 * shapes, numbering by character class); {@code OutlineResolver} then decides measures and headings and produces the
 * {@link dev.mandate.parser.internal.layout.RawMeasure}s. See {@code docs/LAYOUTS.md}. Not API.
 */
package dev.mandate.parser.internal.layout;
