package dev.mandate.parser.internal.source;

/** Counts the table cells a reader produces and stops it at the configured limit. Not thread-safe: one per read. */
public final class CellBudget {
  private final int max;
  private long used;

  public CellBudget(int max) {
    this.max = max;
  }

  /** Takes n cells; throws {@link LimitExceeded} past the limit. */
  public void take(int n) {
    used += n;
    if (used > max) {
      throw new LimitExceeded("its tables have more than " + max + " cells (raise the limit with "
          + "MandateParser.builder().maxTableCells(n))");
    }
  }
}
