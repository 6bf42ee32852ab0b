package dev.mandate.parser.internal.source;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A table row with every merged cell expanded: each row knows its full cells. */
public final class Row implements Block {
  private final ImmutableList<Cell> cells;
  private final int number;

  public Row(List<Cell> cells, int number) {
    this.cells = ImmutableList.copyOf(cells);
    this.number = number;
  }

  public ImmutableList<Cell> cells() {
    return cells;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public String toString() {
    return number + ": " + cells;
  }
}
