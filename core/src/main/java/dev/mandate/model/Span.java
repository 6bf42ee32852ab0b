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
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a measure's {@link Measure#text() text}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Span {

  /** First offset, inclusive. */
  @Value.Parameter
  public abstract int start();

  /** Last offset, exclusive. */
  @Value.Parameter
  public abstract int end();

  /** The number of characters covered. */
  public final int length() {
    return end() - start();
  }

  /** The span {@code [start, end)}; throws {@link IllegalArgumentException} unless {@code 0 <= start <= end}. */
  public static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  /** The part of {@code text} this span covers. */
  public final String slice(CharSequence text) {
    return text.subSequence(start(), end()).toString();
  }

  @Value.Check
  protected void check() {
    Preconditions.checkArgument(
        start() >= 0 && start() <= end(), "span must satisfy 0 <= start <= end, got [%s, %s)", start(), end());
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
