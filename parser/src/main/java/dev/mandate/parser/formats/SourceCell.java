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

import java.util.BitSet;
import java.util.Objects;

/** A table cell as a format reader found it: its text and which of its chars are set in bold. Immutable. */
public final class SourceCell {

  private final String text;
  private final BitSet bold;

  private SourceCell(String text, BitSet bold) {
    this.text = Objects.requireNonNull(text, "text");
    this.bold = (BitSet) bold.clone();
  }

  /** A cell with no bold type. */
  public static SourceCell of(String text) {
    return new SourceCell(text, new BitSet());
  }

  /** A cell whose chars at the set indexes of {@code bold} are bold (bold marks a lead unit in many documents). */
  public static SourceCell of(String text, BitSet bold) {
    return new SourceCell(text, Objects.requireNonNull(bold, "bold"));
  }

  /** The cell's text as written. */
  public String text() {
    return text;
  }

  /** Whether the char at {@code index} is bold. */
  public boolean isBold(int index) {
    return bold.get(index);
  }

  @Override
  public String toString() {
    return text;
  }
}
