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

import dev.mandate.parser.internal.text.Fold;
import java.util.Optional;

/**
 * Finds the first deadline phrase in a measure's text: {@code 2021年12月31日前}, {@code 2021年底前}, {@code 6月底前},
 * {@code 年底前}, {@code 年内}. One left-to-right scan; the phrase is returned as written.
 */
public final class Deadlines {
  private Deadlines() {}

  public static Optional<String> first(String text) {
    return first(text, Fold.fold(text));
  }

  /** As {@link #first(String)}, with the text already folded. */
  public static Optional<String> first(String text, String f) {
    int n = f.length();
    for (int i = 0; i < n; i++) {
      char c = f.charAt(i);
      int end = -1;
      // every phrase but a date starts with 年, 上 or 下: other chars need no further look
      if (NumeralGrammar.isAsciiDigit(c) && (i == 0 || !NumeralGrammar.isAsciiDigit(f.charAt(i - 1)))) {
        end = dated(f, i);
      } else if (c == '年') {
        if (f.startsWith("年底前", i) && !precededByNumber(f, i)) {
          end = i + 3;
        } else if (f.startsWith("年内", i) && !precededByNumber(f, i)) {
          end = i + 2;
        } else if (f.startsWith("年底", i) && !precededByNumber(f, i) && !f.startsWith("年底前", i)) {
          end = i + 2;
        }
      } else if ((c == '上' || c == '下') && f.startsWith("半年", i + 1)) {
        end = i + 3;
      }
      if (end > 0) {
        return Optional.of(text.substring(i, end));
      }
    }
    return Optional.empty();
  }

  private static boolean precededByNumber(String f, int i) {
    i = i > 1 && f.charAt(i - 1) == ' ' ? i - 1 : i; // 2023 年底: digits spaced off the Han after them
    return i > 0 && (NumeralGrammar.isAsciiDigit(f.charAt(i - 1)) || NumeralGrammar.digitValue(f.charAt(i - 1)) >= 0
        || f.charAt(i - 1) == '十');
  }

  /** 底前 or 底 right after 年 or 月 at j ends the deadline: its end, or -1. */
  private static int endOfPeriod(String f, int j) {
    return f.startsWith("底", j) ? afterBefore(f, j + 1) : -1;
  }

  /** Past a 前 or 以前 at {@code at} (底前, 底以前, 31日以前): the deadline's word for before; {@code at} if none. */
  private static int afterBefore(String f, int at) {
    return f.startsWith("前", at) ? at + 1 : f.startsWith("以前", at) ? at + 2 : at;
  }

  /** 2021年12月31日前, 2021年底前, 2023 年底前, 2021年6月底, 6月底前, 6月前, 12月31日前, 6月下旬: the end, or -1. */
  private static int dated(String f, int i) {
    int n = f.length();
    int j = digits(f, i);
    int count = j - i;
    j = pastSpace(f, j);
    boolean year = false;
    if (count == 4 && j < n && f.charAt(j) == '年') {
      year = true;
      j++;
      int period = endOfPeriod(f, j);
      if (period > 0) {
        return period;
      }
      j = pastSpace(f, j);
      int k = digits(f, j);
      if (k == j) {
        return -1; // 2021年 alone is a year, not a deadline
      }
      count = k - j;
      j = pastSpace(f, k);
    }
    if (count > 2 && !year || j >= n || f.charAt(j) != '月') {
      return -1;
    }
    j++;
    int period = endOfPeriod(f, j);
    if (period > 0) {
      return period;
    }
    // 6月下旬, 12月中旬前: a third of the month
    if (j + 1 < n && "上中下".indexOf(f.charAt(j)) >= 0 && f.charAt(j + 1) == '旬') {
      return afterBefore(f, j + 2);
    }
    int from = pastSpace(f, j);
    int k = digits(f, from);
    int day = pastSpace(f, k);
    if (k > from && day < n && f.charAt(day) == '日') {
      return afterBefore(f, day + 1);
    }
    if (afterBefore(f, j) > j) {
      return afterBefore(f, j);
    }
    return year ? j : -1;
  }

  /** Past one space at {@code j} ({@code 2023 年}, {@code 年 12 月}: digits spaced off the Han around them). */
  private static int pastSpace(String f, int j) {
    return j < f.length() && f.charAt(j) == ' ' ? j + 1 : j;
  }

  private static int digits(String f, int i) {
    int j = i;
    while (j < f.length() && j - i < 4 && NumeralGrammar.isAsciiDigit(f.charAt(j))) {
      j++;
    }
    return j;
  }
}
