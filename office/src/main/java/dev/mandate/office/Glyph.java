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

/**
 * One shown character of a PDF page, in top-down page coordinates (points): its left and right edges, its baseline,
 * its size (the em: a Han character's width) and whether its face is bold or a 黑体 (Hei) face. Immutable.
 */
final class Glyph {
  final float left;
  final float right;
  final float baseline;
  final float em;
  final String text;
  /** {@link Styled#BOLD}, {@link Styled#HEI}, both or neither. */
  final byte face;

  Glyph(float left, float right, float baseline, float em, String text, byte face) {
    this.left = left;
    this.right = right;
    this.baseline = baseline;
    this.em = em;
    this.text = text;
    this.face = face;
  }

  float centerX() {
    return (left + right) / 2;
  }

  /** The middle of the glyph's height: a Han character stands about 0.88 em above its baseline. */
  float centerY() {
    return baseline - em * 0.35f;
  }

  /** Whether the glyph is a Han character, kana, hangul or full-width punctuation: text set without spaces. */
  boolean isWide() {
    int c = text.codePointAt(0);
    return Styled.isWide(c);
  }

  @Override
  public String toString() {
    return text + "@" + left + "," + baseline;
  }
}
