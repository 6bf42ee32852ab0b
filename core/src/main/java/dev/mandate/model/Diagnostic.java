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
package dev.mandate.model;

import com.google.common.base.Preconditions;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something odd but survivable the parser met, with where it met it. Immutable and thread-safe.
 *
 * <p>{@link #line()} and {@link #column()} are 1-based positions in the decoded text input, absent for a problem with
 * the whole input. For HTML, Word and Excel input, {@link #line()} is the paragraph or table row in reading order
 * (Excel: the sheet row) and {@link #column()} is 1. {@link #cause()} holds the exception behind an
 * {@link Kind#EXTRACTOR_FAILED}; it takes no part in equality.
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
    NO_MEASURES,
    /**
     * The input holds no table, labelled rows or numbered items with units: its measures were read from running
     * sentences that name their units ({@code 由X牵头}, {@code X负责…}), as in a news report or a meeting's minutes, and
     * may be less complete than those of a laid-out document.
     */
    READ_AS_PROSE
  }

  /** The kind. */
  public abstract Kind kind();

  /** A sentence a person can act on: what was found and what was expected. */
  public abstract String message();

  /** The 1-based line, where the problem has one. */
  public abstract OptionalInt line();

  /** The 1-based column (in UTF-16 units), where the problem has one. */
  public abstract OptionalInt column();

  /** The exception behind the problem (a user extractor's failure), where there was one. Not part of equality. */
  @Value.Auxiliary
  public abstract Optional<Throwable> cause();

  /** A diagnostic about the whole input, with no position. */
  public static Diagnostic of(Kind kind, String message) {
    return new Builder().kind(kind).message(message).build();
  }

  /** A diagnostic at a 1-based line and column. */
  public static Diagnostic at(Kind kind, String message, int line, int column) {
    return new Builder().kind(kind).message(message).line(line).column(column).build();
  }

  /** A builder, for a diagnostic with a cause. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnostic}; {@code build()} throws {@link IllegalArgumentException} on bad values. */
  public static class Builder extends ImmutableDiagnostic.Builder {}

  @Value.Check
  protected void check() {
    Preconditions.checkArgument(line().orElse(1) >= 1 && column().orElse(1) >= 1,
        "line and column are 1-based: %s:%s", line(), column());
    Preconditions.checkArgument(column().isEmpty() || line().isPresent(), "a column needs a line");
  }

  @Override
  public String toString() {
    String at = line().isPresent() ? line().getAsInt() + (column().isPresent() ? ":" + column().getAsInt() : "") + ": "
        : "";
    return at + kind() + ": " + message();
  }
}
