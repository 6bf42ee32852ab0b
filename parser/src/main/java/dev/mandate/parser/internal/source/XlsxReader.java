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
package dev.mandate.parser.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an Excel workbook's sheets into {@link Row}s with the JDK's StAX reader: shared and inline strings, rich
 * text runs with bold, bold from the cell's font ({@code styles.xml}), merged regions expanded to every cell they
 * cover. Sheets are read in order; each starts afresh, so each may carry its own header row. Stateless.
 */
public final class XlsxReader {

  /** The columns of a row that are read: a sheet of tasks has a handful, Excel allows 16,384. */
  private static final int MAX_COLUMNS = 1000;

  private XlsxReader() {}

  /** A string with its bold mask. */
  private static final class Rich {
    final StringBuilder text = new StringBuilder();
    final Mask bold = new Mask();

    void append(String s, boolean b) {
      text.append(s);
      bold.add(b, s.length());
    }

    Cell cell(boolean allBold) {
      boolean[] m = bold.slice(0, bold.size());
      if (allBold) {
        java.util.Arrays.fill(m, true);
      }
      return new Cell(text.toString(), m);
    }
  }

  /** The rows of every sheet, given the sheets' XML in order, the shared strings and the styles (may be null). */
  public static List<Block> read(List<byte[]> sheets, byte[] sharedStrings, byte[] styles, CellBudget budget)
      throws XMLStreamException {
    List<Rich> strings = sharedStrings == null ? List.of() : sharedStrings(sharedStrings);
    List<Boolean> xfBold = styles == null ? List.of() : xfBold(styles);
    List<Block> out = new ArrayList<>();
    for (byte[] sheet : sheets) {
      sheet(sheet, strings, xfBold, out, budget);
    }
    return out;
  }

