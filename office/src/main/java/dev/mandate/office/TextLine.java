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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A line of glyphs on a page, left to right, and the pieces a wide gap splits it into. Immutable once made. */
final class TextLine {
  /** A gap wider than this many ems splits a line into pieces (table cells set side by side). */
  static final float PIECE_GAP = 0.6f;

  final List<Glyph> glyphs;
  final float left;
  final float right;
  final float baseline;
  final float em;
  final List<TextLine> pieces;

  private TextLine(List<Glyph> glyphs, boolean split) {
    this.glyphs = glyphs;
    float l = Float.MAX_VALUE;
    float r = -Float.MAX_VALUE;
    float b = 0;
    float e = 0;
    for (Glyph g : glyphs) {
      l = Math.min(l, g.left);
      r = Math.max(r, g.right);
      b += g.baseline;
      e = Math.max(e, g.em);
    }
    this.left = l;
    this.right = r;
    this.baseline = b / glyphs.size();
    this.em = e;
    if (!split) {
      this.pieces = List.of(this);
      return;
    }
    List<TextLine> ps = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= glyphs.size(); i++) {
      if (i == glyphs.size() || glyphs.get(i).left - glyphs.get(i - 1).right > PIECE_GAP * em) {
        ps.add(from == 0 && i == glyphs.size() ? null : new TextLine(glyphs.subList(from, i), false));
        from = i;
      }
    }
    this.pieces = ps.size() == 1 && ps.get(0) == null ? List.of(this) : ps;
  }

  float top() {
    return baseline - em * 0.88f;
  }

  float bottom() {
    return baseline + em * 0.12f;
  }

  /** Glyphs grouped into lines by their baselines, top to bottom, each line left to right. */
  static List<TextLine> of(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble((Glyph g) -> g.baseline).thenComparingDouble(g -> g.left));
    List<TextLine> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    float base = 0;
    float em = 0;
    for (Glyph g : sorted) {
      if (!line.isEmpty() && g.baseline - base > 0.4f * Math.max(em, g.em)) {
        lines.add(line(line));
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        base = g.baseline;
        em = g.em;
      }
      line.add(g);
      em = Math.max(em, g.em);
    }
    if (!line.isEmpty()) {
      lines.add(line(line));
    }
    return lines;
  }

  private static TextLine line(List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(g -> g.left));
    // a glyph drawn twice at the same place (a writer's fake bold, a shadow) is one char
    List<Glyph> out = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      Glyph last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.text.equals(g.text) && Math.abs(last.left - g.left) < 0.3f * g.em) {
        if (Math.abs(last.left - g.left) > 0.01f * g.em) {
          // drawn again a hair to the right: how writers without a bold face embolden a font
          out.set(out.size() - 1, new Glyph(last.left, Math.max(last.right, g.right), last.baseline, last.em,
              last.text, (byte) (last.face | g.face | Styled.BOLD)));
        }
        continue;
      }
      out.add(g);
    }
    return new TextLine(out, true);
  }

  /** The line's text: a space where a gap between Latin letters or digits is a space, and where any gap is wide. */
  Styled text() {
    Styled s = new Styled();
    Glyph prev = null;
    for (Glyph g : glyphs) {
      if (prev != null) {
        float gap = g.left - prev.right;
        boolean wide = prev.isWide() || g.isWide();
        if (gap > 2.0f * em) {
          s.append("  ", (byte) 0); // a wide gap as runs of spaces show it in text: a column apart
        } else if (gap > (wide ? 0.8f : 0.2f) * em) {
          s.append(" ", (byte) 0);
        }
      }
      s.append(g.text, g.face);
      prev = g;
    }
    return s;
  }

  @Override
  public String toString() {
    return text().toString();
  }
}
