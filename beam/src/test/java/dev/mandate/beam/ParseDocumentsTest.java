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
package dev.mandate.beam;

import static dev.mandate.beam.Fixtures.devDocs;
import static dev.mandate.beam.Fixtures.library;
import static dev.mandate.beam.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.json.MandateJson;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.targets.TargetContext;
import dev.mandate.parser.targets.TargetExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseDocumentsTest {

  private static PCollectionTuple parse(TestPipeline p, String glob, ParseDocuments transform) {
    return p.apply(FileIO.match().filepattern(glob)).apply(FileIO.readMatches()).apply(transform);
  }

  private static List<Row> rows(List<Document> docs, java.util.function.Function<Document, List<Row>> of) {
    return docs.stream().flatMap(d -> of.apply(d).stream()).collect(Collectors.toList());
  }

  @Test
  void theDevSetGivesTheLibrarysJsonAndRows() {
    List<Path> files = devDocs();
    assertEquals(10, files.size(), "the dev set's documents: " + files);
    List<Document> expected = files.stream().map(Fixtures::library).collect(Collectors.toList());
    // what the assertions below take along must be serializable: a Path is not
    Map<String, String> bySource = new HashMap<>();
    files.forEach(f -> bySource.put(source(f), f.toString()));

    TestPipeline p = Fixtures.pipeline();
    PCollectionTuple out = parse(p, Fixtures.devFolder() + "/doc*.txt", ParseDocuments.create());

    PAssert.that(out.get(ParseDocuments.JSON))
        .containsInAnyOrder(expected.stream().map(JsonLines::of).collect(Collectors.toList()));
    // and, not through this module's code: each line read back is the document the library gives, JSON for JSON,
    // and the same measures as the library's parse(Path) (which names the source by file name alone)
    PAssert.that(out.get(ParseDocuments.JSON)).satisfies(lines -> {
      int n = 0;
      for (String line : lines) {
        assertFalse(line.contains("\n"), "one line");
        Document read = MandateJson.fromJson(line);
        Path file = Path.of(bySource.get(read.source().orElseThrow()));
        assertEquals(MandateJson.toJson(library(file)), MandateJson.toJson(read), file.toString());
        assertEquals(Fixtures.LIBRARY.parse(file).measures(), read.measures(), file.toString());
        n++;
      }
      assertEquals(10, n);
      return null;
    });
    PAssert.that(out.get(ParseDocuments.MEASURES)).containsInAnyOrder(rows(expected, MandateRows::measures));
    PAssert.that(out.get(ParseDocuments.RESPONSIBILITIES))
        .containsInAnyOrder(rows(expected, MandateRows::responsibilities));
    PAssert.that(out.get(ParseDocuments.TARGETS)).containsInAnyOrder(rows(expected, MandateRows::targets));
    PAssert.that(out.get(ParseDocuments.FAILURES)).empty();
    p.run().waitUntilFinish();
  }

  @Test
  void aFileThatFailsGoesToTheFailuresAndTheOthersAreParsed(@TempDir Path dir) throws IOException {
    Path doc01 = Files.copy(Fixtures.devFolder().resolve("doc01.txt"), dir.resolve("doc01.txt"));
    Path doc02 = Files.copy(Fixtures.devFolder().resolve("doc02.txt"), dir.resolve("doc02.txt"));
    // compressed files are read as FileIO.readMatches() says: decompressed, named as they are
    Path doc03 = dir.resolve("doc03.txt.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(doc03))) {
      Files.copy(Fixtures.devFolder().resolve("doc03.txt"), gz);
    }
    byte[] noise = new byte[4096];
    new Random(16).nextBytes(noise);
    Path binary = Files.write(dir.resolve("noise.bin"), noise);
    // a PDF's magic number, with what looks like text after it: told apart by content, not by its name
    Path pdf = Files.write(dir.resolve("report.txt"),
        "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    // a ZIP's local header and nothing a ZIP needs after it
    Path broken = Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});

    String noiseSource = source(binary);
    String pdfSource = source(pdf);
    String brokenSource = source(broken);
    String doc03Source = source(doc03);
    int measures = library(doc01).measures().size() + library(doc02).measures().size();

    TestPipeline p = Fixtures.pipeline();
    PCollectionTuple out = parse(p, dir + "/*", ParseDocuments.create());

    String doc03Line;
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(doc03))) {
      doc03Line = JsonLines.of(Fixtures.LIBRARY.parse(in, source(doc03)));
    }
    PAssert.that(out.get(ParseDocuments.JSON))
        .containsInAnyOrder(JsonLines.of(library(doc01)), JsonLines.of(library(doc02)), doc03Line);
    PAssert.that(out.get(ParseDocuments.FAILURES)).satisfies(rows -> {
      Map<String, Row> byFile = new HashMap<>();
      rows.forEach(r -> byFile.put(r.getString("file"), r));
      assertEquals(3, byFile.size(), byFile.toString());
      Row pdfRow = byFile.get(pdfSource);
      assertEquals(MandateException.Kind.NOT_TEXT.name(), pdfRow.getString("kind"));
      assertTrue(pdfRow.getString("message").contains("PDF"), pdfRow.getString("message"));
      Row noiseRow = byFile.get(noiseSource);
      assertEquals(MandateException.Kind.NOT_TEXT.name(), noiseRow.getString("kind"));
      assertTrue(noiseRow.getString("message").startsWith(noiseSource + ": "), noiseRow.getString("message"));
      Row brokenRow = byFile.get(brokenSource);
      assertEquals(MandateException.Kind.UNREADABLE.name(), brokenRow.getString("kind"));
      assertTrue(brokenRow.getString("message").startsWith(brokenSource + ": "), brokenRow.getString("message"));
      return null;
    });
    // a failed file gives no rows: the measures are those of the three documents
    PAssert.that(out.get(ParseDocuments.MEASURES)).satisfies(rows -> {
      List<String> sources = new ArrayList<>();
      rows.forEach(r -> sources.add(r.getString("source")));
      assertEquals(measures, sources.stream().filter(s -> !s.equals(doc03Source)).count());
      assertTrue(sources.contains(doc03Source));
      assertFalse(sources.contains(noiseSource) || sources.contains(brokenSource) || sources.contains(pdfSource));
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnreadAndTheSettingsReachTheWorkers() throws IOException {
    List<Path> files = devDocs();
    List<Long> sizes = new ArrayList<>();
    for (Path f : files) {
      sizes.add(Files.size(f));
    }
    // the dev set's fragments are all about 2 KB: the largest are refused, the others parsed
    int limit = (int) (long) sizes.stream().max(Long::compare).orElseThrow() - 1;
    List<String> parsed = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (sizes.get(i) > limit) {
        refused.add(source(files.get(i)));
      } else {
        parsed.add(JsonLines.of(library(files.get(i))));
      }
    }
    assertFalse(parsed.isEmpty() || refused.isEmpty());
    CountingExtractor.CALLS.set(0);

    TestPipeline p = Fixtures.pipeline();
    PCollectionTuple out = parse(p, Fixtures.devFolder() + "/doc*.txt",
        ParseDocuments.create().withMaxInput(limit).withExtractor(CountingExtractor.class));

    PAssert.that(out.get(ParseDocuments.JSON)).containsInAnyOrder(parsed);
    PAssert.that(out.get(ParseDocuments.FAILURES)).satisfies(rows -> {
      List<String> got = new ArrayList<>();
      for (Row r : rows) {
        assertEquals("TOO_LARGE", r.getString("kind"));
        assertTrue(r.getString("message").contains("more than the limit of " + limit), r.getString("message"));
        got.add(r.getString("file"));
      }
      assertEquals(refused.stream().sorted().collect(Collectors.toList()),
          got.stream().sorted().collect(Collectors.toList()));
      return null;
    });
    p.run().waitUntilFinish();
    // the DirectRunner works in this JVM: the workers' parsers ran the extractor given by class
    assertTrue(CountingExtractor.CALLS.get() > 0);
  }

  @Test
  void settingsTheParserRefusesAreRefusedWhenThePipelineIsBuilt() {
    assertThrows(IllegalArgumentException.class, () -> ParseDocuments.create().withMaxInput(0));
    assertThrows(IllegalArgumentException.class, () -> ParseDocuments.create().withMaxTableCells(-1));
    assertThrows(IllegalArgumentException.class, () -> ParseDocuments.create().withUnitsOfMeasure(" "));
    assertThrows(IllegalArgumentException.class, () -> ParseDocuments.create().withExtractor(NoDefault.class));
    assertThrows(IllegalArgumentException.class, () -> ParseDocuments.create().withExtractor(Throwing.class));
  }

  @Test
  void settingsTravelAndBuildTheSameParser() throws IOException {
    ParserSettings settings = new ParserSettings().maxInput(1 << 20).unitsOfMeasure("篇").maxDiagnostics(5);
    ParserSettings copy = SerializableUtils.clone(settings);
    Path doc = Fixtures.devFolder().resolve("doc07.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Files.copy(doc, bytes);
    String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(MandateJson.toJson(settings.build().parse(text, "x")), MandateJson.toJson(copy.build().parse(text,
        "x")));
    assertEquals(1 << 20, copy.maxInput());
  }

  /** Counts its calls; finds nothing. */
  public static final class CountingExtractor implements TargetExtractor {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public List<dev.mandate.model.Target> extract(TargetContext context) {
      CALLS.incrementAndGet();
      return List.of();
    }
  }

  /** Has no constructor without arguments. */
  public static final class NoDefault implements TargetExtractor {
    public NoDefault(String unused) {}

    @Override
    public List<dev.mandate.model.Target> extract(TargetContext context) {
      return List.of();
    }
  }

  /** Fails to construct. */
  public static final class Throwing implements TargetExtractor {
    public Throwing() {
      throw new IllegalStateException("no");
    }

    @Override
    public List<dev.mandate.model.Target> extract(TargetContext context) {
      return List.of();
    }
  }
}
