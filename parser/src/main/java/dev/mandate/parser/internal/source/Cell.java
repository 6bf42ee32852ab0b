package dev.mandate.parser.internal.source;

import java.util.Arrays;

/**
 * A table cell: its text (paragraphs inside it separated by {@code \n}) and, where the source shows type, which of
 * its chars are bold.
 */
public final class Cell {
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
    this.bold = ownedBold;
  }

  public static Cell plain(String text) {
    return new Cell(text, null);
  }

  public String text() {
    return text;
  }

  /** Whether the source carries type for this cell. */
  public boolean hasType() {
    return bold != null;
  }

  /** The bold flags of chars [start, end), or null for plain text. */
  public boolean[] bold(int start, int end) {
    return bold == null ? null : Arrays.copyOfRange(bold, start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
