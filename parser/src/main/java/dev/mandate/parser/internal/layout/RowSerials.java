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
package dev.mandate.parser.internal.layout;

/**
 * The serials of a flattened table's rows as read: a serial cell numbers the next row where it is the number after
 * the last row's, or a greater one once the row being read is complete (rows may be left out, 3 then 68); else it is
 * a cell of another column, an amount. One instance per table.
 */
final class RowSerials {

  /** The least serial that, ten times past the last, is read as an amount rather than a row left out. */
  private static final int FAR = 100;

  /** The number of the last row's serial, or -1. */
  private int last = -1;

  /**
   * Whether a serial cell ({@code folded}) numbers the next row, and takes it as the last if so; {@code rowDone}, asked
   * only of a serial out of sequence: the row being read has its units, its last cell is no figure and words follow (300 in a row still short of its units
   * is an amount, not row 300; so is 1100 before 1063, a figure beside a figure).
   */
  boolean follows(String folded, java.util.function.BooleanSupplier rowDone) {
    int n = Cells.serialNumber(folded);
    if (n < 0) {
      return true;
    }
    if (last >= 0 && n != last + 1 && !(n > last && rowDone.getAsBoolean())) {
      return false;
    }
    if (last >= 0 && n >= FAR && n >= 10 * (last + 1)) {
      return false; // 1 then 1000: an amount in the row's next column (总投资), not row 1000
    }
    last = n;
    return true;
  }

  /** After a row spanning the table (a heading over the rows below): its rows may number from 1 again. */
  void restart() {
    last = -1;
  }
}
