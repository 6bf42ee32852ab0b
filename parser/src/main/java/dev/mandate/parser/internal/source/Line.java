package dev.mandate.parser.internal.source;

/**
 * One line of the input: its 1-based number, the text as written (without the line break) and its folded twin.
 */
public final class Line implements Block {
  private final int number;
  private final String text;
  private final String folded;

  public Line(int number, String text, String folded) {
    this.number = number;
    this.text = text;
    this.folded = folded;
  }

  @Override
  public int number() {
    return number;
  }

  public String text() {
    return text;
  }

  /** {@link dev.mandate.parser.internal.text.Fold folded} text, same length as {@link #text()}. */
  public String folded() {
    return folded;
  }

  @Override
  public String toString() {
    return number + ": " + text;
  }
}
