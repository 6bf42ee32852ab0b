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

/**
 * The parser's limits a {@link FormatReader} must keep to: what a compressed file may inflate to, and how much a
 * document may hold. The table limits are also counted by the {@link DocumentSink}.
 */
public final class ReadLimits {

  private final long maxExpanded;
  private final int maxTableCells;
  private final long maxTableText;

  /** Limits as configured on {@link dev.mandate.parser.MandateParser.Builder}. */
  public ReadLimits(long maxExpanded, int maxTableCells, long maxTableText) {
    this.maxExpanded = maxExpanded;
    this.maxTableCells = maxTableCells;
    this.maxTableText = maxTableText;
  }

  /** The most bytes the file's compressed parts or streams may inflate to, together. */
  public long maxExpanded() {
    return maxExpanded;
  }

  /** The most table cells the document may have. */
  public int maxTableCells() {
    return maxTableCells;
  }

  /** The most chars of text its tables may hold. */
  public long maxTableText() {
    return maxTableText;
  }
}
