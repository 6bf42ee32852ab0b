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
package dev.mandate.parser.internal;

import com.google.common.collect.ImmutableList;
import dev.mandate.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one parse, up to a limit, then one LIMIT_REACHED. Not thread-safe: one per parse. */
public final class Diagnostics {
  private final int max;
  private final List<Diagnostic> list = new ArrayList<>();
  private boolean overflowed;
  private List<Call> recording;

  /** One call of {@link #add}, as made: replayed, it has the effect the call had. */
  public record Call(Diagnostic.Kind kind, String message, int line, int column) {}

  public Diagnostics(int max) {
    this.max = max;
  }

  /** An empty set of diagnostics with the same limit: for findings that count only if a reading is kept. */
  public Diagnostics scratch() {
    return new Diagnostics(max);
  }

  /** Adds a diagnostic; {@code line} and {@code column} 0 (or less) where the problem has no position. */
  public void add(Diagnostic.Kind kind, String message, int line, int column) {
    add(kind, message, line, column, null);
  }

  /** As {@link #add(Diagnostic.Kind, String, int, int)}, keeping the exception behind the problem. */
  public void add(Diagnostic.Kind kind, String message, int line, int column, Throwable cause) {
    if (recording != null) {
      recording.add(new Call(kind, message, line, column));
    }
    if (list.size() < max) {
      list.add(of(kind, message, line, column, cause));
    } else if (!overflowed) {
      overflowed = true;
      list.add(of(Diagnostic.Kind.LIMIT_REACHED, "more than " + max + " diagnostics; the rest were dropped", line,
          column, null));
    }
  }

  private static Diagnostic of(Diagnostic.Kind kind, String message, int line, int column, Throwable cause) {
    Diagnostic.Builder b = Diagnostic.builder();
    b.kind(kind).message(message).cause(java.util.Optional.ofNullable(cause));
    if (line > 0) {
      b.line(line);
      if (column > 0) {
        b.column(column);
      }
    }
    return b.build();
  }

  /** Starts recording the calls of {@link #add}, those past the limit included. */
  public void record() {
    recording = new ArrayList<>();
  }

  /** The calls since {@link #record}, and stops recording. */
  public List<Call> recorded() {
    List<Call> calls = recording;
    recording = null;
    return calls;
  }

  /** Makes the calls again, in order. */
  public void replay(List<Call> calls) {
    for (Call c : calls) {
      add(c.kind(), c.message(), c.line(), c.column());
    }
  }

  public ImmutableList<Diagnostic> build() {
    return ImmutableList.copyOf(list);
  }
}
