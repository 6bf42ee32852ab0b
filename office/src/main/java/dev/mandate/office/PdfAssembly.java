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

import dev.mandate.parser.formats.DocumentSink;
import dev.mandate.parser.formats.SourceCell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts a PDF's pages together: running headers and footers (a line at a page's top or bottom that recurs, digits
 * aside, on half the pages or more) and page numbers ({@code - 3 -}, {@code 第3页 共9页}, {@code 3/9}) are left out; a
 * paragraph's wrapped lines are joined (a line that reaches the text's right edge runs on into the next, unless that
 * one is indented); a table at the top of a page with the columns of the table that ended the page before is the same
 * table, its header repeated there dropped and a row the page break cut joined again. Not thread-safe; one per read.
 */
final class PdfAssembly {

  /** A page's top or bottom margin, where running heads and page numbers stand: this share of its height. */
  private static final float MARGIN = 0.12f;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-—–－\\s]*[0-9０-９]+[-—–－\\s]*"
      + "|第\\s*[0-9０-９一二三四五六七八九十百]+\\s*页(\\s*[,，/、]?\\s*共\\s*[0-9０-９一二三四五六七八九十百]+\\s*页)?"
      + "|[0-9]+\\s*/\\s*[0-9]+|(?i)page\\s*[0-9]+(\\s*of\\s*[0-9]+)?|共\\s*[0-9]+\\s*页\\s*第\\s*[0-9]+\\s*页");

  private final List<PdfPages.Page> pages;
  private final boolean heiIsBold;
  /** What is emitted, in order: a paragraph (Styled) or a table (Table). */
  private final List<Object> blocks = new ArrayList<>();

  PdfAssembly(List<PdfPages.Page> pages, boolean heiIsBold) {
    this.pages = pages;
    this.heiIsBold = heiIsBold;
  }

  void emit(DocumentSink sink) {
    Set<PageLayout.Item> furniture = furniture();
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (PdfPages.Page p : pages) {
      for (PageLayout.Item i : p.items) {
        if (i.line != null && !furniture.contains(i)) {
          left = Math.min(left, i.line.left);
          right = Math.max(right, i.line.right);
        }
      }
    }
    TextLine lastLine = null;
    Styled paragraph = null;
    for (PdfPages.Page p : pages) {
      boolean firstOnPage = true;
      for (PageLayout.Item i : p.items) {
        if (furniture.contains(i)) {
          continue;
        }
        if (i.table != null) {
          Object last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
          if (firstOnPage && last instanceof Table && ((Table) last).continuedBy(i.table, 12)) {
            runOn((Table) last, i.table);
          } else {
            blocks.add(i.table);
          }
          paragraph = null;
          lastLine = null;
        } else {
          TextLine l = i.line;
          Object last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
          if (firstOnPage && last instanceof Table && runsOn((Table) last, l)) {
            continue; // the rest of a row the page break cut: still at the page's top for the table that goes on
          }
          boolean columns = l.pieces.size() > 1 || lastLine != null && lastLine.pieces.size() > 1;
          if (paragraph != null && lastLine != null && !columns && lastLine.right >= right - 1.5f * lastLine.em
              && l.left <= left + 0.5f * l.em && l.baseline - (firstOnPage ? -1e6f : lastLine.baseline)
              < 2.5f * l.em) {
            paragraph.wrap(l.text());
          } else {
            paragraph = l.text();
            blocks.add(paragraph);
          }
          lastLine = l;
        }
        firstOnPage = false;
      }
    }
    for (Object b : blocks) {
      if (b instanceof Styled) {
        sink.paragraph(b.toString());
      } else {
        Map<Styled, SourceCell> cells = new IdentityHashMap<>();
        for (Styled[] row : ((Table) b).rows) {
          List<SourceCell> out = new ArrayList<>(row.length);
          for (Styled s : row) {
            out.add(cells.computeIfAbsent(s, x -> x.cell(heiIsBold)));
          }
          sink.row(out);
        }
      }
    }
  }

  /**
   * Whether a line at the top of a page is the rest of the cells of the table's last row, which the page break cut:
   * each of its pieces stands in a column of the table other than the first, within the column's edges. If so, the
   * pieces are joined to those cells.
   */
  private static boolean runsOn(Table table, TextLine l) {
    if (table.rows.isEmpty()) {
      return false;
    }
    float[] xs = table.columns;
    int[] at = new int[l.pieces.size()];
    for (int k = 0; k < at.length; k++) {
      TextLine p = l.pieces.get(k);
      int c = 0;
      while (c + 1 < xs.length && xs[c + 1] <= p.left + 0.5f * p.em) {
        c++;
      }
      boolean within = p.left - xs[c] <= 1.5f * p.em && (c + 1 == xs.length || p.right <= xs[c + 1] + 0.5f * p.em);
      if (c == 0 || !within) {
        return false;
      }
      at[k] = c;
    }
    Styled[] row = table.rows.get(table.rows.size() - 1);
    Set<Styled> done = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int k = 0; k < at.length; k++) {
      if (done.add(row[at[k]])) {
        row[at[k]].wrap(l.pieces.get(k).text());
      }
    }
    return true;
  }

  /** The rows of {@code next} after those of {@code table}: the header repeated dropped, a cut row joined. */
  private static void runOn(Table table, Table next) {
    List<Styled[]> rows = new ArrayList<>(next.rows);
    if (!rows.isEmpty() && !table.rows.isEmpty() && Table.sameText(rows.get(0), table.rows.get(0))) {
      rows.remove(0);
    }
    if (!rows.isEmpty() && !table.rows.isEmpty()) {
      Styled[] first = rows.get(0);
      Styled[] last = table.rows.get(table.rows.size() - 1);
      boolean cut = first[0].length() == 0 && last[0].length() > 0;
      for (int c = 1; c < first.length && cut; c++) {
        cut = first[c].length() == 0 || last[c].length() > 0;
      }
      if (cut && anyText(first)) {
        Set<Styled> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int c = 0; c < first.length; c++) {
          if (first[c].length() > 0 && done.add(last[c])) {
            last[c].wrap(first[c]);
          }
        }
        rows.remove(0);
      }
    }
    table.rows.addAll(rows);
  }

  private static boolean anyText(Styled[] row) {
    for (Styled s : row) {
      if (s.length() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines in a page's top or bottom margin that are page numbers, or whose text (digits aside) recurs in the same
   * margin on half the pages or more (two at least).
   */
  private Set<PageLayout.Item> furniture() {
    Set<PageLayout.Item> out = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, Integer> recurring = new HashMap<>();
    List<List<PageLayout.Item>> margins = new ArrayList<>();
    for (PdfPages.Page p : pages) {
      List<PageLayout.Item> m = new ArrayList<>();
      for (PageLayout.Item i : p.items) {
        boolean top = i.bottom < p.height * MARGIN;
        boolean bottom = i.top > p.height * (1 - MARGIN);
        if (i.line == null || !top && !bottom) {
          continue;
        }
        String text = i.line.text().toString().strip();
        if (PAGE_NUMBER.matcher(text).matches()) {
          out.add(i);
          continue;
        }
        m.add(i);
      }
      margins.add(m);
      Set<String> seen = new java.util.HashSet<>();
      for (PageLayout.Item i : m) {
        if (seen.add(key(i, p))) {
          recurring.merge(key(i, p), 1, Integer::sum);
        }
      }
    }
    for (int k = 0; k < pages.size(); k++) {
      for (PageLayout.Item i : margins.get(k)) {
        int n = recurring.getOrDefault(key(i, pages.get(k)), 0);
        if (n >= 2 && n * 2 >= pages.size()) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private static String key(PageLayout.Item i, PdfPages.Page p) {
    return (i.top < p.height / 2 ? "T" : "B") + i.line.text().toString().replaceAll("[0-9０-９]+", "#")
        .replaceAll("\\s+", "");
  }
}
