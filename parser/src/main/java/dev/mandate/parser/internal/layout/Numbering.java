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
package dev.mandate.parser.internal.layout;

import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;

/**
 * The numbering at the start of a line and its level: {@code 第一章} above {@code 一、} above {@code (一)} above
 * {@code 1.} and {@code Ⅳ} above {@code (1)} and {@code ①} above {@code ——}; unnumbered lines rank last.
 *
 * <p>Numerals are told by their Unicode class, not from a list of characters: digits of any script, the CJK
 * numerals, and the numbers Unicode encloses — {@code ⒈} (a digit with a full stop) numbers as {@code 1.},
 * {@code ⑴} as {@code (1)}, {@code ㈠} as {@code (一)}, {@code ①}, {@code ❶} and {@code ㊀} as circled numbers,
 * {@code Ⅳ} as a Roman numeral. After a numeral any full stop ({@code . ． ﹒}), enumeration comma ({@code 、 ､})
 * or closing bracket ({@code ) ）}) delimits it, as {@link Fold} folds them.
 */
enum Numbering {
  CHAPTER(0),
  /** {@code 第二条}: a regulation's article that carries its own responsibility clause (see {@code Items}). */
  ARTICLE(1),
  CN_DUN(1),
  /** {@code 第一件:}, {@code 第三项:}: a list's items counted in words, as 实事 lists count theirs. */
  ORDINAL(1),
  PAREN_CN(2), ROMAN(3), ARABIC_DOT(3), PAREN_ARABIC(4), CIRCLED(4),
  /** {@code 1.1}, {@code 2.3}: a number of the items under {@code 1.}, known by its sequence (see {@code Items}). */
  SUB_ARABIC(4),
  /** {@code 2.6.1}, {@code 2.6.2}: the items under {@code 2.6}, known by their sequence too (see {@code Items}). */
  SUB_SUB_ARABIC(5),
  /**
   * No number: a short line closed by its units that names the group of items numbered from 1 below it
   * ({@code 三义街社区(责任单位:…)} over {@code 1、…}); it ranks as a {@code (一)} (see {@code Items}).
   */
  NAMED_GROUP(2),
  DASH(5), NONE(6);

  /**
   * The level the usual hierarchy of Chinese documents gives the style ({@code 一、} over {@code （一）} over
   * {@code 1.} over {@code （1）}); styles of one level ({@code 1.} and {@code Ⅳ}, {@code （1）} and {@code ①}) are
   * ranked by which a document uses first.
   */
  final int level;

  Numbering(int level) {
    this.level = level;
  }

  static final String CN_DIGITS = "零〇一二三四五六七八九十百两";

