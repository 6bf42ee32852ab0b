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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.mandate.parser.internal.text.Fold;
import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The numeral grammar reads every way a number is written back to its value. */
class NumeralGrammarProperties {

  private static final String DIGITS = "零一二三四五六七八九";

  /** n in Chinese numerals; {@code liang} writes 两 for a 2 before 千, 百, 万, 亿 as people often do. */
  static String chinese(long n, boolean liang) {
    if (n == 0) {
      return "零";
    }
    long[] sections = {n / 100_000_000L, (n / 10_000L) % 10_000L, n % 10_000L};
    String[] names = {"亿", "万", ""};
    StringBuilder b = new StringBuilder();
    boolean started = false;
    boolean pendingZero = false;
    for (int s = 0; s < 3; s++) {
      long v = sections[s];
      if (v == 0) {
        if (started) {
          pendingZero = true;
        }
        continue;
      }
      if (started && (pendingZero || v < 1000)) {
        b.append('零');
      }
      pendingZero = false;
      b.append(section(v, started, liang && true));
      if (liang && v == 2 && !names[s].isEmpty() && b.charAt(b.length() - 1) == '二') {
        b.setCharAt(b.length() - 1, '两');
      }
      b.append(names[s]);
      started = true;
    }
    return b.toString();
  }

  private static String section(long v, boolean started, boolean liang) {
    int[] d = {(int) (v / 1000), (int) (v / 100 % 10), (int) (v / 10 % 10), (int) (v % 10)};
    String[] units = {"千", "百", "十", ""};
    StringBuilder b = new StringBuilder();
    boolean any = false;
    boolean zero = false;
    for (int k = 0; k < 4; k++) {
      if (d[k] == 0) {
        if (any) {
          zero = true;
        }
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      boolean leadingTen = k == 2 && d[k] == 1 && !any && !started;
      if (!leadingTen) {
        b.append(liang && d[k] == 2 && k < 2 ? '两' : DIGITS.charAt(d[k]));
      }
      b.append(units[k]);
      any = true;
    }
    return b.toString();
  }

  static String fullWidth(String ascii) {
    StringBuilder b = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return b.toString();
  }

  private static void reads(String written, long expected) {
    String f = Fold.fold(written);
    Numeral n = NumeralGrammar.read(f, 0);
    assertNotNull(n, written);
    assertEquals(f.length(), n.end, "reads all of " + written);
    assertEquals(0, BigDecimal.valueOf(expected).compareTo(n.value), written + " → " + n.value);
  }

  @Property(tries = 3000)
  void chineseNumeralsReadBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
    reads(chinese(n, false), n);
    reads(chinese(n, true), n);
  }

  @Property(tries = 1000)
  void smallChineseNumeralsReadBack(@ForAll @LongRange(min = 0, max = 100_000L) long n) {
    reads(chinese(n, false), n);
    reads(chinese(n, true), n);
  }

  @Property(tries = 2000)
  void arabicAndFullWidthReadBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
    reads(Long.toString(n), n);
    reads(fullWidth(Long.toString(n)), n);
    reads(String.format("%,d", n), n);
  }

  @Property(tries = 2000)
  void multipliersGoIntoTheValue(@ForAll @LongRange(min = 1, max = 99_999_999L) long n) {
    reads(n + "万", n * 10_000L);
    if (n < 10_000) {
      reads(n + "亿", n * 100_000_000L);
      reads(chinese(n, false) + "亿", n * 100_000_000L);
    }
    // 4.8万: one decimal place
    reads((n / 10) + "." + (n % 10) + "万", n * 1000L);
  }

  @Example
  void examplesFromTheSpec() {
    reads("48", 48);
    reads("12,000", 12000);
    reads("４８", 48);
    reads("四十五", 45);
    reads("两千", 2000);
    reads("一百二十万", 1_200_000);
    reads("一千二百三十四", 1234);
    reads("十二", 12);
    reads("一百零五", 105);
    reads("三万五千", 35000);
    reads("壹拾万零叁仟", 103000);
    reads("3千", 3000);
    reads("1.2亿", 120_000_000);
    assertEquals(0, new BigDecimal("48000").compareTo(NumeralGrammar.read("4.8万", 0).value));
    Numeral pct = NumeralGrammar.read("百分之九十", 0);
    assertEquals(90, pct.value.intValue());
    assertEquals(true, pct.percent);
    Numeral approx = NumeralGrammar.read("200多亿元", 0);
    assertEquals(0, new BigDecimal("20000000000").compareTo(approx.value));
    assertEquals(true, approx.approximate);
    assertEquals("200多亿".length(), approx.end);
  }

  @Example
  void chineseNumeralsStopWhereTheGrammarBreaks() {
    assertEquals(2, NumeralGrammar.read("十四五规划", 0).end, "十四五 reads 十四");
    assertEquals(14, NumeralGrammar.read("十四五规划", 0).value.intValue());
    assertEquals(2, NumeralGrammar.read("一百零", 0).end, "a trailing 零 is not read");
    assertEquals(100, NumeralGrammar.read("一百零", 0).value.intValue());
  }

  @Example
  void digitRunsLongerThanTwentyAreCodesNotNumbers() {
    assertEquals(null, NumeralGrammar.read("1".repeat(21), 0));
  }
}
