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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A document's {@code mandate/1} JSON on one line: {@link MandateJson}'s output, token for token, without the
 * whitespace it lays it out with. Whitespace inside strings is kept (the writer escapes line breaks in them, so none
 * is a raw line break); {@link MandateJson#read} reads the line back as it reads the laid-out text.
 */
final class JsonLines {

  private JsonLines() {}

  /** The document's JSON as one line, without a line break at its end. */
  static String of(Document document) {
    StringBuilder line = new StringBuilder(1024);
    try (Writer w = new Compacting(line)) {
      MandateJson.write(document, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return line.toString();
  }

  /** {@code json} without the whitespace between its tokens. */
  static String compact(String json) {
    StringBuilder line = new StringBuilder(json.length());
    try (Writer w = new Compacting(line)) {
      w.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  /** Passes JSON text on, dropping whitespace outside strings; the document is written once, never held twice. */
  private static final class Compacting extends Writer {
    private final StringBuilder out;
    private boolean inString;
    private boolean escaped;

    Compacting(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        accept(buf[i]);
      }
    }

    @Override
    public void write(String s, int off, int len) {
      for (int i = off; i < off + len; i++) {
        accept(s.charAt(i));
      }
    }

    @Override
    public void write(int c) {
      accept((char) c);
    }

    private void accept(char c) {
      if (inString) {
        out.append(c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        out.append(c);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
