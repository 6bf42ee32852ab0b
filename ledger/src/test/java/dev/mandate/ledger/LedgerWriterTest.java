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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Agency;
import dev.mandate.model.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The founding document's ledger, written with fastexcel and commons-csv and read back with other readers: the XLSX
 * with Apache POI, the CSV as bytes and with a parser that is told nothing of the byte-order mark.
 */
class LedgerWriterTest {

  private static final DataFormatter CELLS = new DataFormatter();

  private static List<List<String>> read(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < r.getLastCellNum(); c++) {
        Cell cell = r.getCell(c);
        cells.add(cell == null ? "" : CELLS.formatCellValue(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static byte[] xlsx(Corpus c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerWriter.writeXlsx(c, out);
    return out.toByteArray();
  }

  @Test
  void theFoundingDocumentsWorkbookHasItsMeasuresTargetsAndUnits() throws IOException {
    List<String> gold = Founding.goldLeads();
    assertEquals(59, gold.size(), "the gold has 59 measures");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(Founding.CORPUS)))) {
      assertEquals(LedgerWriter.SHEETS, List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));

      XSSFSheet ledger = wb.getSheetAt(0);
      List<List<String>> rows = read(ledger);
      assertEquals(LedgerWriter.COLUMNS, rows.get(0));
      assertEquals(1 + 59, rows.size(), "a header and 59 measure rows");
      for (int i = 1; i <= 59; i++) {
        List<String> row = rows.get(i);
        assertEquals(Integer.toString(i), row.get(0), "序号");
        assertEquals(Founding.NAME, row.get(1), "来源文件");
        assertEquals(Founding.DOCUMENT.measures().get(i - 1).text(), row.get(3), "工作任务 of row " + i);
        assertEquals(gold.get(i - 1), row.get(4), "牵头单位 of row " + i);
      }
      assertEquals("市民政局", rows.get(1).get(4));
      assertTrue(rows.get(1).get(5).startsWith("市残联、市财政局"), rows.get(1).get(5));
      assertEquals("困难群体救助保障标准提高10％", rows.get(1).get(6), "a target written back in Chinese");
      assertTrue(rows.stream().anyMatch(r -> r.get(6).contains("≥90％")), "以上 as ≥");
      assertTrue(rows.stream().anyMatch(r -> r.get(6).contains("48所")));
      assertTrue(rows.stream().anyMatch(r -> r.get(7).equals("年内")), "完成时限");

      // a frozen, bold header with an autofilter over it
      assertEquals(1, ledger.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(wb.getFontAt(ledger.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
      assertTrue(ledger.getCTWorksheet().isSetAutoFilter(), "autofilter");
      assertEquals("A1:H60", ledger.getCTWorksheet().getAutoFilter().getRef());
      // widths that fit Chinese: 工作任务 wide, capped, and wrapping; 牵头单位 fits its longest name
      assertTrue(ledger.getColumnWidth(3) / 256 >= 50, "工作任务 width " + ledger.getColumnWidth(3) / 256);
      assertTrue(ledger.getRow(1).getCell(3).getCellStyle().getWrapText(), "工作任务 wraps");
      assertTrue(ledger.getColumnWidth(4) / 256 >= 2 * "市人力资源社会保障局".length(), "牵头单位 width");

      List<List<String>> targets = read(wb.getSheetAt(1));
      int count = Founding.DOCUMENT.measures().stream().mapToInt(m -> m.targets().size()).sum();
      assertTrue(count >= 40, "targets found: " + count);
      assertEquals(1 + count, targets.size(), "one row per target");
      assertEquals(LedgerWriter.TARGET_COLUMNS, targets.get(0));
      assertTrue(targets.contains(List.of("11", Founding.NAME, "新建改扩建中小学", "48所", "48所", "48", "", "所", "等于", "")),
          targets.toString());
      assertTrue(targets.stream().anyMatch(r -> r.get(3).equals("9万人") && r.get(5).equals("90000")), "9万人");

      List<List<String>> units = read(wb.getSheetAt(2));
      assertEquals(LedgerWriter.UNIT_COLUMNS, units.get(0));
      assertEquals(1 + Founding.CORPUS.agencies().size(), units.size());
      Agency first = Founding.CORPUS.agencies().get(0);
      assertEquals(List.of(first.canonical(), Integer.toString(first.leads()), Integer.toString(first.supports()),
          Integer.toString(first.measures()), "1"), units.get(1).subList(0, 5));
      assertEquals("市卫生健康委", units.get(1).get(0), "the agency that leads most comes first");
      assertEquals("8", units.get(1).get(1));
      assertTrue(wb.getSheetAt(2).getCTWorksheet().isSetAutoFilter());
    }
  }

  @Test
  void theCsvHasItsByteOrderMarkAndTheSameRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerWriter.writeCsv(Founding.CORPUS, out);
    byte[] bytes = out.toByteArray();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
        "UTF-8 byte-order mark");
    List<List<String>> xlsxRows;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(Founding.CORPUS)))) {
      xlsxRows = read(wb.getSheetAt(0));
    }
    List<List<String>> csvRows = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(bytes, 3, bytes.length - 3)) {
      for (CSVRecord r : CSVFormat.RFC4180.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        csvRows.add(r.toList());
      }
    }
    assertEquals(60, csvRows.size());
    // XLSX cells that are empty are not written at all: compare the CSV's rows cut the same way
    for (int i = 0; i < csvRows.size(); i++) {
      List<String> csv = new ArrayList<>(csvRows.get(i));
      List<String> x = new ArrayList<>(xlsxRows.get(i));
      while (x.size() < csv.size()) {
        x.add("");
      }
      assertEquals(csv, x, "row " + i);
    }
  }

  @Test
  void aFileIsWrittenInTheFormatItsExtensionAsks(@TempDir Path dir) throws IOException {
    Path x = dir.resolve("台账.XLSX");
    LedgerWriter.write(Founding.CORPUS, x);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
      assertEquals(60, wb.getSheetAt(0).getPhysicalNumberOfRows());
    }
    Path c = dir.resolve("台账.csv");
    LedgerWriter.write(Founding.CORPUS, c);
    assertEquals((byte) 0xEF, Files.readAllBytes(c)[0]);
    assertThrows(IllegalArgumentException.class, () -> LedgerWriter.write(Founding.CORPUS, dir.resolve("a.xls")));
  }

  @Test
  void anEmptyCorpusIsAHeaderAlone() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(Corpus.of())))) {
      assertEquals(1, wb.getSheetAt(0).getPhysicalNumberOfRows());
      assertEquals(3, wb.getNumberOfSheets());
    }
  }
}
