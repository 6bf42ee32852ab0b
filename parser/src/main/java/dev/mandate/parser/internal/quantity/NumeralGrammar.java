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

/**
 * The numeral grammar: reads one number at a position of folded text, left to right in one pass, without regex.
 *
 * <pre>
 * number   := "百分之" plain | plain
 * plain    := arabic approx? mult* approx? | chinese approx?
 * arabic   := digit{1,20} ("," digit{3})* ("." digit+)?          thousands groups only after 1–3 digits
 * mult     := 十 | 百 | 千 | 万 | 亿
 * chinese  := sections of 亿 and 万, each of digit? (千|百|十) … with 零 as a gap; capitals 壹贰叁… and 两 too
 * approx   := 多 | 余
 * </pre>
 *
 * A Chinese numeral stops where the grammar would break ({@code 十四五} reads 十四 and stops before 五). Stateless.
 */
public final class NumeralGrammar {

  private static final int MAX_DIGITS = 20;
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  private NumeralGrammar() {}

  /** Whether a number may start with c. */
  public static boolean canStart(char c) {
    return STARTS.get(c);
  }

  /** The chars a numeral may start with, as a set: asked of every char of every measure's text. */
  private static final java.util.BitSet STARTS = new java.util.BitSet(1 << 16);

  static {
    for (int c = 0; c < (1 << 16); c++) {
      char ch = (char) c;
      if (isAsciiDigit(ch) || digitValue(ch) >= 0 || smallMultiplier(ch) > 0 || ch == '万' || ch == '亿') {
        STARTS.set(c);
      }
    }
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of a Chinese digit char, or -1. */
  static int digitValue(char c) {
    switch (c) {
      case '零': case '〇':
        return 0;
      case '一': case '壹':
        return 1;
      case '二': case '两': case '贰': case '貳':
        return 2;
      case '三': case '叁': case '參':
        return 3;
      case '四': case '肆':
        return 4;
      case '五': case '伍':
        return 5;
      case '六': case '陆': case '陸':
        return 6;
      case '七': case '柒':
        return 7;
      case '八': case '捌':
        return 8;
      case '九': case '玖':
        return 9;
      default:
        return -1;
    }
  }

  static int smallMultiplier(char c) {
    switch (c) {
      case '十': case '拾':
        return 10;
      case '百': case '佰':
        return 100;
      case '千': case '仟':
        return 1000;
      default:
        return 0;
    }
  }

  static BigDecimal multiplier(char c) {
    switch (c) {
      case '十':
        return BigDecimal.TEN;
      case '百':
        return BigDecimal.valueOf(100);
      case '千':
        return BigDecimal.valueOf(1000);
      case '万':
        return WAN;
      case '亿':
        return YI;
      default:
        return null;
    }
  }

  /** The number starting at {@code p} of folded text {@code f}, or null. */
  public static Numeral read(String f, int p) {
    if (p < 0 || p >= f.length()) {
      return null;
    }
    if (f.startsWith("百分之", p)) {
      Numeral n = plain(f, p + 3);
      if (n == null) {
        return null;
      }
      return new Numeral(p, n.end, n.value, n.multiplier, n.approximate, true, n.chinese, false);
    }
    return plain(f, p);
  }

  private static Numeral plain(String f, int p) {
    if (p >= f.length()) {
      return null;
    }
    return isAsciiDigit(f.charAt(p)) ? arabic(f, p) : chinese(f, p);
  }

  private static Numeral arabic(String f, int p) {
    int n = f.length();
    int i = p;
    while (i < n && isAsciiDigit(f.charAt(i))) {
      i++;
    }
    if (i - p > MAX_DIGITS) {
      return null; // a code or a run of digits, not a quantity
    }
    int intEnd = i;
    StringBuilder digits = null;
    if (i - p <= 3) {
      while (i + 3 < n && f.charAt(i) == ',' && isAsciiDigit(f.charAt(i + 1)) && isAsciiDigit(f.charAt(i + 2))
          && isAsciiDigit(f.charAt(i + 3)) && !(i + 4 < n && isAsciiDigit(f.charAt(i + 4)))) {
        if (digits == null) {
          digits = new StringBuilder(24).append(f, p, intEnd);
        }
        digits.append(f, i + 1, i + 4);
        i += 4;
      }
    }
    if (i + 1 < n && f.charAt(i) == '.' && isAsciiDigit(f.charAt(i + 1))) {
      int s = i;
      i++;
      while (i < n && isAsciiDigit(f.charAt(i))) {
        i++;
      }
      if (i - s > MAX_DIGITS) {
        return null;
      }
      if (digits == null) {
        digits = new StringBuilder(i - p + 8).append(f, p, intEnd);
      }
      digits.append(f, s, i);
    }
    // plain digits (nearly every number) are summed as they are; separators and decimals go through BigDecimal
    BigDecimal value = digits == null ? plainDigits(f, p, intEnd) : new BigDecimal(digits.toString());
    int digitsEnd = i;
    boolean approx = false;
    if (i + 1 < n && (f.charAt(i) == '多' || f.charAt(i) == '余') && multiplier(f.charAt(i + 1)) != null) {
      approx = true;
      i++;
    }
    BigDecimal mult = BigDecimal.ONE;
    int multipliers = 0;
    while (i < n && multipliers < 3 && multiplier(f.charAt(i)) != null) {
      mult = mult.multiply(multiplier(f.charAt(i)));
      multipliers++;
      i++;
    }
    if (i < n && (f.charAt(i) == '多' || f.charAt(i) == '余')) {
      approx = true;
      i++;
    }
    Numeral out = new Numeral(p, i, value.multiply(mult), mult, approx, false, false, false);
    out.digitsEnd = digitsEnd;
    out.digitsValue = value;
    return out;
  }

  /** The value of the ASCII digits f[from, to): at most {@link #MAX_DIGITS} of them, summed in a long when they fit. */
  private static BigDecimal plainDigits(String f, int from, int to) {
    if (to - from > 18) {
      return new BigDecimal(f.substring(from, to));
    }
    long v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (f.charAt(k) - '0');
    }
    return BigDecimal.valueOf(v);
  }

