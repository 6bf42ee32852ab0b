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
package dev.mandate.ledger;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Deadlines grouped by the month they fall in, as the report charts them: {@code 6月底前} in 6月, {@code 2021年12月31日前}
 * in 2021年12月, {@code 年内} and {@code 年底前} in 年内; what names no month (长期坚持, 持续推进) under 其他 and a measure
 * with none under 未写明. Read with a scan, not a pattern, so no input can make it slow. Stateless.
 */
final class Deadlines {

  static final String WITHIN_YEAR = "年内";
  static final String OTHER = "其他";
  static final String NONE = "未写明";

  private static final String NUMERALS = "〇一二三四五六七八九十";

  private Deadlines() {}

  /** The month a deadline falls in, for grouping: a key that sorts by year, then month, then the buckets. */
  static Key of(Optional<String> deadline) {
    if (deadline.isEmpty() || deadline.get().isBlank()) {
      return new Key(3, 0, 0, NONE);
    }
    String d = deadline.get();
    int monthAt = d.indexOf('月');
    while (monthAt >= 0) {
      int[] month = numberBefore(d, monthAt);
      if (month != null && month[0] >= 1 && month[0] <= 12) {
        int year = 0;
        int yearAt = d.lastIndexOf('年', month[1] - 1);
        if (yearAt >= 0 && yearAt == month[1] - 1) {
          int[] y = numberBefore(d, yearAt);
          year = y != null && y[0] >= 1900 && y[0] <= 2200 ? y[0] : 0;
        }
        return new Key(year == 0 ? 1 : 0, year, month[0], (year == 0 ? "" : year + "年") + month[0] + "月");
      }
      monthAt = d.indexOf('月', monthAt + 1);
    }
    if (d.contains("年内") || d.contains("年底") || d.contains("年末") || d.contains("当年") || d.contains("全年")) {
      return new Key(2, 0, 0, WITHIN_YEAR);
    }
    return new Key(2, 0, 1, OTHER);
  }

  /** The number ending just before {@code end} (ASCII, full-width or Chinese numerals) and where it starts, or null. */
  private static int[] numberBefore(String s, int end) {
    int i = end;
    while (i > 0 && i > end - 4 && (digit(s.charAt(i - 1)) >= 0)) {
      i--;
    }
    if (i == end) {
      return null;
    }
    String n = s.substring(i, end);
    if (NUMERALS.indexOf(n.charAt(0)) >= 0) {
      // 十二, 六, 十: the Chinese numerals of a month
      int tens = n.indexOf('十');
      if (tens < 0) {
        return n.length() == 1 ? new int[] {NUMERALS.indexOf(n.charAt(0)), i} : null;
      }
      int t = tens == 0 ? 1 : NUMERALS.indexOf(n.charAt(0));
      int u = tens == n.length() - 1 ? 0 : NUMERALS.indexOf(n.charAt(n.length() - 1));
      return new int[] {t * 10 + u, i};
    }
    int v = 0;
    for (int k = 0; k < n.length(); k++) {
      int dg = digit(n.charAt(k));
      if (dg < 0 || dg > 9) {
        return null;
      }
      v = v * 10 + dg;
    }
    return new int[] {v, i};
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    int n = NUMERALS.indexOf(c);
    return n >= 0 ? 100 + n : -1; // a Chinese numeral: not a digit of an Arabic number, but part of one
  }

  /** Counts of measures per month key, in order. */
  static Map<Key, Integer> count(Iterable<Optional<String>> deadlines) {
    Map<Key, Integer> out = new TreeMap<>();
    for (Optional<String> d : deadlines) {
      out.merge(of(d), 1, Integer::sum);
    }
    return out;
  }

  /** A month or bucket: dated months first by year and month, then months of no year, then 年内, 其他, 未写明. */
  static final class Key implements Comparable<Key> {
    private static final Comparator<Key> ORDER = Comparator.<Key>comparingInt(k -> k.group)
        .thenComparingInt(k -> k.year).thenComparingInt(k -> k.month);
    final int group;
    final int year;
    final int month;
    final String label;

    Key(int group, int year, int month, String label) {
      this.group = group;
      this.year = year;
      this.month = month;
      this.label = label;
    }

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && compareTo((Key) o) == 0;
    }

    @Override
    public int hashCode() {
      return (group * 31 + year) * 31 + month;
    }

    @Override
    public String toString() {
      return label;
    }
  }
}
