package dev.mandate.model;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * Something odd but survivable the parser met, with where it met it. Immutable and thread-safe.
 *
 * <p>{@link #line()} and {@link #column()} are 1-based positions in the decoded text input; 0 means the position is
 * not known (a problem with the whole input). For HTML, Word and Excel input, {@link #line()} is the paragraph or
 * table row in reading order (Excel: the sheet row) and {@link #column()} is 1.
 */
@Value.Immutable
public abstract class Diagnostic {

  /** What kind of oddity this is. */
  public enum Kind {
    /** A measure has no responsible unit. */
    MISSING_RESPONSIBILITY,
    /** A bracket opens without closing, or closes without opening. */
    UNBALANCED_BRACKET,
    /** A responsibility row or clause stands where no measure precedes it. */
    ORPHAN_RESPONSIBILITY,
    /** Bytes that could not be decoded were replaced with U+FFFD. */
    MALFORMED_INPUT,
    /** The document says bold marks the lead, but a row has no bold unit; the first listed unit was taken. */
    NO_MARKED_LEAD,
    /** A limit was reached and the rest of that kind of finding was dropped. */
    LIMIT_REACHED,
    /** A user extractor failed or returned a target that does not fit the text; those findings were dropped. */
    EXTRACTOR_FAILED,
    /** The input holds no measure the parser could recognise. */
    NO_MEASURES
  }

  /** The kind. */
  public abstract Kind kind();

  /** A sentence a person can act on: what was found and what was expected. */
  public abstract String message();

  /** 1-based line, 0 if unknown. */
  public abstract int line();

  /** 1-based column (in UTF-16 units), 0 if unknown. */
  public abstract int column();

  /** A diagnostic. */
  public static Diagnostic of(Kind kind, String message, int line, int column) {
    return ImmutableDiagnostic.builder().kind(kind).message(message).line(line).column(column).build();
  }

  @Value.Check
  protected void check() {
    Preconditions.checkArgument(line() >= 0 && column() >= 0, "line and column must be >= 0");
  }

  @Override
  public String toString() {
    return line() + ":" + column() + ": " + kind() + ": " + message();
  }
}
