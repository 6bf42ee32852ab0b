package dev.mandate.parser.formats;

import java.util.List;

/** Where a {@link FormatReader} reports what it reads, in reading order. Not thread-safe; one per read. */
public interface DocumentSink {

  /** A line of text outside tables (a paragraph, or one line of a paragraph the format breaks). */
  void paragraph(String text);

  /**
   * A row of a table, its cells left to right; a cell merged across columns or down rows is repeated in each place it
   * covers. Rows of one table follow each other; a paragraph between them ends the table.
   *
   * @throws dev.mandate.parser.MandateException TOO_LARGE once the rows reported pass the parser's table limits
   */
  void row(List<SourceCell> cells);
}
