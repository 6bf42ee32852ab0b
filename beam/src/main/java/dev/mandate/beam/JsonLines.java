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

import dev.mandate.json.MandateJson;
import dev.mandate.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A document's {@code mandate/1} JSON on one line: {@link MandateJson#writeLine}'s output (the line the CLI's
 * {@code --format jsonl} writes) without its line break, since Beam's text sinks add their own.
 */
final class JsonLines {

  private JsonLines() {}

  /** The document's JSON as one line, without a line break at its end. */
  static String of(Document document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try {
      MandateJson.writeLine(document, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    String line = bytes.toString(StandardCharsets.UTF_8);
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }
}
