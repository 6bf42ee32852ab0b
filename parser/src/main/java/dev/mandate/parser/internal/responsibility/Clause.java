package dev.mandate.parser.internal.responsibility;

/**
 * A list of units as the layout found it, with what its label says about their role: the text after
 * {@code 牵头单位:}, a 责任单位 cell, an inline {@code (X牵头,Y配合)}. Line and column locate its first char.
 */
public final class Clause {

  /** What a label says about the units after it. */
  public enum Kind {
    /** The units lead (牵头单位, 主办单位). */
    LEAD,
    /** The units support (配合单位, 协办单位). */
    SUPPORT,
    /** The units are responsible; the first leads unless another clause names a lead (责任单位). */
    GENERIC,
    /** A person, not a unit (牵头领导); dropped. */
    PERSON,
    /** The completion deadline (完成时限). */
    DEADLINE
  }

  private final Kind kind;
  private final String text;
  private final int line;
  private final int column;

  public Clause(Kind kind, String text, int line, int column) {
    this.kind = kind;
    this.text = text;
    this.line = line;
    this.column = column;
  }

  public Kind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  @Override
  public String toString() {
    return kind + ":" + text;
  }
}
