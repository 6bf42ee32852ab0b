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

import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.TestPipeline;

/** What the tests share: the dev set's files, the library's reading of a file, a pipeline to test on. */
final class Fixtures {

  /** The library as a user builds it, to hold the pipeline's output to. */
  static final MandateParser LIBRARY = MandateParser.builder().build();

  private Fixtures() {}

  /** A pipeline on the DirectRunner that a JUnit 5 test runs itself (TestPipeline's rule is JUnit 4's). */
  static TestPipeline pipeline() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(true);
  }

  /** The folder of the dev set's documents (copied from the parser's test resources). */
  static Path devFolder() {
    return resource("dev/doc01.txt").getParent();
  }

  /** The dev set's ten documents, by name. */
  static List<Path> devDocs() {
    try (Stream<Path> files = Files.list(devFolder())) {
      return files.filter(f -> f.getFileName().toString().matches("doc\\d+\\.txt")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A local file's path as Beam's file system matches it, which the pipeline records as the document's source. */
  static String source(Path file) {
    return file.toAbsolutePath().toString();
  }

  /** The lines of the files in {@code dir} whose names match {@code glob}, file after file by name. */
  static List<String> lines(Path dir, String glob) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName()))
          .sorted().collect(Collectors.toList())) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** The library's reading of the file's bytes, its source named as the pipeline names it. */
  static Document library(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return LIBRARY.parse(in, source(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
