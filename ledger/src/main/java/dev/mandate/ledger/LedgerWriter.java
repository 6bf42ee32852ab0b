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
package dev.mandate.ledger;

import com.google.common.base.Preconditions;
import dev.mandate.model.Agency;
import dev.mandate.model.Corpus;
import dev.mandate.model.Target;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the ledger (台账) a supervision office keeps of a set of documents: one row per measure with the columns
 * offices use ({@link #COLUMNS}: 序号, 来源文件, 章节, 工作任务, 牵头单位, 配合单位, 量化目标, 完成时限), each target
 * written back in Chinese ({@code ≥48所}, {@code 提高10％}).
 *
 * <p>As XLSX ({@link #writeXlsx}) the workbook has three sheets: 台账 (the measures), 量化目标 (one row per target:
 * text, subject, value, upper end, unit, comparator and change in cells of their own) and 责任单位 (one row per agency,
 * counted once under its {@link dev.mandate.model.Unit#canonical() canonical name} across documents: measures led and
 * supported, from {@link Corpus}). Each sheet has a frozen bold header, an autofilter and column widths that fit
 * Chinese text. As CSV ({@link #writeCsv}) the measures alone, UTF-8 with a byte-order mark so that Excel reads the
 * Chinese right.
 *
 * <p>Stateless and thread-safe; nothing is closed but what it opens itself.
 */
public final class LedgerWriter {

  /** The columns of the measures, as offices head them. */
  public static final List<String> COLUMNS = List.of("序号", "来源文件", "章节", "工作任务", "牵头单位", "配合单位", "量化目标",
      "完成时限");

  /** The columns of the targets sheet. */
  static final List<String> TARGET_COLUMNS = List.of("序号", "来源文件", "指标", "目标", "原文", "数值", "上限", "单位",
      "比较", "变化");

  /** The columns of the units sheet. */
  static final List<String> UNIT_COLUMNS = List.of("单位", "牵头", "配合", "合计", "文件数", "写法");

  /** The names of the XLSX sheets: measures, targets, units. */
  public static final List<String> SHEETS = List.of("台账", "量化目标", "责任单位");

  /** The widest a column gets, in characters of the default font; longer text wraps. */
  private static final double MAX_WIDTH = 60;

  private LedgerWriter() {}

  /** The formats a ledger is written in. */
  public enum Format {
    /** An Excel workbook of three sheets. */
    XLSX,
    /** The measures as comma-separated values, UTF-8 with a byte-order mark. */
    CSV;

    /** The format a file's extension asks for ({@code .xlsx}, {@code .csv}, in any case). */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".xlsx")) {
        return XLSX;
      }
      if (name.endsWith(".csv")) {
        return CSV;
      }
      throw new IllegalArgumentException("a ledger is written as .xlsx or .csv, not " + file.getFileName());
    }
  }

  /** Writes the ledger to {@code file}, in the format its extension asks for ({@link Format#of}). */
  public static void write(Corpus corpus, Path file) throws IOException {
    Format f = Format.of(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (f == Format.XLSX) {
        writeXlsx(corpus, out);
      } else {
        writeCsv(corpus, out);
      }
    }
  }

  /** Writes the measures as CSV: UTF-8 with a byte-order mark, a header row, one row per measure. */
  public static void writeCsv(Corpus corpus, OutputStream out) throws IOException {
    Preconditions.checkNotNull(corpus, "corpus");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    // Excel takes a CSV without a BOM to be in the system's code page, and shows the Chinese garbled
    w.write('\uFEFF');
    CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL);
    p.printRecord(COLUMNS);
    for (Row r : Row.of(corpus)) {
      p.printRecord(r.cells());
    }
    p.flush();
  }

  /** Writes the workbook: the measures, the targets and the units, each sheet with a frozen bold header. */
  public static void writeXlsx(Corpus corpus, OutputStream out) throws IOException {
    Preconditions.checkNotNull(corpus, "corpus");
    List<Row> rows = Row.of(corpus);
    Workbook wb = new Workbook(out, "Mandate", "1.0");
    measures(wb.newWorksheet(SHEETS.get(0)), rows);
    targets(wb.newWorksheet(SHEETS.get(1)), rows);
    units(wb.newWorksheet(SHEETS.get(2)), corpus.agencies());
    wb.finish();
  }

  private static void measures(Worksheet ws, List<Row> rows) {
    List<List<Object>> table = new ArrayList<>();
    for (Row r : rows) {
      List<Object> cells = new ArrayList<>(r.cells());
      cells.set(0, r.number); // a number, so that the sheet sorts 2 before 10
      table.add(cells);
    }
    sheet(ws, COLUMNS, table);
  }

  private static void targets(Worksheet ws, List<Row> rows) {
    List<List<Object>> table = new ArrayList<>();
    for (Row r : rows) {
      for (Target t : r.targetList()) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.number);
        cells.add(r.file);
        cells.add(t.subject().orElse(""));
        cells.add(TargetText.of(t));
        cells.add(t.text());
        cells.add(t.value());
        cells.add(t.upper().isPresent() ? t.upper().get() : "");
        cells.add(t.unit().orElse(""));
        cells.add(TargetText.comparator(t.comparator()));
        cells.add(t.change().map(TargetText::change).orElse(""));
        table.add(cells);
      }
    }
    sheet(ws, TARGET_COLUMNS, table);
  }

  private static void units(Worksheet ws, List<Agency> agencies) {
    List<List<Object>> table = new ArrayList<>();
    for (Agency a : agencies) {
      table.add(List.of(a.canonical(), a.leads(), a.supports(), a.measures(), a.documents(),
          String.join(Row.UNITS, a.names())));
    }
    sheet(ws, UNIT_COLUMNS, table);
  }

  /** A sheet with a frozen bold header, an autofilter over the table and widths fitting the widest cell. */
  private static void sheet(Worksheet ws, List<String> header, List<List<Object>> table) {
    double[] widths = new double[header.size()];
    for (int c = 0; c < header.size(); c++) {
      ws.value(0, c, header.get(c));
      widths[c] = width(header.get(c));
    }
    ws.range(0, 0, 0, header.size() - 1).style().bold().fillColor("DDEBF7").set();
    int r = 1;
    for (List<Object> cells : table) {
      for (int c = 0; c < cells.size(); c++) {
        Object v = cells.get(c);
        if (v instanceof Number) {
          ws.value(r, c, (Number) v);
        } else {
          ws.value(r, c, (String) v);
        }
        widths[c] = Math.max(widths[c], width(String.valueOf(v)));
      }
      r++;
    }
    for (int c = 0; c < widths.length; c++) {
      double w = Math.min(MAX_WIDTH, widths[c] + 2);
      ws.width(c, w);
      if (w >= MAX_WIDTH) {
        // long text (a task runs to a paragraph) wraps within the column instead of running off the screen
        ws.range(1, c, Math.max(1, table.size()), c).style().wrapText(true).verticalAlignment("top").set();
      }
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, header.size() - 1);
  }

  /** The width text takes in characters of a Latin font: a Chinese (full-width) char takes two. */
  static double width(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      w += ch >= 0x2E80 || Character.isSurrogate(ch) ? 2 : ch < 0x80 ? 1.1 : 1.6;
    }
    return w;
  }
}
