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
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97–2003 workbook through HSSF: every sheet's rows, merged regions repeated into the rows the sheet has (a
 * row with no cell of its own would only repeat the one above), bold from the cell's font and from rich-text runs.
 * Stateless.
 */
final class ExcelSheets {

  /** The columns of a row that are read: a sheet of tasks has a handful, Excel 97 allows 256. */
  private static final int MAX_COLUMNS = 256;

  private ExcelSheets() {}

  static void read(DirectoryNode root, ReadLimits limits, DocumentSink sink) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
      DataFormatter format = new DataFormatter();
      long placed = 0;
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        HSSFSheet sheet = wb.getSheetAt(s);
        if (s > 0) {
          sink.paragraph(""); // each sheet is a table of its own
        }
        int columns = 0;
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
          columns = Math.max(columns, Math.min(MAX_COLUMNS, Math.max(0, r.getLastCellNum())));
        }
        List<CellRangeAddress> merges = new ArrayList<>(sheet.getMergedRegions());
        merges.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        List<CellRangeAddress> active = new ArrayList<>();
        List<SourceCell[]> origins = new ArrayList<>(); // the region's first cell, once read
        int next = 0;
        for (org.apache.poi.ss.usermodel.Row r0 : sheet) {
          HSSFRow row = (HSSFRow) r0;
          int rn = row.getRowNum();
          for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i).getLastRow() < rn) {
              active.remove(i);
              origins.remove(i);
            }
          }
          while (next < merges.size() && merges.get(next).getFirstRow() <= rn) {
            CellRangeAddress m = merges.get(next++);
            if (m.getLastRow() >= rn) {
              active.add(m);
              origins.add(new SourceCell[1]);
            }
          }
          SourceCell[] cells = new SourceCell[columns];
          boolean own = false;
          for (int c = 0; c < columns; c++) {
            HSSFCell cell = row.getCell(c);
            cells[c] = cell == null ? null : cell(cell, wb, format);
            own |= cells[c] != null && !cells[c].text().isBlank();
          }
          if (!own) {
            continue; // a row with no text of its own would only repeat merges from the row above
          }
          for (int i = 0; i < active.size(); i++) {
            CellRangeAddress m = active.get(i);
            SourceCell[] origin = origins.get(i);
            if (m.getFirstRow() == rn && m.getFirstColumn() < columns) {
              origin[0] = cells[m.getFirstColumn()];
            }
            if (origin[0] == null) {
              continue;
            }
            int to = Math.min(columns - 1, m.getLastColumn());
            for (int c = Math.max(0, m.getFirstColumn()); c <= to; c++) {
              cells[c] = origin[0];
            }
            placed += to - m.getFirstColumn() + 1L;
            if (placed > limits.maxTableCells()) {
              throw new MandateException(MandateException.Kind.TOO_LARGE, "its merged cells cover more than "
                  + limits.maxTableCells() + " cells (raise the limit with MandateParser.builder().maxTableCells(n))");
            }
          }
          List<SourceCell> out = new ArrayList<>(columns);
          SourceCell empty = SourceCell.of("");
          for (SourceCell c : cells) {
            out.add(c == null ? empty : c);
          }
          sink.row(out);
        }
      }
    }
  }

  /** A cell's text as Excel shows it (a formula's last result), with its bold chars. */
  private static SourceCell cell(HSSFCell cell, HSSFWorkbook wb, DataFormatter format) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    boolean cellBold = wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    if (type == CellType.STRING) {
      HSSFRichTextString rich = cell.getRichStringCellValue();
      String text = rich.getString();
      BitSet bold = new BitSet();
      if (cellBold) {
        bold.set(0, text.length());
      }
      for (int i = 0; i < rich.numFormattingRuns(); i++) {
        int start = rich.getIndexOfFormattingRun(i);
        int end = i + 1 < rich.numFormattingRuns() ? rich.getIndexOfFormattingRun(i + 1) : text.length();
        short font = rich.getFontOfFormattingRun(i);
        boolean b = font < 0 ? cellBold : wb.getFontAt(font).getBold();
        if (start >= 0 && start <= end && end <= text.length()) {
          bold.set(start, end, b);
        }
      }
      return SourceCell.of(text, bold);
    }
    String text;
    if (type == CellType.NUMERIC) {
      text = format.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
          cell.getCellStyle().getDataFormatString());
    } else if (type == CellType.BOOLEAN) {
      text = String.valueOf(cell.getBooleanCellValue());
    } else {
      text = "";
    }
    BitSet bold = new BitSet();
    if (cellBold) {
      bold.set(0, text.length());
    }
    return SourceCell.of(text, bold);
  }
}
