/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
