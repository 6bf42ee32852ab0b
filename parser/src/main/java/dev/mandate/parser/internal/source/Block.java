package dev.mandate.parser.internal.source;

/** A unit of the source as the layout stage reads it: a {@link Line} of text or a table {@link Row}. */
public interface Block {
  /** The 1-based line in the input where the block starts (for HTML the source line, for Word the paragraph). */
  int number();
}
