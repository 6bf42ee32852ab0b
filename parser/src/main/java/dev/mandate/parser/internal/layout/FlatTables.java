package dev.mandate.parser.internal.layout;

import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables flattened one cell a line, as copying an HTML or Word table gives them: a header of one column name a line,
 * then the cells ({@link FlatTable} places them).
 */
final class FlatTables {

  private final Outline outline;
  /** No header starts before this index: the lines up to it were looked at as a header run and were none. */
  private int noHeaderBefore;

  FlatTables(Outline outline) {
    this.outline = outline;
  }

  /** Reads a flattened table whose header starts at line {@code i}; the index of its last line, or -1. */
  int read(List<? extends Block> blocks, int i, String trimmedFolded) {
    if (i < noHeaderBefore || Columns.kind(trimmedFolded) == null) {
      return -1;
    }
    int n = blocks.size();
    List<Columns.Kind> header = new ArrayList<>();
    int j = i;
    for (; j < n && blocks.get(j) instanceof Line; j++) {
      String h = Fold.trim(((Line) blocks.get(j)).folded());
      if (h.isEmpty()) {
        continue;
      }
      Columns.Kind k = Columns.kind(h);
      if (k == null) {
        break;
      }
      header.add(k);
    }
    if (header.size() >= 2 && header.contains(Columns.Kind.TASK)
        && header.stream().anyMatch(Columns.Kind::holdsUnits)) {
      TableRows rows = new TableRows(header, true);
      return new FlatTable(header, rows, outline::addDirect).read(blocks, j) - 1;
    }
    // no header: nor is there one from any later line of the run, whose words are a tail of these (looking again
    // from each of them took time growing with the square of the run's length)
    noHeaderBefore = j;
    return -1;
  }
}
