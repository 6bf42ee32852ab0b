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
package dev.mandate.parser.internal.text;

/**
 * Conversion residue: pages run through a careless traditional-to-simplified converter carry the pinyin of some
 * characters in brackets after them ({@code 發(fā)展}, {@code 責(zé)任單(dān)位}). The text keeps it as written; the
 * grammars look through it.
 */
public final class Residue {

  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

  private Residue() {}

  /**
   * Where a pinyin group starting at {@code open} ends (one past its closing bracket), or {@code open} if there is
   * none there: a round bracket right after a Han char holding one to seven pinyin letters.
   */
  public static int groupEnd(CharSequence s, int open) {
    if (open <= 0 || open >= s.length() || Fold.fold(s.charAt(open)) != '(' || !Fold.isHan(s.charAt(open - 1))) {
      return open;
    }
    int i = open + 1;
    while (i < s.length() && i - open <= 7 && isPinyin(s.charAt(i))) {
      i++;
    }
    return i > open + 1 && i < s.length() && Fold.fold(s.charAt(i)) == ')' ? i + 1 : open;
  }

  /**
   * Where a pinyin group that ends right before {@code end} starts (its open bracket), or {@code end} if none ends
   * there: read backwards, for a scan that walks a word from its end ({@code 推進(jìn)情況:}).
   */
  public static int groupStartBefore(CharSequence s, int end) {
    if (end < 4 || Fold.fold(s.charAt(end - 1)) != ')') {
      return end;
    }
    int i = end - 2;
    while (i > 0 && end - 1 - i <= 7 && isPinyin(s.charAt(i))) {
      i--;
    }
    return i < end - 2 && Fold.fold(s.charAt(i)) == '(' && groupEnd(s, i) == end ? i : end;
  }

  /** The tone marks of pinyin's vowels (ü alone is no mark): a group with one is a converter's, not {@code (km)}. */
  private static final String MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

  /**
   * As {@link #groupEnd}, where the group has a tone mark among its letters ({@code (zé)}, not {@code (km)} or
   * {@code (ha)}): the evidence that a whole text is a converter's, not an author's abbreviations.
   */
  public static int tonedGroupEnd(CharSequence s, int open) {
    int end = groupEnd(s, open);
    for (int i = open + 1; i < end - 1; i++) {
      if (MARKS.indexOf(s.charAt(i)) >= 0) {
        return end;
      }
    }
    return open;
  }

  private static boolean isPinyin(char c) {
    return c >= 'a' && c <= 'z' || TONED.indexOf(c) >= 0;
  }

  /** Whether {@code s} holds a pinyin group anywhere. */
  public static boolean has(CharSequence s) {
    for (int i = 1; i < s.length(); i++) {
      if (groupEnd(s, i) > i) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} without its pinyin groups (the same string if it has none). */
  public static String strip(String s) {
    StringBuilder b = null;
    int copied = 0;
    for (int i = 1; i < s.length(); i++) {
      int e = groupEnd(s, i);
      if (e > i) {
        if (b == null) {
          b = new StringBuilder(s.length());
        }
        b.append(s, copied, i);
        copied = e;
        i = e - 1;
      }
    }
    return b == null ? s : b.append(s, copied, s.length()).toString();
  }
}
