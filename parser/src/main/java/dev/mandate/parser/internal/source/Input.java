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
