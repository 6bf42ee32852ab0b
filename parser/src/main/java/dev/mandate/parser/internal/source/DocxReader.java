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

import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Word document ({@code word/document.xml}) into blocks with the JDK's StAX reader: paragraphs outside
 * tables as {@link Line}s (numbered by paragraph), table rows as {@link Row}s with {@code w:gridSpan} and
 * {@code w:vMerge} expanded, bold from run properties ({@code w:b}, {@code w:bCs}) and from the paragraph and
 * character styles that set bold ({@code word/styles.xml}, following {@code w:basedOn}). A table inside a cell
 * becomes text of that cell. One pass, an explicit state instead of recursion. Stateless.
 */
public final class DocxReader {

  private DocxReader() {}

  /**
   * The blocks of a document.xml, read as it inflates (never held whole), with bold styles from styles.xml (may be
   * null).
   */
  public static List<Block> read(java.io.InputStream documentXml, byte[] stylesXml, CellBudget budget)
      throws XMLStreamException {
    Map<String, Boolean> styles = stylesXml == null ? Map.of() : boldStyles(stylesXml);
    XMLStreamReader x = SafeXml.open(documentXml);
    List<Block> out = new ArrayList<>();
    int tableDepth = 0;
    int paragraphs = 0;
    // paragraph and run state
    StringBuilder para = new StringBuilder();
    Mask paraBold = new Mask();
    boolean inRun = false;
    boolean inRunProps = false;
    boolean inParaProps = false;
    Boolean runBold = null;
    Boolean runStyleBold = null;
    Boolean paraStyleBold = null;
    boolean inText = false;
    // table state (outermost table only); of the rows read, only the last is kept: a merged cell continues the one
    // right above it, which holds what it resolved to (all rows kept their cells' text twice over, as written and
    // as read, until the document ended)
    List<CellSpan> previousRow = List.of();
    List<CellSpan> row = null;
    CellSpan cell = null;
    int rowLine = 0;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = x.getLocalName();
        switch (name) {
          case "tbl":
            tableDepth++;
            if (tableDepth == 1) {
              previousRow = List.of();
            }
            break;
          case "tr":
            if (tableDepth == 1) {
              row = new ArrayList<>();
              rowLine = paragraphs + 1;
            }
            break;
          case "tc":
            if (tableDepth == 1) {
              cell = new CellSpan();
            }
            break;
          case "gridSpan":
            if (tableDepth == 1 && cell != null) {
              cell.span = parseSpan(SafeXml.attr(x, "val"));
            }
            break;
          case "vMerge":
            if (tableDepth == 1 && cell != null) {
              String v = SafeXml.attr(x, "val");
              cell.merge = v == null || !v.equals("restart") ? CellSpan.CONTINUE : CellSpan.RESTART;
            }
            break;
          case "p":
            para.setLength(0);
            paraBold.clear();
            paraStyleBold = null;
            break;
          case "pPr":
            inParaProps = true;
            break;
          case "pStyle":
            if (inParaProps) {
              paraStyleBold = styles.get(SafeXml.attr(x, "val"));
            }
            break;
          case "r":
            inRun = true;
            runBold = null;
            runStyleBold = null;
            break;
          case "rPr":
            inRunProps = inRun;
            break;
          case "b":
          case "bCs":
            if (inRunProps && (runBold == null || name.equals("b"))) {
              runBold = onOff(SafeXml.attr(x, "val"));
            }
            break;
          case "rStyle":
            if (inRunProps) {
              runStyleBold = styles.get(SafeXml.attr(x, "val"));
            }
            break;
          case "t":
            inText = inRun;
            break;
          case "tab":
            if (inRun) {
              append(para, paraBold, " ", false);
            }
            break;
          case "br":
          case "cr":
            if (inRun) {
              append(para, paraBold, "\n", false);
            }
            break;
          default:
            break;
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        if (inText) {
          boolean b = runBold != null ? runBold : runStyleBold != null ? runStyleBold
              : paraStyleBold != null && paraStyleBold;
          append(para, paraBold, x.getText(), b);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String name = x.getLocalName();
        switch (name) {
          case "t":
            inText = false;
            break;
          case "rPr":
            inRunProps = false;
            break;
          case "pPr":
            inParaProps = false;
            break;
          case "r":
            inRun = false;
            break;
          case "p":
            paragraphs++;
            if (tableDepth == 0) {
              String t = Fold.trim(para.toString());
              if (!t.isEmpty()) {
                for (String part : t.split("\n")) {
                  String p = Fold.trim(part);
                  if (!p.isEmpty()) {
                    out.add(new Line(paragraphs, p));
                  }
                }
              }
            } else if (cell != null) {
              if (cell.text.length() > 0) {
                append(cell.text, cell.bold, "\n", false);
              }
              cell.text.append(para);
              cell.bold.addAll(paraBold);
            }
            para.setLength(0);
            paraBold.clear();
            break;
          case "tc":
            if (tableDepth == 1 && row != null && cell != null) {
              row.add(cell);
              cell = null;
            }
            break;
          case "tr":
            if (tableDepth == 1 && row != null) {
              Row resolved = resolve(row, previousRow, rowLine);
              boolean ownText = false;
              for (CellSpan c : row) {
                ownText |= !c.carried && c.resolved.hasText();
              }
              // a row with no text of its own (every cell merged from above, or empty) would only repeat the one above
              if (ownText) {
                budget.take(resolved.cells());
                out.add(resolved);
              }
              for (CellSpan c : row) {
                c.written(); // what it was written as is no longer needed once read
              }
              previousRow = row;
              row = null;
            }
            break;
          case "tbl":
            tableDepth = Math.max(0, tableDepth - 1);
            break;
          default:
            break;
        }
      }
    }
    x.close();
    return out;
  }

