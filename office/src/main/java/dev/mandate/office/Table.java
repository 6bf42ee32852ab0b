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
package dev.mandate.office;

import java.util.ArrayList;
import java.util.List;

/**
 * A table found on a page: its rows, each one piece of text per column (a cell merged across columns or down rows is
 * the same object in each place it covers), and the left edges of its columns, by which a table that runs on to the
 * next page is known. Rows are added while the page is read; not thread-safe.
 */
final class Table {
  final float[] columns;
  final List<Styled[]> rows = new ArrayList<>();
  final boolean ruled;

  Table(float[] columns, boolean ruled) {
    this.columns = columns;
    this.ruled = ruled;
  }

  int width() {
    return columns.length;
  }

  /** Whether {@code next}, at the top of the next page, has this table's columns: the same table, run on. */
  boolean continuedBy(Table next, float em) {
    if (next.columns.length != columns.length || next.ruled != ruled) {
      return false;
    }
    for (int i = 0; i < columns.length; i++) {
      if (Math.abs(next.columns[i] - columns[i]) > 1.5f * em) {
        return false;
      }
    }
    return true;
  }

  static boolean sameText(Styled[] a, Styled[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!a[i].toString().equals(b[i].toString())) {
        return false;
      }
    }
    return true;
  }
}
