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
package dev.mandate.parser.formats;

import dev.mandate.parser.MandateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A made-up format for the tests, found by {@link java.util.ServiceLoader} from the test class path: bytes that start
 * {@code FAKEFMT}, then lines {@code P text} (a paragraph) or {@code R a|b} (a table row, {@code *…*} marks bold).
 * {@code FAIL} and {@code BUG} lines fail the read as a damaged file and as a reader's bug.
 */
public final class FakeFormat implements FormatReader {

  @Override
  public String name() {
    return "Fake";
  }

  @Override
  public boolean recognizes(byte[] head) {
    return new String(head, StandardCharsets.ISO_8859_1).startsWith("FAKEFMT");
  }

  @Override
  public void read(byte[] input, ReadLimits limits, DocumentSink sink) throws IOException {
    String[] lines = new String(input, StandardCharsets.UTF_8).split("\n");
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i];
      if (l.equals("FAIL")) {
        throw new IOException("the file is damaged at line " + (i + 1));
      }
      if (l.equals("BUG")) {
        throw new IllegalStateException("a bug in the reader");
      }
      if (l.equals("LOCKED")) {
        throw new MandateException(MandateException.Kind.UNREADABLE, "is encrypted");
      }
      if (l.startsWith("P ")) {
        sink.paragraph(l.substring(2));
      } else if (l.startsWith("R ")) {
        List<SourceCell> cells = new ArrayList<>();
        for (String c : l.substring(2).split("\\|", -1)) {
          StringBuilder text = new StringBuilder();
          BitSet bold = new BitSet();
          boolean in = false;
          for (char ch : c.toCharArray()) {
            if (ch == '*') {
              in = !in;
              continue;
            }
            bold.set(text.length(), in);
            text.append(ch);
          }
          cells.add(SourceCell.of(text.toString(), bold));
        }
        sink.row(cells);
      }
    }
  }
}