  private static Numeral chinese(String f, int p) {
    int n = f.length();
    if (digitValue(f.charAt(p)) == 0) {
      // 零 on its own is zero; 零 before other numerals (〇二) is not a number this grammar reads
      boolean alone = p + 1 >= n || (digitValue(f.charAt(p + 1)) < 0 && smallMultiplier(f.charAt(p + 1)) == 0
          && f.charAt(p + 1) != '万' && f.charAt(p + 1) != '亿');
      return alone ? new Numeral(p, p + 1, BigDecimal.ZERO, BigDecimal.ONE, false, false, true, false) : null;
    }
    long yi = 0;
    long wan = 0;
    long cur = 0;
    int d = -1;
    int lastSmall = Integer.MAX_VALUE;
    boolean wanUsed = false;
    boolean yiUsed = false;
    boolean any = false;
    int i = p;
    int lastGood = p;
    boolean bare = false;
    while (i < n) {
      char c = f.charAt(i);
      int dv = digitValue(c);
      if (dv == 0) {
        if (!any) {
          break; // a number does not start with 零
        }
        d = -1;
        i++;
        continue;
      }
      if (dv > 0) {
        if (d >= 0) {
          break; // two digits in a row: 十四五 reads 十四
        }
        d = dv;
        any = true;
        i++;
        lastGood = i;
        continue;
      }
      int m = smallMultiplier(c);
      if (m > 0) {
        if (m >= lastSmall || (d < 0 && m != 10 && i != p)) {
          break;
        }
        if (d < 0 && i == p && m != 10) {
          bare = true;
        }
        cur += (long) (d < 0 ? 1 : d) * m;
        d = -1;
        lastSmall = m;
        any = true;
        i++;
        lastGood = i;
        continue;
      }
      if (c == '万') {
        long section = cur + Math.max(d, 0);
        if (wanUsed || (section == 0 && any)) {
          break;
        }
        if (!any) {
          bare = true;
          section = 1;
        }
        wan = section * 10_000L;
        cur = 0;
        d = -1;
        lastSmall = Integer.MAX_VALUE;
        wanUsed = true;
        any = true;
        i++;
        lastGood = i;
        continue;
      }
      if (c == '亿') {
        long section = wan + cur + Math.max(d, 0);
        if (yiUsed || (section == 0 && any)) {
          break;
        }
        if (!any) {
          bare = true;
          section = 1;
        }
        yi = section * 100_000_000L;
        wan = 0;
        cur = 0;
        d = -1;
        lastSmall = Integer.MAX_VALUE;
        wanUsed = false;
        yiUsed = true;
        any = true;
        i++;
        lastGood = i;
        continue;
      }
      break;
    }
    if (!any) {
      return null;
    }
    // a trailing 零 belongs to what follows, not to the number
    long total = yi + wan + cur + Math.max(d, 0);
    int end = lastGood;
    boolean approx = false;
    if (end < n && (f.charAt(end) == '多' || f.charAt(end) == '余')) {
      approx = true;
      end++;
    }
    return new Numeral(p, end, BigDecimal.valueOf(total), BigDecimal.ONE, approx, false, true, bare);
  }
}
