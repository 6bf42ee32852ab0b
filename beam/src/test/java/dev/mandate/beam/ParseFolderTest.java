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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command README gives: a folder in, JSON Lines and failures out, on the DirectRunner. */
class ParseFolderTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ParseFolder.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aFolderGivesOneLinePerDocumentAndItsFailuresAsideWithStatusZero(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Path doc01 = Files.copy(Fixtures.devFolder().resolve("doc01.txt"), tmp.resolve("in/doc01.txt"));
    Path doc02 = Files.copy(Fixtures.devFolder().resolve("doc02.txt"), in.resolve("doc02.txt"));
    Path pdf = Files.write(in.resolve("scan.pdf"), "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
    Path outDir = tmp.resolve("out");

    int status = run("--input=" + tmp.resolve("in"), "--output=" + outDir.resolve("docs"), "--shards=1");

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    // the folder is read to any depth; each line the library's JSON of one file, named by its path
    assertEquals(List.of(JsonLines.of(Fixtures.library(doc01)), JsonLines.of(Fixtures.library(doc02))).stream()
        .sorted().collect(Collectors.toList()), Fixtures.lines(outDir, "docs-[0-9]*.jsonl").stream().sorted()
        .collect(Collectors.toList()));
    List<String> failures = Fixtures.lines(outDir, "docs-failures-*.jsonl");
    assertEquals(1, failures.size(), failures.toString());
    Map<String, String> failure = fields(failures.get(0));
    assertEquals(Fixtures.source(pdf), failure.get("file"));
    assertEquals("NOT_TEXT", failure.get("kind"));
    assertTrue(failure.get("message").contains("PDF"), failure.get("message"));
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.startsWith("mandate-beam: 2 documents parsed ("), summary);
    assertTrue(summary.contains(", 1 failed; "), summary);
  }

  @Test
  void optionsItCannotUseAreStatusTwoWithAMessage(@TempDir Path tmp) {
    assertEquals(2, run("--output=" + tmp.resolve("docs")));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("mandate-beam: "), err.toString(StandardCharsets.UTF_8));
    assertEquals(2, run("--input=x", "--output=y", "--maxInput=many"));
  }

  @Test
  void aFolderStandsForEveryFileUnderIt(@TempDir Path tmp) {
    assertEquals(tmp + "/**", ParseFolder.filepattern(tmp.toString()));
    assertEquals("gs://bucket/docs/**", ParseFolder.filepattern("gs://bucket/docs/"));
    assertEquals("seeds/*.txt", ParseFolder.filepattern("seeds/*.txt"));
    assertEquals(tmp.resolve("none.txt").toString(), ParseFolder.filepattern(tmp.resolve("none.txt").toString()));
  }

  private static Map<String, String> fields(String json) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        fields.put(name, p.getText());
      }
    }
    return fields;
  }
}
