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
package dev.mandate.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The parser's test resources (the founding document, the dev set and their gold), read from its test jar. The
 * parser's own {@code Resources} cannot be named here: its package is the parser module's, which this module's tests
 * are compiled against.
 */
final class Fixtures {
  static final String SEED = "seeds/linyi-2021-livelihood.txt";
  static final String SEED_GOLD = "seeds/linyi-2021-livelihood.gold.json";
  static final String[] DEV = {"doc01", "doc02", "doc03", "doc07", "doc08", "doc11", "doc12", "doc14", "doc17",
      "doc19"};

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
