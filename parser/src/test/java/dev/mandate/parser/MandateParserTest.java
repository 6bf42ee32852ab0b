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
package dev.mandate.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.json.MandateJson;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Span;
import dev.mandate.model.Target;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API: inputs, encodings, limits, errors, thread safety, the extractor SPI. */
class MandateParserTest {

  private static final MandateParser PARSER = MandateParser.builder().build();
  private static final String SEED = Resources.text(Resources.SEED);

  @Test
  void everyInputFormGivesTheSameDocument(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("linyi-2021-livelihood.txt"), Resources.bytes(Resources.SEED));
    String fromPath = MandateJson.toJson(PARSER.parse(file));
    assertEquals(fromPath, MandateJson.toJson(PARSER.parse(SEED, "linyi-2021-livelihood.txt")));
    assertEquals(fromPath, MandateJson.toJson(PARSER.parse(
        new ByteArrayInputStream(Resources.bytes(Resources.SEED)), "linyi-2021-livelihood.txt")));
    Document fromReader = PARSER.parse(new StringReader(SEED));
    assertFalse(fromReader.source().isPresent(), "text in memory has no source");
    assertEquals(PARSER.parse(SEED).measures(), fromReader.measures());
    assertEquals("linyi-2021-livelihood.txt", PARSER.parse(file).source().orElseThrow());
  }

  @Test
  void aLargeFileReadInPiecesGivesTheDocumentOfItsWholeText(@TempDir Path dir) throws Exception {
    String big = (SEED + "\n").repeat(40); // ~900 KB: decoded in several pieces
    Path file = Files.writeString(dir.resolve("big.txt"), big);
    Document whole = PARSER.parse(big, "big.txt");
    assertEquals(59 * 40, whole.measures().size());
    assertEquals(whole, PARSER.parse(file)); // line numbers included: they run on across pieces
  }

  @Test
  void encodingsDecodeToTheSameDocument() {
    Document utf8 = PARSER.parse(new ByteArrayInputStream(SEED.getBytes(StandardCharsets.UTF_8)));
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SEED.getBytes(StandardCharsets.UTF_8));
    assertEquals(utf8, PARSER.parse(new ByteArrayInputStream(bom)));
    assertEquals(utf8, PARSER.parse(new ByteArrayInputStream(SEED.getBytes(Charset.forName("GBK")))));
    assertEquals(utf8, PARSER.parse(new ByteArrayInputStream(SEED.getBytes(Charset.forName("GB18030")))));
    byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SEED.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(utf8, PARSER.parse(new ByteArrayInputStream(utf16le)));
    byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SEED.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(utf8, PARSER.parse(new ByteArrayInputStream(utf16be)));
    assertEquals(utf8.measures(), PARSER.parse("\uFEFF" + SEED).measures());
  }

  @Test
  void invalidBytesBecomeReplacementCharsWithADiagnosticAndTheRestSurvives() {
    byte[] good = SEED.getBytes(StandardCharsets.UTF_8);
    byte[] bad = concat(good, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n'});
    bad[5] = (byte) 0xC3; // break a UTF-8 sequence inside the greeting line; GB18030 cannot read it either
    bad[6] = (byte) 0x28;
    Document d = PARSER.parse(new ByteArrayInputStream(bad), "bad.txt");
    assertEquals(59, d.measures().size());
    assertTrue(d.diagnostics().stream().anyMatch(x -> x.kind() == Diagnostic.Kind.MALFORMED_INPUT));
  }

  @Test
  void oversizedInputIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
    MandateParser small = MandateParser.builder().maxInput(1000).build();
    MandateException e = assertThrows(MandateException.class, () -> small.parse(SEED));
    assertEquals(MandateException.Kind.TOO_LARGE, e.kind());
    Path file = Files.write(dir.resolve("big.txt"), Resources.bytes(Resources.SEED));
    MandateException f = assertThrows(MandateException.class, () -> small.parse(file));
    assertEquals(MandateException.Kind.TOO_LARGE, f.kind());
    assertTrue(f.getMessage().contains("big.txt"), f.getMessage());
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    assertEquals(MandateException.Kind.TOO_LARGE,
        assertThrows(MandateException.class, () -> small.parse(endless, "stream")).kind());
  }

  @Test
  void equalUnitsAndResponsibilitiesAreOneInstanceWithinADocumentButNotAcrossDocuments() {
    Document d = PARSER.parse(SEED);
    java.util.Map<dev.mandate.model.Unit, dev.mandate.model.Unit> seen = new java.util.HashMap<>();
    java.util.Map<dev.mandate.model.Responsibility, dev.mandate.model.Responsibility> roles = new java.util.HashMap<>();
    int units = 0;
    for (dev.mandate.model.Measure m : d.measures()) {
      for (dev.mandate.model.Responsibility r : m.responsibilities()) {
        units++;
        org.junit.jupiter.api.Assertions.assertSame(seen.computeIfAbsent(r.unit(), u -> u), r.unit());
        org.junit.jupiter.api.Assertions.assertSame(roles.computeIfAbsent(r, x -> x), r);
      }
    }
    assertTrue(seen.size() < units / 3, seen.size() + " distinct of " + units);
    Document again = PARSER.parse(SEED);
    assertEquals(d, again);
    assertFalse(again.measures().get(0).responsibilities().get(0).unit()
        == d.measures().get(0).responsibilities().get(0).unit(), "a parse shares nothing with another");
  }

  /** A stream that reports {@code reported} bytes available, whatever it holds, and hands out a few at a time. */
  private static InputStream claiming(byte[] bytes, int reported) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int available() {
        return reported;
      }

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 777));
      }
    };
  }

  @Test
  void aStreamIsReadWholeWhateverItSaysIsAvailable() {
    byte[] seed = SEED.getBytes(StandardCharsets.UTF_8);
    String expected = dev.mandate.json.MandateJson.toJson(PARSER.parse(new ByteArrayInputStream(seed), "s"));
    for (int reported : new int[] {0, 1, seed.length / 2, seed.length - 1, seed.length, seed.length + 1,
        Integer.MAX_VALUE}) {
      assertEquals(expected, dev.mandate.json.MandateJson.toJson(PARSER.parse(claiming(seed, reported), "s")),
          "available() = " + reported);
    }
    MandateParser exact = MandateParser.builder().maxInput(seed.length).build();
    assertEquals(59, exact.parse(claiming(seed, seed.length), "s").measures().size());
    MandateParser oneShort = MandateParser.builder().maxInput(seed.length - 1).build();
    assertEquals(MandateException.Kind.TOO_LARGE, assertThrows(MandateException.class,
        () -> oneShort.parse(claiming(seed, seed.length - 1), "s")).kind());
  }

  @Test
  void unreadableAndBinaryInputsAreTypedErrorsNamingTheFile(@TempDir Path dir) throws Exception {
    MandateException missing = assertThrows(MandateException.class, () -> PARSER.parse(dir.resolve("nope.txt")));
    assertEquals(MandateException.Kind.UNREADABLE, missing.kind());
    assertTrue(missing.getMessage().contains("nope.txt"));
    assertEquals(MandateException.Kind.UNREADABLE,
        assertThrows(MandateException.class, () -> PARSER.parse(dir)).kind());
    Path bin = Files.write(dir.resolve("a.bin"), new byte[] {1, 2, 0, 0, 5, 6});
    MandateException b = assertThrows(MandateException.class, () -> PARSER.parse(bin));
    assertEquals(MandateException.Kind.NOT_TEXT, b.kind());
    assertTrue(b.getMessage().contains("a.bin"));
    java.io.ByteArrayOutputStream other = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(other)) {
      z.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
      z.write("具体措施: | 新建学校3所 |".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Path zip = Files.write(dir.resolve("a.docx"), other.toByteArray());
    MandateException z = assertThrows(MandateException.class, () -> PARSER.parse(zip));
    assertEquals(MandateException.Kind.NOT_TEXT, z.kind(), "a ZIP that is neither Word nor Excel");
    assertTrue(z.getMessage().contains("a.docx"), z.getMessage());
    // the first bytes of a ZIP and nothing else: a damaged archive (no central directory)
    Path stub = Files.write(dir.resolve("b.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    MandateException st = assertThrows(MandateException.class, () -> PARSER.parse(stub));
    assertEquals(MandateException.Kind.UNREADABLE, st.kind());
    assertTrue(st.getMessage().contains("b.docx"), st.getMessage());
  }

  @Test
  void emptyOrMeaninglessTextGivesAnEmptyDocumentWithADiagnostic() {
    for (String s : new String[] {"", "   \n\t\n", "欢迎访问临沂市政府网站!\n分享到:"}) {
      Document d = PARSER.parse(s);
      assertTrue(d.measures().isEmpty());
      assertEquals(Diagnostic.Kind.NO_MEASURES, d.diagnostics().get(d.diagnostics().size() - 1).kind());
    }
  }

  @Test
  void aMeasureWithoutUnitsIsKeptWithADiagnosticAtItsLine() {
    Document d = PARSER.parse("具体措施: | 新建学校3所。 |\n具体措施: | 改造道路5公里。 |\n责任单位: | 市交通运输局 |\n");
    assertEquals(2, d.measures().size(), "never silently lose a measure");
    Diagnostic x = d.diagnostics().get(0);
    assertEquals(Diagnostic.Kind.MISSING_RESPONSIBILITY, x.kind());
    assertEquals(1, x.line().getAsInt());
    assertTrue(x.column().getAsInt() > 1);
  }

  @Test
  void oneParserSharedByEightThreadsGivesTheSameJson() throws Exception {
    List<String> inputs = new ArrayList<>();
    inputs.add(SEED);
    for (String d : Resources.DEV) {
      inputs.add(Resources.text("dev/" + d + ".txt"));
    }
    List<String> expected = new ArrayList<>();
    for (String in : inputs) {
      expected.add(MandateJson.toJson(PARSER.parse(in)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 5; round++) {
            for (int i = 0; i < inputs.size(); i++) {
              if (!expected.get(i).equals(MandateJson.toJson(PARSER.parse(inputs.get(i))))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tooManyTableCellsAreRefusedAndOverlongLinesCutWithADiagnostic() {
    StringBuilder html = new StringBuilder("<html><body><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>");
    for (int i = 1; i <= 100; i++) {
      html.append("<tr><td>").append(i).append("</td><td>新建学校3所。</td><td>市教育局</td></tr>");
    }
    String page = html.append("</table></body></html>").toString();
    assertEquals(100, PARSER.parse(page).measures().size());
    MandateException e = assertThrows(MandateException.class,
        () -> MandateParser.builder().maxTableCells(200).build().parse(page, "big.html"));
    assertEquals(MandateException.Kind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().contains("big.html") && e.getMessage().contains("maxTableCells"), e.getMessage());

    String doc = "具体措施: | 新建学校3所," + "改造道路".repeat(100) + " |\n责任单位: | 市教育局 |\n";
    Document d = MandateParser.builder().maxLineLength(60).build().parse(doc);
    assertEquals(1, d.measures().size(), "the measure survives, cut");
    assertEquals(List.of("3所"), d.measures().get(0).targets().stream().map(Target::text).toList());
    Diagnostic cut = d.diagnostics().stream().filter(x -> x.kind() == Diagnostic.Kind.LIMIT_REACHED)
        .findFirst().orElseThrow();
    assertEquals(1, cut.line().getAsInt());
  }

  @Test
  void configurationMistakesFailAtTheBuilder() {
    assertThrows(IllegalArgumentException.class, () -> MandateParser.builder().maxInput(0));
    assertThrows(IllegalArgumentException.class, () -> MandateParser.builder().maxDiagnostics(-1));
    assertThrows(IllegalArgumentException.class, () -> MandateParser.builder().maxTableCells(0));
    assertThrows(IllegalArgumentException.class, () -> MandateParser.builder().maxLineLength(0));
    assertThrows(IllegalArgumentException.class, () -> MandateParser.builder().maxExpanded(0));
    assertThrows(IllegalArgumentException.class, () -> MandateParser.builder().maxTableText(0));
    assertThrows(IllegalArgumentException.class, () -> MandateParser.builder().unitOfMeasure(" "));
    assertThrows(NullPointerException.class, () -> MandateParser.builder().extractor(null));
  }

  @Test
  void addedUnitsOfMeasureAreRead() {
    String doc = "具体措施: | 创作美术作品30幅。 |\n责任单位: | 市科技局 |\n";
    assertTrue(PARSER.parse(doc).measures().get(0).targets().isEmpty());
    Target t = MandateParser.builder().unitOfMeasure("幅").build().parse(doc).measures().get(0).targets().get(0);
    assertEquals("30幅", t.text());
  }

  @Test
  void userExtractorsRunFirstAndOverlapsResolveToTheEarlier() {
    String doc = "具体措施: | 新建学校48所,投资5亿元。 |\n责任单位: | 市教育局 |\n";
    MandateParser p = MandateParser.builder()
        .extractor(c -> List.of(Target.builder().text("48").value(java.math.BigDecimal.valueOf(48)).unit("")
            .span(Span.of(4, 6)).build()))
        .build();
    List<Target> ts = p.parse(doc).measures().get(0).targets();
    assertEquals(List.of("48", "5亿元"), ts.stream().map(Target::text).toList(), "the built-in 48所 overlaps: dropped");
  }

  @Test
  void aFailingOrLyingExtractorLeavesADiagnosticAndTheParseGoesOn() {
    String doc = "具体措施: | 新建学校48所。 |\n责任单位: | 市教育局 |\n";
    MandateParser throwing = MandateParser.builder().extractor(c -> {
      throw new IllegalStateException("boom");
    }).build();
    Document d = throwing.parse(doc);
    assertEquals(1, d.measures().get(0).targets().size());
    Diagnostic failed = d.diagnostics().stream().filter(x -> x.kind() == Diagnostic.Kind.EXTRACTOR_FAILED)
        .findFirst().orElseThrow();
    assertTrue(failed.message().contains("boom"), failed.message());
    assertEquals("boom", failed.cause().orElseThrow().getMessage(), "the extractor's exception is kept as the cause");
    assertEquals(1, failed.line().getAsInt());
    MandateParser lying = MandateParser.builder().extractor(c -> List.of(Target.builder().text("99所")
        .value(java.math.BigDecimal.TEN).unit("所").span(Span.of(0, 3)).build())).build();
    Document l = lying.parse(doc);
    assertEquals("48所", l.measures().get(0).targets().get(0).text());
    assertTrue(l.diagnostics().stream().anyMatch(x -> x.kind() == Diagnostic.Kind.EXTRACTOR_FAILED));
  }

  @Test
  void serviceLoaderDiscoveryIsOptIn() {
    String doc = "具体措施: | 完成改造。 |\n责任单位: | 市教育局 |\n";
    assertTrue(PARSER.parse(doc).measures().get(0).targets().isEmpty());
    List<Target> ts = MandateParser.builder().discoverExtractors(true).build().parse(doc).measures().get(0).targets();
    assertEquals(List.of("完成改造"), ts.stream().map(Target::text).toList(), "the test's registered extractor ran");
  }

  @Test
  void aOneMegabyteLineOfDigitsAndCjkParsesQuickly() {
    StringBuilder b = new StringBuilder("具体措施: | ");
    java.util.Random r = new java.util.Random(7);
    String cjk = "新建学校所个万亿十百千两人次以上不低于第年月日号、,";
    while (b.length() < 1_000_000) {
      b.append(r.nextBoolean() ? (char) ('0' + r.nextInt(10)) : cjk.charAt(r.nextInt(cjk.length())));
    }
    String doc = b.append(" |\n责任单位: | 市教育局 |\n").toString();
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      Document d = PARSER.parse(doc);
      assertEquals(1, d.measures().size());
    });
  }

  @Test
  void pathologicalInputsFinishQuickly() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      StringBuilder b = new StringBuilder("具体措施: | ");
      for (int i = 0; i < 100_000; i++) {
        b.append(i % 3 == 0 ? "新建学校" : "48所,");
      }
      PARSER.parse(b.append(" |\n责任单位: | 市教育局 |\n").toString());
      PARSER.parse("(".repeat(100_000) + "责任单位:" + ")".repeat(100_000));
      PARSER.parse("1".repeat(1_000_000));
      // regression: a measure made of one long digit run was re-read from every digit (quadratic)
      assertEquals(1, PARSER.parse("具体措施: | " + "1".repeat(1_000_000) + " |\n责任单位: | 市X局 |\n").measures().size());
      PARSER.parse("|".repeat(100_000) + "\n" + "、".repeat(100_000));
    });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aReaderGivesTheSameDocumentAsTheTextAndNamesItsSource() {
    Document d = PARSER.parse(new StringReader(SEED), "seed.txt");
    assertEquals(java.util.Optional.of("seed.txt"), d.source());
    assertEquals(PARSER.parse(SEED).measures(), d.measures());
    MandateException e = assertThrows(MandateException.class,
        () -> MandateParser.builder().maxInput(10).build().parse(new StringReader(SEED), "seed.txt"));
    assertTrue(e.getMessage().startsWith("seed.txt: "), e.getMessage());
  }

  @Test
  void aDocumentLevelDiagnosticHasNoPosition() {
    Diagnostic none = PARSER.parse("你好\n").diagnostics().stream()
        .filter(x -> x.kind() == Diagnostic.Kind.NO_MEASURES).findFirst().orElseThrow();
    assertTrue(none.line().isEmpty() && none.column().isEmpty());
    assertTrue(none.toString().startsWith("NO_MEASURES: "), none.toString());
  }
}
