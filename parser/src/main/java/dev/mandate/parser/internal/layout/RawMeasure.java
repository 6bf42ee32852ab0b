package dev.mandate.parser.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.mandate.parser.internal.responsibility.Clause;
import java.util.ArrayList;
import java.util.List;

/** A measure as the layout found it: its text, where it is, its section, its unit clauses and deadline cell. */
public final class RawMeasure {
  String text;
  final int line;
  final int column;
  ImmutableList<String> section = ImmutableList.of();
  final List<Clause> clauses = new ArrayList<>();
  String deadline;
  /** Whether its clauses came from an inline bracket at its end (such a clause covers clause-less items before it). */
  boolean inlineClause;

  RawMeasure(String text, int line, int column) {
    this.text = text;
    this.line = line;
    this.column = column;
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

  public ImmutableList<String> section() {
    return section;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  /** The deadline cell or label, as written, or null. */
  public String deadline() {
    return deadline;
  }

  @Override
  public String toString() {
    return line + ": " + text + " " + clauses;
  }
}
