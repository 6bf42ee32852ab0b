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

import dev.mandate.parser.MandateException;
import dev.mandate.parser.formats.DocumentSink;
import dev.mandate.parser.formats.ReadLimits;
import dev.mandate.parser.formats.SourceCell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * A Word 97–2003 (or WPS) document through HWPF: paragraphs outside tables as lines, tables as rows with merged cells
 * repeated where they reach, bold from the character runs. Stateless.
 */
final class WordTables {

  /** Columns of one table that are read; a task table has a handful. */
  private static final int MAX_COLUMNS = 1000;

  private WordTables() {}

  static void read(DirectoryNode root, ReadLimits limits, DocumentSink sink) throws IOException {
    HWPFDocument doc = new HWPFDocument(root);
    Range range = doc.getRange();
    int n = range.numParagraphs();
    long chars = 0;
    for (int i = 0; i < n; ) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table t;
        try {
          t = range.getTable(p);
        } catch (IllegalArgumentException e) {
          t = null; // a paragraph flagged as in a table that HWPF cannot find the table of: read as a paragraph
        }
        if (t != null && t.numParagraphs() > 0) {
          table(t, limits, sink);
          i += t.numParagraphs();
          continue;
        }
      }
      Text text = new Text();
      runs(p, text);
      chars += text.length();
      if (chars > limits.maxExpanded()) {
        // the text of a Word file is at most what the file holds, unless a hostile file claims otherwise
        throw new MandateException(MandateException.Kind.TOO_LARGE, "its text is longer than the limit of "
            + limits.maxExpanded() + " chars (raise it with MandateParser.builder().maxExpanded(n))");
      }
      sink.paragraph(text.toString());
      i++;
    }
  }

  /** A table's rows, each cell placed in the columns its edges span; merged cells repeated where they reach. */
  private static void table(Table t, ReadLimits limits, DocumentSink sink) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        edges.add(cell.getLeftEdge());
        edges.add(cell.getLeftEdge() + cell.getWidth());
        if (edges.size() > MAX_COLUMNS) {
          throw new MandateException(MandateException.Kind.TOO_LARGE, "a table has more than " + MAX_COLUMNS
              + " columns");
        }
      }
    }
    Integer[] bounds = edges.toArray(new Integer[0]);
    int columns = Math.max(1, bounds.length - 1);
    SourceCell[] above = new SourceCell[columns];
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      SourceCell[] placed = new SourceCell[columns];
      SourceCell left = null;
      boolean own = false;
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int from = Math.max(0, Arrays.binarySearch(bounds, cell.getLeftEdge()));
        int to = Math.max(from + 1, Math.min(columns,
            Math.max(0, Arrays.binarySearch(bounds, cell.getLeftEdge() + cell.getWidth()))));
        SourceCell value;
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && above[from] != null) {
          value = above[from];
        } else if (cell.isMerged() && !cell.isFirstMerged() && left != null) {
          value = left;
        } else {
          Text text = new Text();
          for (int k = 0; k < cell.numParagraphs(); k++) {
            if (k > 0) {
              text.append("\n", false);
            }
            runs(cell.getParagraph(k), text);
          }
          value = text.cell();
          own |= !value.text().isBlank();
        }
        for (int k = from; k < to && k < columns; k++) {
          placed[k] = value;
        }
        left = value;
      }
      if (!own) {
        // a row whose cells all continue merges from above, or are empty: it would only repeat the row above
        continue;
      }
      List<SourceCell> cells = new ArrayList<>(columns);
      SourceCell empty = SourceCell.of("");
      for (int k = 0; k < columns; k++) {
        cells.add(placed[k] == null ? empty : placed[k]);
      }
      sink.row(cells);
      above = placed;
    }
  }

  /** A paragraph's runs appended with their bold, Word's control marks left out. */
  private static void runs(Paragraph p, Text out) {
    for (int k = 0; k < p.numCharacterRuns(); k++) {
      CharacterRun run = p.getCharacterRun(k);
      out.word(run.text(), run.isBold());
    }
  }

  /** Text with its bold chars, cleaned of Word's marks as it is appended. */
  static final class Text {
    private final StringBuilder text = new StringBuilder();
    private final BitSet bold = new BitSet();
    /** Inside a field's instructions (between 0x13 and 0x14), which are never shown. */
    private int fieldDepth;
    private boolean inInstructions;

    void append(String s, boolean b) {
      int at = text.length();
      text.append(s);
      if (b) {
        bold.set(at, text.length());
      }
    }

    /** Word's text: paragraph and cell marks, field codes and drawing anchors are not text. */
    void word(String s, boolean b) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == 0x13) {
          fieldDepth++;
          inInstructions = true;
        } else if (c == 0x14) {
          inInstructions = false;
        } else if (c == 0x15) {
          fieldDepth = Math.max(0, fieldDepth - 1);
          inInstructions = false;
        } else if (inInstructions && fieldDepth > 0) {
          continue;
        } else if (c == 0x0B) {
          append("\n", false); // a line break within the paragraph
        } else if (c == '\t') {
          append(" ", false);
        } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
          int at = text.length();
          text.append(c);
          if (b) {
            bold.set(at);
          }
        }
      }
    }

    int length() {
      return text.length();
    }

    SourceCell cell() {
      // a cell's last paragraph mark leaves nothing; trailing line breaks are not content
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == '\n') {
        end--;
      }
      return SourceCell.of(text.substring(0, end), bold.get(0, end));
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
