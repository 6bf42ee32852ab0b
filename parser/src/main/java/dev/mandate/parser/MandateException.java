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
package dev.mandate.parser;

import java.util.Objects;

/**
 * Thrown when nothing usable can be produced from an input: it is too large, unreadable, not text at all, or (for
 * the JSON reader) not mandate/1 JSON. Odd but survivable input never throws; it yields a document with
 * {@link dev.mandate.model.Document#diagnostics() diagnostics}. The message names the input and what was expected.
 */
public final class MandateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which kind of failure this is. */
  public enum Kind {
    /** The input is larger than the parser's configured limit. */
    TOO_LARGE,
    /** The input could not be read (missing file, directory, I/O error). */
    UNREADABLE,
    /** The input is not text (binary content). */
    NOT_TEXT,
    /** The input is not mandate/1 JSON (JSON reader only). */
    INVALID_JSON
  }

  private final Kind kind;

  public MandateException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public MandateException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }
}
