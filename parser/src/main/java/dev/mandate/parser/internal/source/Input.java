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

import java.util.List;

/**
 * What the source stage hands on: either text, in pieces that each end after a line break but the last (the layout
 * stage makes lines of it), or blocks read from a structured source (HTML, Word, Excel, a format reader).
 */
public final class Input {
  private final List<String> pieces;
  private final List<Block> blocks;
  private final boolean malformed;

  private Input(List<String> pieces, List<Block> blocks, boolean malformed) {
    this.pieces = pieces;
    this.blocks = blocks;
    this.malformed = malformed;
  }

  static Input text(List<String> pieces, boolean malformed) {
    return new Input(pieces, null, malformed);
  }

  static Input blocks(List<Block> blocks, boolean malformed) {
    return new Input(null, blocks, malformed);
  }

  /** Whether this is text, to be made into lines; else {@link #blocks()}. */
  public boolean isText() {
    return pieces != null;
  }

  /** The text's pieces, a list the reader may empty as it goes. */
  public List<String> pieces() {
    return pieces;
  }

  /** The blocks of a structured source. */
  public List<Block> blocks() {
    return blocks;
  }

  /** Whether bytes that could not be decoded were replaced with U+FFFD. */
  public boolean malformed() {
    return malformed;
  }
}
