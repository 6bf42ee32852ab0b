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
package dev.mandate.office;

import dev.mandate.parser.formats.SourceCell;
import java.util.Arrays;
import java.util.BitSet;

/** Text with each char's face (bold, Hei), as it is put together from glyphs. Not thread-safe; one per piece of text. */
final class Styled {
  static final byte BOLD = 1;
  static final byte HEI = 2;

  private final StringBuilder text = new StringBuilder();
  private byte[] faces = new byte[16];

  static boolean isWide(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
        || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2010 && c <= 0x206F;
  }

  Styled append(String s, byte face) {
    int at = text.length();
    text.append(s);
    if (faces.length < text.length()) {
      faces = Arrays.copyOf(faces, Math.max(text.length(), faces.length * 2));
    }
    Arrays.fill(faces, at, text.length(), face);
    return this;
  }

  Styled append(Styled other) {
    int at = text.length();
    text.append(other.text);
    if (faces.length < text.length()) {
      faces = Arrays.copyOf(faces, Math.max(text.length(), faces.length * 2));
    }
    System.arraycopy(other.faces, 0, faces, at, other.text.length());
    return this;
  }

  /**
   * Appends a line of a paragraph or cell that wraps onto the next: Chinese runs on without a space, Latin words get
   * one.
   */
  Styled wrap(Styled next) {
    if (text.length() > 0 && next.length() > 0 && isLatin(text.charAt(text.length() - 1))
        && isLatin(next.text.charAt(0))) {
      append(" ", (byte) 0);
    }
    return append(next);
  }

  private static boolean isLatin(char c) {
    return c < 0x2000 && Character.isLetter(c);
  }

  int length() {
    return text.length();
  }

  boolean isBlank() {
    return text.toString().isBlank();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  /** How many chars are in a face of {@code mask}. */
  int count(byte mask) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if ((faces[i] & mask) != 0 && !Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The cell for the parser: bold where the face is bold, or Hei if Hei marks emphasis in this document. */
  SourceCell cell(boolean heiIsBold) {
    BitSet bold = new BitSet();
    for (int i = 0; i < text.length(); i++) {
      if ((faces[i] & BOLD) != 0 || heiIsBold && (faces[i] & HEI) != 0) {
        bold.set(i);
      }
    }
    return SourceCell.of(text.toString(), bold);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