  /** A cell as written: its text, bold mask, horizontal span and vertical merge; then what it was read as. */
  private static final class CellSpan {
    static final int NONE = 0;
    static final int RESTART = 1;
    static final int CONTINUE = 2;
    StringBuilder text = new StringBuilder();
    Mask bold = new Mask();
    int span = 1;
    int merge = NONE;
    Cell resolved;
    /** Whether {@link #resolved} is the cell above's, carried down by a vertical merge. */
    boolean carried;

    /** Drops the text as written, once the cell is resolved: the row below needs only {@link #resolved}. */
    void written() {
      text = null;
      bold = null;
    }
  }

  /** A row with spans expanded and vertically merged cells taking the text of the cell above. */
  private static Row resolve(List<CellSpan> row, List<CellSpan> above, int line) {
    List<Cell> cells = new ArrayList<>();
    List<CellSpan> grid = new ArrayList<>();
    for (CellSpan c : row) {
      for (int k = 0; k < c.span; k++) {
        grid.add(c);
      }
    }
    List<CellSpan> prevGrid = new ArrayList<>();
    for (CellSpan c : above) {
      for (int k = 0; k < c.span; k++) {
        prevGrid.add(c);
      }
    }
    for (int col = 0; col < grid.size(); col++) {
      CellSpan c = grid.get(col);
      if (c.resolved == null) {
        if (c.merge == CellSpan.CONTINUE && col < prevGrid.size() && prevGrid.get(col).resolved != null) {
          c.resolved = prevGrid.get(col).resolved;
          c.carried = true;
        } else {
          c.resolved = toCell(c);
        }
      }
      cells.add(c.resolved);
    }
    return new Row(cells, Math.max(1, line));
  }

  private static Cell toCell(CellSpan c) {
    String raw = c.text.toString();
    StringBuilder t = new StringBuilder();
    int b = 0;
    int e = raw.length();
    e = Fold.trimEnd(raw, b, e);
    b = Fold.trimStart(raw, b, e);
    t.append(raw, b, e);
    return new Cell(t.toString(), c.bold.slice(b, e), true);
  }

  private static void append(StringBuilder text, Mask bold, String s, boolean b) {
    text.append(s);
    bold.add(b, s.length());
  }


  private static boolean onOff(String v) {
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off") || v.equals("none"));
  }

  private static int parseSpan(String v) {
    try {
      return Math.max(1, Math.min(Integer.parseInt(v), 64));
    } catch (NumberFormatException | NullPointerException e) {
      return 1;
    }
  }

  /** Style id → whether it sets bold, following basedOn (at most 16 steps, so a cycle cannot loop). */
  static Map<String, Boolean> boldStyles(byte[] stylesXml) throws XMLStreamException {
    Map<String, Boolean> own = new HashMap<>();
    Map<String, String> basedOn = new HashMap<>();
    XMLStreamReader x = SafeXml.open(stylesXml);
    String id = null;
    boolean inRunProps = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = x.getLocalName();
        if (name.equals("style")) {
          id = SafeXml.attr(x, "styleId");
        } else if (name.equals("basedOn") && id != null) {
          basedOn.put(id, SafeXml.attr(x, "val"));
        } else if (name.equals("rPr")) {
          inRunProps = true;
        } else if (name.equals("b") && inRunProps && id != null) {
          own.put(id, onOff(SafeXml.attr(x, "val")));
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String name = x.getLocalName();
        if (name.equals("rPr")) {
          inRunProps = false;
        } else if (name.equals("style")) {
          id = null;
        }
      }
    }
    x.close();
    Map<String, Boolean> out = new HashMap<>();
    for (String s : basedOn.keySet()) {
      own.putIfAbsent(s, null);
    }
    for (String s : new ArrayList<>(own.keySet())) {
      String cur = s;
      Boolean b = null;
      for (int k = 0; k < 16 && cur != null && b == null; k++) {
        b = own.get(cur);
        cur = basedOn.get(cur);
      }
      if (b != null) {
        out.put(s, b);
      }
    }
    return out;
  }
}
