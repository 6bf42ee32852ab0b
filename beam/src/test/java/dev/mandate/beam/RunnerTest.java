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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * ParseFolder on the runner a profile brings gives what it gives on the DirectRunner, and what the library gives.
 * {@code mvn -Pflink} sets {@value #RUNNER} to {@code FlinkRunner}, {@code -Pspark} to {@code SparkRunner} (beam's
 * pom.xml); without a profile, as in CI, the property is unset, no runner but the DirectRunner is on the class path,
 * and the test is skipped.
 */
@EnabledIfSystemProperty(named = RunnerTest.RUNNER, matches = ".+")
class RunnerTest {

  /** The system property that names the runner. */
  static final String RUNNER = "mandate.beam.runner";

  /** What one run of ParseFolder gave: its exit status, what it printed, and its outputs' lines, sorted. */
  private record Run(int status, String summary, String errors, List<String> documents, List<String> failures) {}

  private static Run run(Path in, Path out, String runner) throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    String[] args = {"--runner=" + runner, "--input=" + in, "--output=" + out.resolve("docs")};
    int status = ParseFolder.execute(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    return new Run(status, stdout.toString(StandardCharsets.UTF_8).strip(), stderr.toString(StandardCharsets.UTF_8),
        sorted(Fixtures.lines(out, "docs-[0-9]*.jsonl")), sorted(Fixtures.lines(out, "docs-failures-*.jsonl")));
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    Collections.sort(copy);
    return copy;
  }

  @Test
  void theDevSetAndAFailureComeOutAsOnTheDirectRunner(@TempDir Path tmp) throws IOException {
    String runner = System.getProperty(RUNNER);
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<Path> docs = new ArrayList<>();
    for (Path doc : Fixtures.devDocs()) {
      docs.add(Files.copy(doc, in.resolve(doc.getFileName())));
    }
    Path pdf = Files.write(in.resolve("scan.pdf"), "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));

    Run direct = run(in, tmp.resolve("direct"), "DirectRunner");
    Run other = run(in, tmp.resolve(runner), runner);

    assertEquals(0, other.status(), other.errors());
    assertEquals(direct.documents(), other.documents());
    assertEquals(direct.failures(), other.failures());
    assertEquals(direct.summary().replace(tmp.resolve("direct").toString(), tmp.resolve(runner).toString()),
        other.summary());
    // each document once, the library's JSON of its file; the PDF among the failures
    assertEquals(docs.stream().map(f -> JsonLines.of(Fixtures.library(f))).sorted().collect(Collectors.toList()),
        other.documents());
    assertEquals(1, other.failures().size(), other.failures().toString());
    assertTrue(other.failures().get(0).contains(Fixtures.source(pdf)) && other.failures().get(0).contains("NOT_TEXT"),
        other.failures().get(0));
    assertTrue(other.summary().startsWith("mandate-beam: " + docs.size() + " documents parsed ("), other.summary());
    assertTrue(other.summary().contains(", 1 failed; "), other.summary());
  }
}
