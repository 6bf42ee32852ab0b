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

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Target;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that ever broke the parser lives in {@code regressions/} and is replayed forever: it must parse (or
 * fail with the library's own typed exception), and every target must slice back to its text.
 */
class RegressionsTest {

  static Stream<Path> inputs() throws IOException, URISyntaxException {
    Path dir = Path.of(RegressionsTest.class.getResource("/regressions").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
          .collect(Collectors.toList());
      assertFalse(files.isEmpty());
      return files.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void replays(Path input) {
    try {
      Document d = MandateParser.builder().build().parse(input);
      for (Measure m : d.measures()) {
        for (Target t : m.targets()) {
          assertEquals(t.text(), t.span().slice(m.text()));
        }
      }
    } catch (MandateException e) {
      // allowed
    }
  }
}
