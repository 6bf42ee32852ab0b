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

/** Which chars open and close brackets, in ASCII and full width, and the quote-like pairs that nest like them. */
public final class Brackets {

  private Brackets() {}

  /** Whether c opens a bracket: ( （ [ 【 〔 〈 《 { 「 『 “. */
  public static boolean isOpen(char c) {
    if (c >= 0x3400 && c < 0xFF00) {
      return false; // Han and the rest between the CJK brackets and the full-width forms: most chars, let go at once
    }
    switch (c) {
      case '(': case '（': case '[': case '【': case '〔': case '〈': case '《': case '{': case '「': case '『':
      case '［': case '“':
        return true;
      default:
        return false;
    }
  }

  /** Whether c closes a bracket. */
  public static boolean isClose(char c) {
    if (c >= 0x3400 && c < 0xFF00) {
      return false;
    }
    switch (c) {
      case ')': case '）': case ']': case '】': case '〕': case '〉': case '》': case '}': case '」': case '』':
      case '］': case '”':
        return true;
      default:
        return false;
    }
  }

  /** Whether c is a round bracket (ASCII or full width), the kind that carries notes, aliases and clauses. */
  public static boolean isRoundOpen(char c) {
    return c == '(' || c == '（';
  }

  /** Whether s holds a round opening bracket anywhere. */
  public static boolean containsRoundOpen(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isRoundOpen(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether c closes a round bracket. */
  public static boolean isRoundClose(char c) {
    return c == ')' || c == '）';
  }

  /** The index of the bracket closing the one opened at {@code open}, counting nesting; -1 if it never closes. */
  public static int matchingClose(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the bracket opening the one closed at {@code close}, counting nesting; -1 if none. */
  public static int matchingOpen(String s, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = s.charAt(i);
      if (isClose(c)) {
        depth++;
      } else if (isOpen(c) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
