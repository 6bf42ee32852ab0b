package dev.mandate.parser.internal.layout;

import dev.mandate.parser.internal.text.Fold;

/**
 * The numbering at the start of a line and its rank: {@code 第一章} above {@code 一、} above {@code (一)} above
 * {@code 1.} above {@code (1)} above {@code ①} above {@code ——}; unnumbered lines rank last.
 */
enum Numbering {
  CHAPTER, CN_DUN, PAREN_CN, ARABIC_DOT, PAREN_ARABIC, CIRCLED, DASH, NONE;

  private static final String CN_DIGITS = "零〇一二三四五六七八九十百两";

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
    int i = 0;
    while (i < n && Fold.isSpace(folded.charAt(i))) {
      i++;
    }
    int start = i;
    Numbering style = NONE;
    int end = start;
    if (i < n) {
      char c = folded.charAt(i);
      if (c == '第') {
        int j = i + 1;
        while (j < n && (isCn(folded.charAt(j)) || isDigit(folded.charAt(j)))) {
          j++;
        }
        if (j > i + 1 && j < n && "章部节篇".indexOf(folded.charAt(j)) >= 0) {
          style = CHAPTER;
          end = j + 1;
          if (end < n && folded.charAt(j) == '部' && folded.charAt(end) == '分') {
            end++;
          }
        }
      } else if (isCn(c)) {
        int j = i;
        while (j < n && isCn(folded.charAt(j)) && j - i < 4) {
          j++;
        }
        if (j < n && (folded.charAt(j) == '、' || folded.charAt(j) == '.')) {
          style = CN_DUN;
          end = j + 1;
        }
      } else if (c == '(') {
        int j = i + 1;
        if (j < n && isCn(folded.charAt(j))) {
          while (j < n && isCn(folded.charAt(j)) && j - i < 5) {
            j++;
          }
          if (j < n && folded.charAt(j) == ')') {
            style = PAREN_CN;
            end = j + 1;
          }
        } else if (j < n && isDigit(folded.charAt(j))) {
          while (j < n && isDigit(folded.charAt(j)) && j - i < 5) {
            j++;
          }
          if (j < n && folded.charAt(j) == ')') {
            style = PAREN_ARABIC;
            end = j + 1;
          }
        }
      } else if (isDigit(c)) {
        int j = i;
        while (j < n && isDigit(folded.charAt(j)) && j - i < 4) {
          j++;
        }
        if (j < n && (folded.charAt(j) == '.' || folded.charAt(j) == '、')
            && !(j + 1 < n && isDigit(folded.charAt(j + 1)))) {
          style = ARABIC_DOT;
          end = j + 1;
        } else if (j < n && folded.charAt(j) == ')') {
          style = PAREN_ARABIC;
          end = j + 1;
        }
      } else if (c >= '①' && c <= '⑳') {
        style = CIRCLED;
        end = i + 1;
      } else if (c == '—' || c == '-' && i + 1 < n && folded.charAt(i + 1) == '-') {
        int j = i;
        while (j < n && (folded.charAt(j) == '—' || folded.charAt(j) == '-')) {
          j++;
        }
        style = DASH;
        end = j;
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

  private static boolean isCn(char c) {
    return CN_DIGITS.indexOf(c) >= 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
