package dev.mandate.parser.internal.source;

/** A reader passed a configured limit; the parser turns this into a TOO_LARGE {@code MandateException}. */
public final class LimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LimitExceeded(String message) {
    super(message, null, false, false);
  }
}
