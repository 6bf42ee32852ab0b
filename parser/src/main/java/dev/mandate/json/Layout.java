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
package dev.mandate.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.Arrays;

/**
 * Lays out {@code mandate/1} JSON the way a person would write it by hand: the document and each measure one field
 * per line, and the small things inside a measure (a responsibility, a target, a span, a list of section headings)
 * each on one line. Which values are written on one line is said by {@link MandateJson} through {@link #oneLine()}
 * before it starts them; everything inside such a value stays on that line.
 *
 * <p>Why not Jackson's default printer: it puts every array element on a line of its own (a span took four lines),
 * which made the output 40 % whitespace (69 MB for a 20 MB input, 50 MB now) and slow to read. One printer per
 * written document (it keeps the nesting), so not shared.
 */
final class Layout implements PrettyPrinter {

  private static final int INDENT = 2;
  private static final char[] SPACES = new char[64];

  static {
    Arrays.fill(SPACES, ' ');
  }

  /** Per open object or array: whether it is written on one line. */
  private boolean[] inline = new boolean[8];
  private int depth;
  private boolean nextInline;

  /** The next object or array is written on one line, with everything inside it. */
  void oneLine() {
    nextInline = true;
  }

  private void open(JsonGenerator g, char c) throws IOException {
    boolean one = nextInline || (depth > 0 && inline[depth - 1]);
    nextInline = false;
    if (depth == inline.length) {
      inline = Arrays.copyOf(inline, depth * 2);
    }
    inline[depth++] = one;
    g.writeRaw(c);
  }

  private void close(JsonGenerator g, char c, int entries) throws IOException {
    depth--;
    if (!inline[depth] && entries > 0) {
      newLine(g, depth);
    }
    g.writeRaw(c);
  }

  private void separate(JsonGenerator g) throws IOException {
    if (inline[depth - 1]) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      newLine(g, depth);
    }
  }

  private void first(JsonGenerator g) throws IOException {
    if (!inline[depth - 1]) {
      newLine(g, depth);
    }
  }

  private static void newLine(JsonGenerator g, int level) throws IOException {
    g.writeRaw('\n');
    int n = level * INDENT;
    while (n > 0) {
      int k = Math.min(n, SPACES.length);
      g.writeRaw(SPACES, 0, k);
      n -= k;
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    open(g, '{');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, '}', entries);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    open(g, '[');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    close(g, ']', values);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    first(g);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    first(g);
  }
}
