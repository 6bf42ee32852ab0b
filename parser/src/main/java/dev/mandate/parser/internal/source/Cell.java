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
package dev.mandate.parser.internal.source;

import dev.mandate.parser.internal.text.Fold;
import java.util.Arrays;
import java.util.List;

/**
 * A table cell: its text (paragraphs inside it separated by {@code \n}) and, where the source shows type, which of
 * its chars are bold.
 */
public final class Cell {
  /**
   * The mask of a cell with type but no bold char: most cells of a Word or HTML table. Kept instead of a flag per char,
   * which cost half as much again as the text for every cell of a large table held until the layout stage.
   */
  private static final boolean[] NOTHING_BOLD = new boolean[0];

  private final String text;
  private final boolean[] bold;

  /** @param bold one flag per char of text, or null where the source has no type (plain text) */
  public Cell(String text, boolean[] bold) {
    this(text, bold == null ? null : bold.clone(), true);
  }

  /** Takes the mask as it is: for readers that have just made it and keep no reference (no copy per cell). */
  Cell(String text, boolean[] ownedBold, boolean owned) {
    if (ownedBold != null && ownedBold.length != text.length()) {
      throw new IllegalArgumentException("bold mask length " + ownedBold.length + " != text length " + text.length());
    }
    this.text = text;
    this.bold = ownedBold != null && !anyTrue(ownedBold) ? NOTHING_BOLD : ownedBold;
  }

  private Cell(String text) {
    this.text = text;
    this.bold = NOTHING_BOLD;
  }

  /** A cell with type and no bold char: {@code new Cell(text, new boolean[text.length()], true)}, no mask made. */
  static Cell typedPlain(String text) {
    return new Cell(text);
  }

  private static boolean anyTrue(boolean[] flags) {
    for (boolean f : flags) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  public static Cell plain(String text) {
    return new Cell(text, null);
  }

  public String text() {
    return text;
  }

  /** Whether the cell has text other than spaces. */
  public boolean hasText() {
    return Fold.trimStart(text, 0, text.length()) < text.length();
  }

  /** Whether any of the cells has text other than spaces. */
  public static boolean anyText(List<Cell> cells) {
    for (Cell c : cells) {
      if (c.hasText()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the source carries type for this cell. */
  public boolean hasType() {
    return bold != null;
  }

  /** The bold flags of chars [start, end), or null for plain text. */
  public boolean[] bold(int start, int end) {
    if (bold == null) {
      return null;
    }
    if (bold == NOTHING_BOLD) {
      // as Arrays.copyOfRange of a mask as long as the text would
      if (start < 0 || start > text.length()) {
        throw new ArrayIndexOutOfBoundsException(start);
      }
      if (start > end) {
        throw new IllegalArgumentException(start + " > " + end);
      }
      return new boolean[end - start];
    }
    return Arrays.copyOfRange(bold, start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
