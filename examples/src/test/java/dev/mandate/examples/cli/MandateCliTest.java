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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: output, messages and exit codes. */
class MandateCliTest {

  private static final class Run {
    int code;
    String out;
    String err;
  }

  private static Run run(InputStream stdin, String... args) {
    PrintStream oldOut = System.out;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Run r = new Run();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      if (stdin != null) {
        System.setIn(stdin);
      }
      r.code = MandateCli.run(new PrintStream(err, true, StandardCharsets.UTF_8), args);
    } finally {
      System.setOut(oldOut);
      System.setIn(oldIn);
    }
    r.out = out.toString(StandardCharsets.UTF_8);
    r.err = err.toString(StandardCharsets.UTF_8);
    return r;
  }

  @Test
  void noArgumentsSummarisesTheFoundingDocument() {
    Run r = run(null);
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.startsWith("linyi-2021-livelihood.txt: 59 measures, "), r.out);
    assertTrue(r.out.contains("Units that lead most:"));
    assertTrue(r.out.contains("市卫生健康委"), r.out);
    assertTrue(r.out.contains("1. 根据省统一部署"), r.out);
    assertTrue(r.out.contains("lead: 市民政局"), r.out);
  }

  @Test
  void parseWritesMandateJson() {
    Run r = run(null, "parse", "../seeds/linyi-2021-livelihood.txt", "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("\"format\": \"mandate/1\""), r.out.substring(0, 200));
    assertTrue(r.out.contains("\"source\": \"linyi-2021-livelihood.txt\""));
    assertEquals("", r.err);
  }

  @Test
  void standardInputIsReadForADash() {
    Run r = run(new ByteArrayInputStream("具体措施: | 新建学校3所。 |\n责任单位: | 市教育局 |\n"
        .getBytes(StandardCharsets.UTF_8)), "parse", "-", "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("\"unit\": \"市教育局\""), r.out);
  }

  @Test
  void missingFileIsExitOneWithOneLineNamingIt() {
    Run r = run(null, "parse", "no/such/file.txt");
    assertEquals(1, r.code);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    assertTrue(r.err.contains("no/such/file.txt"), r.err);
    assertFalse(r.err.contains("at dev.mandate"), "no stack trace: " + r.err);
  }

  @Test
  void directoryEmptyAndBinaryInputsAreExitOne(@TempDir Path dir) throws Exception {
    assertEquals(1, run(null, "parse", dir.toString()).code);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run e = run(null, "parse", empty.toString());
    assertEquals(1, e.code);
    assertTrue(e.err.contains("no measures"), e.err);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    assertEquals(1, run(null, "parse", blank.toString()).code);
    Path bin = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Run b = run(null, "parse", bin.toString());
    assertEquals(1, b.code);
    assertTrue(b.err.contains("x.bin") && b.err.contains("binary"), b.err);
  }

  @Test
  void htmlFilesAreReadToo(@TempDir Path dir) throws Exception {
    Path page = Files.write(dir.resolve("page.html"), ("<html><head><meta charset=gbk></head><body><table>"
        + "<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        + "<tr><td>1</td><td>新建学校3所。</td><td>市财政局、<b>市教育局</b></td></tr></table></body></html>")
        .getBytes(java.nio.charset.Charset.forName("GBK")));
    Run r = run(null, "parse", page.toString(), "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("\"basis\": \"BOLD\""), r.out);
    Path bomb = Files.write(dir.resolve("bad.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    Run b = run(null, "parse", bomb.toString());
    assertEquals(1, b.code);
    assertEquals(1, b.err.strip().lines().count(), b.err);
  }

  @Test
  void badUsageIsExitTwo() {
    assertEquals(2, run(null, "parse").code);
    assertEquals(2, run(null, "parse", "x", "--format", "xml").code);
    assertEquals(2, run(null, "--no-such-option").code);
    assertEquals(2, run(null, "parse", "x", "--format").code);
    assertEquals(2, run(null, "parse", "a.txt", "b.txt").code);
    assertEquals(2, run(null, "parse", "a.txt", "--fromat", "json").code);
    Run r = run(null, "frobnicate");
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("mandate: unknown command 'frobnicate'"), r.err);
    assertTrue(r.err.contains("usage: mandate"), r.err);
  }

  @Test
  void optionsMayComeBeforeTheFileAndInEitherSpelling() {
    Run a = run(null, "parse", "--format=json", "../seeds/linyi-2021-livelihood.txt");
    assertEquals(0, a.code, a.err);
    assertTrue(a.out.contains("\"format\": \"mandate/1\""));
    Run b = run(null, "parse", "--format", "JSON", "../seeds/linyi-2021-livelihood.txt");
    assertEquals(a.out, b.out);
  }

  @Test
  void helpAndVersionAreExitZero() {
    Run h = run(null, "--help");
    assertEquals(0, h.code);
    assertTrue(h.out.contains("parse FILE") && h.out.contains("Exit codes"), h.out);
    assertEquals(0, run(null, "parse", "--help").code);
    assertEquals(0, run(null, "-V").code);
  }

  /** The version printed is the POM's, which surefire passes in as mandate.pomVersion (see examples/pom.xml). */
  @Test
  void versionIsThePomsVersion() {
    String pom = System.getProperty("mandate.pomVersion");
    assertNotNull(pom, "mandate.pomVersion is not set: run the test through Maven (surefire sets it)");
    for (String option : new String[] {"-V", "--version"}) {
      Run v = run(null, option);
      assertEquals(0, v.code, v.err);
      assertEquals("mandate " + pom, v.out.strip(), option);
    }
  }

  @Test
  void debugPrintsTheTraceOnlyWhenAsked() {
    Run plain = run(null, "parse", "no/such/file.txt");
    Run debug = run(null, "parse", "no/such/file.txt", "--debug");
    assertEquals(1, debug.code);
    assertFalse(plain.err.contains("\tat "), plain.err);
    assertTrue(debug.err.contains("\tat dev.mandate"), debug.err);
  }

  /** Regression: a heap too small for the input ended in the JVM's stack trace from deep inside the parser. */
  @Test
  void tooLittleMemoryIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
    String seed = Files.readString(Path.of("../seeds/linyi-2021-livelihood.txt"), StandardCharsets.UTF_8);
    Path big = dir.resolve("big.txt");
    Files.writeString(big, (seed + "\n").repeat(8_000_000 / seed.getBytes(StandardCharsets.UTF_8).length + 1));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
        MandateCli.class.getName(), "parse", big.toString(), "--format", "json")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(MandateCli.INPUT, p.waitFor(), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("mandate: " + big + ": not enough memory to parse it (the heap may grow to "), err);
    assertTrue(err.contains("-Xmx"), err);
  }
}
