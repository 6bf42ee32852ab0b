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
package dev.mandate.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mandate ledger} and {@code mandate report} as a user runs them; the ledger module tests what they write. */
class LedgerAndReportCommandsTest {

  private static final String SEED = "../seeds/linyi-2021-livelihood.txt";
  private static final String ITEM = "具体措施: | 新建学校3所。 |\n责任单位: | 市教育局 |\n";

  private static final class Run {
    int code;
    String out;
    String err;
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Run r = new Run();
    r.code = MandateCli.run(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true,
        StandardCharsets.UTF_8), args);
    r.out = out.toString(StandardCharsets.UTF_8);
    r.err = err.toString(StandardCharsets.UTF_8);
    return r;
  }

  @Test
  void ledgerWritesTheFoundingDocumentAsCsvAndXlsx(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("台账.csv");
    Run r = run("ledger", SEED, "-o", csv.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("59 measures of 1 document"), r.err);
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF序号,来源文件,章节,工作任务,牵头单位,配合单位,量化目标,完成时限\r\n"), text.substring(0, 60));
    assertTrue(text.contains("\r\n1," + SEED + ",,"), "the source as given");
    assertTrue(text.contains(",市民政局,"), "the first measure's lead");

    Path xlsx = dir.resolve("ledger.xlsx");
    Run x = run("ledger", SEED, "--output", xlsx.toString(), "--jobs", "1");
    assertEquals(0, x.code, x.err);
    byte[] head = Files.readAllBytes(xlsx);
    assertTrue(head.length > 5_000 && head[0] == 'P' && head[1] == 'K', "a zip, as XLSX is");
  }

  @Test
  void aFolderGoesIntoOneLedgerAndAFailedFileIsLeftOutWithExitOne(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("1.txt"), ITEM);
    Files.write(docs.resolve("2.bin"), new byte[] {0, 0, 0, 1, 2});
    Files.writeString(docs.resolve("3.txt"), ITEM.replace("3所", "4所"));
    Path csv = dir.resolve("all.csv");
    Run r = run("ledger", docs.toString(), "-o", csv.toString(), "--jobs", "2");
    assertEquals(MandateCli.INPUT, r.code);
    assertTrue(r.err.startsWith("mandate: 2.bin: is binary"), r.err);
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertEquals(3, text.split("\r\n").length, text);
    assertTrue(text.contains("\r\n1,1.txt,,新建学校3所。,市教育局,,"), text);
    assertTrue(text.contains("\r\n2,3.txt,,新建学校4所。,市教育局,,"), text);
  }

  @Test
  void reportWritesOnePageThatListsWhatCouldNotBeRead(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("bad.bin"), new byte[] {0, 0, 0, 1, 2});
    Path page = dir.resolve("report.html");
    Run r = run("report", SEED, dir.resolve("bad.bin").toString(), "-o", page.toString(), "--title", "临沂民生实事");
    assertEquals(MandateCli.INPUT, r.code, r.err);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<title>临沂民生实事</title>"));
    assertTrue(html.contains("59 项措施"), "the founding document is in it");
    assertTrue(html.contains("bad.bin</b>：is binary"), "the file that could not be read, and why");
    assertEquals(0, run("report", SEED, "-o", page.toString()).code);
  }

  @Test
  void parseJsonCarriesTheCanonicalNameOfEachUnit() {
    Run r = run("parse", SEED, "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("{\"unit\": \"市民政局\", \"role\": \"LEAD\", \"basis\": \"FIRST_LISTED\", "
        + "\"canonical\": \"市民政局\"}"), "canonical on every responsibility");
    assertTrue(r.out.contains("{\"unit\": \"市自然资源和规划局\", \"role\": \"SUPPORT\", "
        + "\"canonical\": \"市自然资源规划局\"}"), "和 dropped in the canonical name");
  }

  @Test
  void badUsageIsExitTwo(@TempDir Path dir) {
    assertEquals(MandateCli.USAGE, run("ledger", SEED).code, "no -o");
    Run xls = run("ledger", SEED, "-o", dir.resolve("a.xls").toString());
    assertEquals(MandateCli.USAGE, xls.code);
    assertTrue(xls.err.contains(".xlsx or .csv"), xls.err);
    assertEquals(MandateCli.USAGE, run("report", SEED, "-o", dir.resolve("a.pdf").toString()).code);
    assertFalse(Files.exists(dir.resolve("a.xls")));
    Run help = run("--help");
    assertTrue(help.out.contains("ledger") && help.out.contains("report"), help.out);
  }
}
