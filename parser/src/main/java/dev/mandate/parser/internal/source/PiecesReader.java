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
package dev.mandate.parser.internal.source;

import java.io.Reader;
import java.util.List;
import java.util.Objects;

/**
 * The pieces of a decoded text (see {@link Decoded#pieces()}) read as one text, without joining them first. Each
 * piece is let go (its slot in the list set to null) once read, so that a large page is not held twice over, as text
 * and as the tree built from it: the list must be one nothing else reads.
 */
final class PiecesReader extends Reader {
  private final List<String> pieces;
  private int piece;
  private int at;

  PiecesReader(List<String> pieces) {
    this.pieces = pieces;
  }

  @Override
  public int read(char[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    while (piece < pieces.size()) {
      String p = pieces.get(piece);
      if (at < p.length()) {
        int n = Math.min(len, p.length() - at);
        p.getChars(at, at + n, buf, off);
        at += n;
        return n;
      }
      pieces.set(piece++, null);
      at = 0;
    }
    return -1;
  }

  @Override
  public void close() {
    // nothing to release: read pieces are let go as the reader moves past them
  }
}
