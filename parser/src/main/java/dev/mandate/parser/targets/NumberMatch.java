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
package dev.mandate.parser.targets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read from text: where it is and its value with multipliers applied ({@code 4.8万} → 48000). Immutable
 * and thread-safe.
 */
public final class NumberMatch {
  private final int start;
  private final int end;
  private final BigDecimal value;
  private final boolean approximate;
  private final boolean percent;

  /**
   * @param start first offset, inclusive
   * @param end last offset, exclusive
   * @param value the value
   * @param approximate whether 多 or 余 followed the number ({@code 200多亿}, {@code 1万余})
   * @param percent whether it was written {@code 百分之…}
   */
  public NumberMatch(int start, int end, BigDecimal value, boolean approximate, boolean percent) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("need 0 <= start < end, got [" + start + ", " + end + ")");
    }
    this.start = start;
    this.end = end;
    this.value = Objects.requireNonNull(value, "value");
    this.approximate = approximate;
    this.percent = percent;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public BigDecimal value() {
    return value;
  }

  /** Whether 多 or 余 followed the number. */
  public boolean approximate() {
    return approximate;
  }

  /** Whether the number was written {@code 百分之…} (its unit is then {@code %}). */
  public boolean percent() {
    return percent;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NumberMatch)) {
      return false;
    }
    NumberMatch m = (NumberMatch) o;
    return start == m.start && end == m.end && value.compareTo(m.value) == 0 && approximate == m.approximate
        && percent == m.percent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, value.stripTrailingZeros(), approximate, percent);
  }

  @Override
  public String toString() {
    return value.toPlainString() + "@[" + start + ", " + end + ")";
  }
}