  /** What each enclosed or letter-like numeral char numbers as, by its Unicode name; null for other chars. */
  private static final Numbering[] ENCLOSED = new Numbering[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      int type = Character.getType(c);
      if (type != Character.OTHER_NUMBER && type != Character.LETTER_NUMBER && type != Character.OTHER_SYMBOL) {
        continue;
      }
      String name = Character.getName(c);
      if (name == null) {
        continue;
      }
      if (name.startsWith("ROMAN NUMERAL") && !name.contains("THOUSAND") && !name.contains("HUNDRED")) {
        ENCLOSED[c] = ROMAN;
      } else if (name.contains("FULL STOP") && name.startsWith("DIGIT")
          || name.startsWith("NUMBER") && name.endsWith("FULL STOP")) {
        ENCLOSED[c] = ARABIC_DOT; // ⒈ DIGIT ONE FULL STOP, ⒑ NUMBER TEN FULL STOP
      } else if (name.startsWith("PARENTHESIZED DIGIT") || name.startsWith("PARENTHESIZED NUMBER")) {
        ENCLOSED[c] = PAREN_ARABIC;
      } else if (name.startsWith("PARENTHESIZED IDEOGRAPH") && CN_DIGITS.indexOf(ideograph(c)) >= 0) {
        ENCLOSED[c] = PAREN_CN; // ㈠; not ㈪ (月) or ㈱ (株)
      } else if ((name.contains("CIRCLED DIGIT") || name.contains("CIRCLED NUMBER")
          || name.startsWith("DINGBAT") && name.contains("DIGIT") || name.contains("DOUBLE CIRCLED DIGIT"))
          || name.startsWith("CIRCLED IDEOGRAPH") && CN_DIGITS.indexOf(ideograph(c)) >= 0) {
        ENCLOSED[c] = CIRCLED;
      }
    }
  }

  /** The ideograph an enclosed ideograph stands for (its compatibility decomposition, less the brackets). */
  private static char ideograph(int c) {
    String d = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
    for (int i = 0; i < d.length(); i++) {
      if (Fold.isHan(d.charAt(i))) {
        return d.charAt(i);
      }
    }
    return 0;
  }

  /** A line's numbering and the length of its prefix (numbering and following spaces). */
  static final class Prefix {
    final Numbering style;
    final int length;

    Prefix(Numbering style, int length) {
      this.style = style;
      this.length = length;
    }
  }

  private static final Prefix NONE_AT_START = new Prefix(NONE, 0);

  static Prefix of(String folded) {
    int n = folded.length();
    int start = Fold.trimStart(folded, 0, n);
    int i = start;
    Numbering style = NONE;
    int end = start;
    if (i < n) {
      char c = folded.charAt(i);
      Numbering enclosed = ENCLOSED[c];
      if (enclosed == ROMAN) {
        int j = i;
        while (j < n && ENCLOSED[folded.charAt(j)] == ROMAN && j - i < 4) {
          j++;
        }
        if (j < n && (isDot(folded.charAt(j)) || Fold.isSpace(folded.charAt(j)))) {
          style = ROMAN;
          end = isDot(folded.charAt(j)) ? j + 1 : j;
        }
      } else if (enclosed != null) {
        style = enclosed;
        end = i + 1;
        if (end < n && (isDot(folded.charAt(end)) || folded.charAt(end) == ')') && enclosed == CIRCLED) {
          end++; // ①、 ①.
        }
      } else if (c == '第') {
        int j = i + 1;
        while (j < n && (isCn(folded.charAt(j)) || Character.isDigit(folded.charAt(j)))) {
          j++;
        }
        // 第三章, 第二部分, 第七条 (an article of a regulation: 第七条 区科委工作职责:)
        if (j > i + 1 && j < n && "章部节篇条".indexOf(folded.charAt(j)) >= 0) {
          style = CHAPTER;
          end = j + 1;
          if (end < n && folded.charAt(j) == '部' && folded.charAt(end) == '分') {
            end++;
          }
        } else if (j > i + 1 && j + 1 < n && (folded.charAt(j) == '件' && (folded.charAt(j + 1) == ':'
            || isDot(folded.charAt(j + 1)) || Fold.isSpace(folded.charAt(j + 1)))
            || folded.charAt(j) == '项' && folded.charAt(j + 1) == ':')) {
          // 第一件:淘汰…, 第二项:…; not 第一项工作是…, a sentence that counts, nor 第一项 新建项目60个 or 第一项、第二项由…,
          // the parts of a count in a task's own text
          style = ORDINAL;
          end = Fold.isSpace(folded.charAt(j + 1)) ? j + 1 : j + 2;
        }
      } else if (isCn(c)) {
        int j = i;
        while (j < n && isCn(folded.charAt(j)) && j - i < 4) {
          j++;
        }
        if (j < n && isDot(folded.charAt(j))) {
          style = CN_DUN;
          end = j + 1;
        } else if (spacedDot(folded, j)) {
          style = CN_DUN; // 一 、 承担的…: a PDF's text spaces the numeral from its delimiter
          end = j + 2;
        } else if (j < n && folded.charAt(j) == ')') {
          style = PAREN_CN; // 一) as (一)
          end = j + 1;
        }
      } else if (c == '(' || c == '〔') {
        // (〔一〕负责…: a Han numeral in the tortoise-shell brackets a document number takes, 〔2021〕, as its serial)
        char close = c == '(' ? ')' : '〕';
        int j = i + 1;
        if (j < n && isCn(folded.charAt(j))) {
          while (j < n && isCn(folded.charAt(j)) && j - i < 5) {
            j++;
          }
          if (j < n && folded.charAt(j) == close) {
            style = PAREN_CN;
            end = j + 1;
          }
        } else if (c == '(' && j < n && Character.isDigit(folded.charAt(j))) {
          while (j < n && Character.isDigit(folded.charAt(j)) && j - i < 5) {
            j++;
          }
          if (j < n && folded.charAt(j) == ')') {
            style = PAREN_ARABIC;
            end = j + 1;
          }
        }
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && Character.isDigit(folded.charAt(j)) && j - i < 4) {
          j++;
        }
        // 1.5万 is a number, 1、2023年 a numbered line
        if (j < n && isDot(folded.charAt(j))
            && !(folded.charAt(j) == '.' && j + 1 < n && Character.isDigit(folded.charAt(j + 1))
                && !yearAfter(folded, j + 1))) {
          style = ARABIC_DOT;
          end = j + 1;
        } else if (j < n && folded.charAt(j) == ')') {
          style = PAREN_ARABIC;
          end = j + 1;
        } else if (spacedDot(folded, j)) {
          style = ARABIC_DOT; // 1 . 严格管控…
          end = j + 2;
        }
      } else if ((c == '—' || c == '-' && i + 1 < n && folded.charAt(i + 1) == '-' || isDrawnDash(folded, i)
          || c == '-' && i + 2 < n && folded.charAt(i + 1) == ' ' && Fold.isHan(folded.charAt(i + 2)))
          && Labels.leading(folded.substring(i)) == null) {
        // (- 鼠患主要黑点数目…: a hyphen and a space, a list's bullet as plain text writes it; - 牵头单位:… is an item's
        // label line, no item)
        int j = i;
        while (j < n && (folded.charAt(j) == '—' || folded.charAt(j) == '-' || isDrawn(folded.charAt(j)))) {
          j++;
        }
        style = DASH;
        end = j;
      } else if (BULLETS.indexOf(c) >= 0 && Fold.trimStart(folded, i + 1, n) < n
          && Fold.isHan(folded.charAt(Fold.trimStart(folded, i + 1, n)))) {
        // (  • 請社會處檢視…: a web page's list bullet kept as its glyph, one item per bullet, as a dash's)
        style = DASH;
        end = i + 1;
      }
    }
    if (style == NONE) {
      return start == 0 ? NONE_AT_START : new Prefix(NONE, start); // most lines: one shared prefix, not one each
    }
    while (end < n && Fold.isSpace(folded.charAt(end))) {
      end++;
    }
    return new Prefix(style, end);
  }

  /** Whether numbering may start with this (folded) char: a digit, a CJK numeral, a bracket, 第, a dash, an enclosed number. */
  static boolean mayStart(char c) {
    return MAY_START.get(c);
  }

  /**
   * Whether one space and a delimiter stand at {@code j}, and a space or a Han char after it ({@code 1 . 严格}, {@code 一
   * 、 承担}): a numeral a PDF's text spaced from its delimiter, not a decimal ({@code 1 .5}).
   */
  private static boolean spacedDot(String folded, int j) {
    int n = folded.length();
    if (j + 2 >= n || folded.charAt(j) != ' ' || !isDot(folded.charAt(j + 1))) {
      return false;
    }
    // what follows the delimiter (after one space) opens a text: a Han char, a quote, a year (2024年); 6 . 5 % and
    // 7 . 0 个百分点 are decimals a PDF's text spaced, no numbering
    int k = Fold.isSpace(folded.charAt(j + 2)) ? j + 3 : j + 2;
    if (k >= n) {
      return false;
    }
    char c = folded.charAt(k);
    if (!Character.isDigit(c)) {
      return Fold.isHan(c) || "“\"《「(".indexOf(c) >= 0 || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
    int d = k;
    while (d < n && Character.isDigit(folded.charAt(d))) {
      d++;
    }
    if (d >= n) {
      return false;
    }
    char after = folded.charAt(d);
    return Fold.isHan(after) && "个万亿千百".indexOf(after) < 0 || after >= 'A' && after <= 'Z';
  }

  /** A numeral's delimiter: a full stop or an enumeration comma of any width, as folded. */
  private static boolean isDot(char folded) {
    return folded == '.' || folded == '、';
  }

  private static boolean isCn(char c) {
    return CN_DIGITS.indexOf(c) >= 0;
  }

  /**
   * A list's bullet kept as its glyph ({@code • 請社會處…}): each opens an item as a dash does. Not the middle dot, which
   * joins the parts of a foreign name, nor the question mark an encoding leaves, nor marks a table puts before a row's
   * task to say what kind it is ({@code ◆落实…}, {@code ★城镇新增就业}, {@code ● 白茶市场…}), which stay in its text.
   */
  private static final String BULLETS = "•";

  /**
   * Whether a doubled bar other than the em dash opens the line ({@code ──由市卫生局会同…}, {@code ――}): what a page
   * typed from a box-drawing or a horizontal-bar font writes for {@code ——}. Doubled and before words: one
   * bar, or a run of them alone, is a table's rule.
   */
  private static boolean isDrawnDash(String folded, int i) {
    int j = i;
    while (j < folded.length() && isDrawn(folded.charAt(j))) {
      j++;
    }
    int k = Fold.trimStart(folded, j, folded.length());
    return j - i >= 2 && k < folded.length() && Fold.isHan(folded.charAt(k)); // a rule of bars alone is no item
  }

  /** The box-drawing light and heavy horizontals and the horizontal bar. */
  private static boolean isDrawn(char c) {
    return c == '─' || c == '━' || c == '―';
  }

  /**
   * Whether a year opens the text at {@code k}, right after a numbering's dot ({@code 1.2023年…}, {@code 1.20XX中国…}):
   * four digits before 年, or digits before the letters a template masks a year's last digits with. No decimal is
   * followed by either.
   */
  private static boolean yearAfter(String folded, int k) {
    int j = k;
    while (j < folded.length() && j - k < 4 && Character.isDigit(folded.charAt(j))) {
      j++;
    }
    if (j >= folded.length()) {
      return false;
    }
    char c = folded.charAt(j);
    return j - k == 4 && c == '年' || j - k == 2 && (c == 'X' || c == 'x') && j + 1 < folded.length()
        && folded.charAt(j + 1) == c;
  }

  /** The chars numbering may start with, as a set (declared last: it reads the tables above). */
  private static final java.util.BitSet MAY_START = new java.util.BitSet(1 << 16);

  static {
    for (int c = 0; c < (1 << 16); c++) {
      char ch = (char) c;
      if (Character.isDigit(ch) || isCn(ch) || ch == '(' || ch == '〔' || ch == '第' || ch == '—' || ch == '-'
          || isDrawn(ch)
          || BULLETS.indexOf(ch) >= 0 || ENCLOSED[ch] != null) {
        MAY_START.set(c);
      }
    }
  }

  /** The value of the numbering that starts at {@code at} ({@code 1.} 1, {@code (二)} 2, {@code ③} 3), or -1. */
  static int valueAt(String folded, int at) {
    Prefix prefix = of(folded.substring(at, Math.min(folded.length(), at + 8)));
    if (prefix.style == NONE) {
      return -1;
    }
    StringBuilder numeral = new StringBuilder(3);
    for (int k = at; k < at + prefix.length && k < folded.length(); k++) {
      char c = folded.charAt(k);
      if (Character.isDigit(c) || CN_DIGITS.indexOf(c) >= 0) {
        numeral.append(c);
      } else if (ENCLOSED[c] != null) {
        return Character.getNumericValue(c) > 0 ? Character.getNumericValue(c) : -1;
      }
    }
    return numeral.length() == 0 ? -1 : smallNumber(numeral.toString());
  }

  /** The value of a small number written in digits or Han numerals (4, 十二, 两, 二十), or -1. */
  static int smallNumber(String s) {
    if (Character.isDigit(s.charAt(0))) {
      int v = 0;
      for (int k = 0; k < s.length() && k < 3; k++) {
        if (!Character.isDigit(s.charAt(k))) {
          return -1;
        }
        v = v * 10 + Character.digit(s.charAt(k), 10);
      }
      return s.length() <= 3 ? v : -1;
    }
    String cn = "零一二三四五六七八九";
    if (s.equals("两")) {
      return 2;
    }
    if (s.length() == 1) {
      return s.charAt(0) == '十' ? 10 : cn.indexOf(s.charAt(0));
    }
    if (s.length() == 2 && s.charAt(0) == '十') {
      return 10 + cn.indexOf(s.charAt(1));
    }
    if (s.length() == 2 && s.charAt(1) == '十') {
      return 10 * cn.indexOf(s.charAt(0));
    }
    return -1;
  }

  /** The numerals a heading's number is written in: 一、 to 十、 and on (十一、, 二十、). */
  private static final String HEADING_NUMERALS = "一二三四五六七八九十";

  static boolean isHeadingNumeral(char c) {
    return HEADING_NUMERALS.indexOf(c) >= 0;
  }

  /**
   * Where the heading's number that the {@code 、} at {@code comma} closes starts ({@code 二十、}: its numerals, not
   * before {@code floor}), or -1 if no numeral stands before it.
   */
  static int headingNumberStart(String f, int comma, int floor) {
    if (comma <= floor || f.charAt(comma) != '、' || !isHeadingNumeral(f.charAt(comma - 1))) {
      return -1;
    }
    int b = comma - 1;
    while (b > floor && isHeadingNumeral(f.charAt(b - 1))) {
      b--;
    }
    return b;
  }
}