  private static void sheet(byte[] xml, List<Rich> strings, List<Boolean> xfBold, List<Block> out,
      CellBudget cellBudget) throws XMLStreamException {
    TreeMap<Integer, TreeMap<Integer, Cell>> grid = new TreeMap<>();
    List<int[]> merges = new ArrayList<>();
    XMLStreamReader x = SafeXml.open(xml);
    int row = -1;
    int col = -1;
    String type = null;
    boolean bold = false;
    Rich value = null;
    boolean inValue = false;
    boolean inInline = false;
    boolean runBold = false;
    int nextCol = 0;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "row":
            String r = SafeXml.attr(x, "r");
            row = r == null ? row + 1 : parseInt(r, row + 2) - 1;
            nextCol = 0;
            break;
          case "c":
            int[] ref = ref(SafeXml.attr(x, "r"));
            col = ref == null ? nextCol : ref[1];
            nextCol = col + 1;
            type = SafeXml.attr(x, "t");
            int s = parseInt(SafeXml.attr(x, "s"), 0);
            bold = s >= 0 && s < xfBold.size() && xfBold.get(s);
            value = new Rich();
            break;
          case "v":
            inValue = true;
            break;
          case "is":
            inInline = true;
            break;
          case "rPr":
            runBold = false;
            break;
          case "b":
            runBold = true;
            break;
          case "t":
            inValue = inInline;
            break;
          case "mergeCell":
            String[] parts = String.valueOf(SafeXml.attr(x, "ref")).split(":");
            int[] a = ref(parts[0]);
            int[] b = parts.length > 1 ? ref(parts[1]) : a;
            if (a != null && b != null) {
              merges.add(new int[] {a[0], a[1], b[0], b[1]});
            }
            break;
          default:
            break;
        }
      } else if (ev == XMLStreamConstants.CHARACTERS && inValue && value != null) {
        value.append(x.getText(), runBold);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        switch (x.getLocalName()) {
          case "v":
          case "t":
            inValue = false;
            break;
          case "is":
            inInline = false;
            break;
          case "c":
            if (value != null && row >= 0 && col >= 0) {
              Cell cell;
              if ("s".equals(type)) {
                int i = parseInt(value.text.toString().trim(), -1);
                cell = i >= 0 && i < strings.size() ? strings.get(i).cell(bold) : Cell.plain("");
              } else {
                cell = value.cell(bold);
              }
              // charged as placed, not only as rows are read: the grid is built before any row is
              cellBudget.place(cell, 1);
              grid.computeIfAbsent(row, k -> new TreeMap<>()).put(col, cell);
            }
            value = null;
            break;
          default:
            break;
        }
      }
    }
    x.close();
    for (int[] m : merges) {
      TreeMap<Integer, Cell> top = grid.get(m[0]);
      Cell c = top == null ? null : top.get(m[1]);
      if (c == null) {
        continue;
      }
      // the region reaches the rows the sheet has (a row with no cell of its own would only repeat the one above:
      // an 800-byte file merging a whole column made a million of them) and the columns a row is read in
      NavigableMap<Integer, TreeMap<Integer, Cell>> rows = grid.subMap(m[0], true, m[2], true);
      int lastColumn = Math.min(m[3], MAX_COLUMNS - 1);
      // charged before it is filled in, so a region too large is refused before it fills memory
      cellBudget.place(c, (long) rows.size() * Math.max(0, lastColumn - m[1] + 1));
      for (TreeMap<Integer, Cell> rr : rows.values()) {
        for (int k = m[1]; k <= lastColumn; k++) {
          Cell there = rr.putIfAbsent(k, c);
          if (there != null && there != c && there.text().isEmpty()) {
            rr.put(k, c);
          }
        }
      }
    }
    for (Map.Entry<Integer, TreeMap<Integer, Cell>> e : grid.entrySet()) {
      List<Cell> cells = new ArrayList<>();
      int last = e.getValue().lastKey();
      for (int k = 0; k <= last && k < MAX_COLUMNS; k++) {
        Cell c = e.getValue().get(k);
        cells.add(c == null ? Cell.plain("") : c);
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      if (!cells.isEmpty()) {
        cellBudget.take(cells);
        out.add(new Row(cells, e.getKey() + 1));
      }
    }
  }

  private static List<Rich> sharedStrings(byte[] xml) throws XMLStreamException {
    List<Rich> out = new ArrayList<>();
    XMLStreamReader x = SafeXml.open(xml);
    Rich cur = null;
    boolean inT = false;
    boolean runBold = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "si":
            cur = new Rich();
            runBold = false;
            break;
          case "r":
            runBold = false;
            break;
          case "b":
            runBold = true;
            break;
          case "t":
            inT = true;
            break;
          default:
            break;
        }
      } else if (ev == XMLStreamConstants.CHARACTERS && inT && cur != null) {
        cur.append(x.getText(), runBold);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (x.getLocalName().equals("t")) {
          inT = false;
        } else if (x.getLocalName().equals("si") && cur != null) {
          out.add(cur);
          cur = null;
        }
      }
    }
    x.close();
    return out;
  }

  /** For each cell format (cellXfs/xf), whether its font is bold. */
  private static List<Boolean> xfBold(byte[] xml) throws XMLStreamException {
    List<Boolean> fonts = new ArrayList<>();
    List<Boolean> xfs = new ArrayList<>();
    XMLStreamReader x = SafeXml.open(xml);
    boolean inFonts = false;
    boolean inXfs = false;
    boolean fontBold = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "fonts":
            inFonts = true;
            break;
          case "font":
            fontBold = false;
            break;
          case "b":
            String v = SafeXml.attr(x, "val");
            fontBold = inFonts && (v == null || !(v.equals("0") || v.equals("false")));
            break;
          case "cellXfs":
            inXfs = true;
            break;
          case "xf":
            if (inXfs) {
              int f = parseInt(SafeXml.attr(x, "fontId"), 0);
              xfs.add(f >= 0 && f < fonts.size() && fonts.get(f));
            }
            break;
          default:
            break;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        switch (x.getLocalName()) {
          case "font":
            if (inFonts) {
              fonts.add(fontBold);
            }
            break;
          case "fonts":
            inFonts = false;
            break;
          case "cellXfs":
            inXfs = false;
            break;
          default:
            break;
        }
      }
    }
    x.close();
    return xfs;
  }

  /** "B3" → {row 2, col 1}, or null. */
  static int[] ref(String ref) {
    if (ref == null) {
      return null;
    }
    int i = 0;
    int col = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
      col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
    }
    if (i == 0 || col > 16384) {
      return null;
    }
    int row = parseInt(ref.substring(i), -1);
    return row < 1 || row > 1_048_576 ? null : new int[] {row - 1, col - 1};
  }

  private static int parseInt(String s, int dflt) {
    if (s == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

}
