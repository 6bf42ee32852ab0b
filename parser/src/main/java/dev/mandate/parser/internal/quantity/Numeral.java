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
package dev.mandate.parser.internal.quantity;

import java.math.BigDecimal;

/** A number as the grammar read it, with what the target rules need to know about how it was written. */
public final class Numeral {
  final int start;
  final int end;
  final BigDecimal value;
  /** The product of the multipliers written after Arabic digits (4.8万 → 10000), 1 if none. */
  final BigDecimal multiplier;
  final boolean approximate;
  final boolean percent;
  /** Written in Chinese numerals (or starting with them). */
  final boolean chinese;
  /** Starts with a multiplier and no digit: 万, 千 (a number only after 近, 约, 逾). */
  final boolean bare;
  /** For Arabic digits: where the digits end and multipliers (if any) begin; else {@link #end}. */
  int digitsEnd;
  /** For Arabic digits: their value before multipliers. */
  BigDecimal digitsValue;

  Numeral(int start, int end, BigDecimal value, BigDecimal multiplier, boolean approximate, boolean percent,
      boolean chinese, boolean bare) {
    this.start = start;
    this.end = end;
    this.value = value;
    this.multiplier = multiplier;
    this.approximate = approximate;
    this.percent = percent;
    this.chinese = chinese;
    this.bare = bare;
    this.digitsEnd = end;
    this.digitsValue = value;
  }

  /** Just one Chinese digit char ({@code 一}, {@code 两}, {@code 三}): often part of a name, not a count. */
  boolean singleChineseDigit() {
    return chinese && end - start == 1 && !bare;
  }

  /** This number as the SPI shows it to extractors. */
  public dev.mandate.parser.targets.NumberMatch toMatch() {
    return new dev.mandate.parser.targets.NumberMatch(start, end, value, approximate, percent);
  }

  @Override
  public String toString() {
    return value.toPlainString() + "@[" + start + "," + end + ")";
  }
}
