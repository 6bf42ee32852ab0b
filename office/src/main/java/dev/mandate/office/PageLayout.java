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
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one page's glyphs and rules into what it shows, top to bottom: lines of text and tables. Tables are found by
 * position, as tabula does: from ruling lines where the table has them (a grid of cells, a missing rule between two
 * cells merging them), else from columns that line up across lines (gutters no glyph crosses). A cell wrapped over
 * several lines is joined. Stateless.
 */
final class PageLayout {

  /** A line or a table, where it stands on the page. */
  static final class Item {
    final float top;
    final float bottom;
    final TextLine line;
    final Table table;

    Item(float top, float bottom, TextLine line, Table table) {
      this.top = top;
      this.bottom = bottom;
      this.line = line;
      this.table = table;
    }
  }

  private static final float TOLERANCE = 2f;

  private PageLayout() {}

  static List<Item> read(List<Glyph> glyphs, List<RuleFinder.Rule> rules) {
    List<Item> items = new ArrayList<>();
    List<Glyph> free = new ArrayList<>(glyphs);
    for (Grid g : grids(rules)) {
      List<Glyph> inside = new ArrayList<>();
      List<Glyph> outside = new ArrayList<>();
      for (Glyph x : free) {
        (g.contains(x) ? inside : outside).add(x);
      }
      if (inside.isEmpty()) {
        continue; // a frame or a drawing with no text: nothing to read as a table
      }
      free = outside;
      Table t = g.table(inside);
      if (!t.rows.isEmpty()) {
        items.add(new Item(g.ys[0], g.ys[g.ys.length - 1], null, t));
      }
    }
    items.addAll(unruled(TextLine.of(free)));
    items.sort(Comparator.comparingDouble(i -> i.top));
    return items;
  }

  // ---- ruled tables ------------------------------------------------------------------------------------------------

  /** A grid of rules: the x of its column edges, the y of its row edges, and which rules are drawn. */
  static final class Grid {
    final float[] xs;
    final float[] ys;
    final List<RuleFinder.Rule> rules;

    Grid(float[] xs, float[] ys, List<RuleFinder.Rule> rules) {
      this.xs = xs;
      this.ys = ys;
      this.rules = rules;
    }

    boolean contains(Glyph g) {
      float x = g.centerX();
      float y = g.centerY();
      return x > xs[0] && x < xs[xs.length - 1] && y > ys[0] && y < ys[ys.length - 1];
    }

    private boolean vertical(float x, float y) {
      for (RuleFinder.Rule r : rules) {
        if (!r.horizontal() && Math.abs(r.x1 - x) <= TOLERANCE && r.y1 - 1 <= y && y <= r.y2 + 1) {
          return true;
        }
      }
      return false;
    }

    private boolean horizontal(float x, float y) {
      for (RuleFinder.Rule r : rules) {
        if (r.horizontal() && Math.abs(r.y1 - y) <= TOLERANCE && r.x1 - 1 <= x && x <= r.x2 + 1) {
          return true;
        }
      }
      return false;
    }

    /** The table: cells with no rule between them are one cell; a row whose cells all began above is left out. */
    Table table(List<Glyph> glyphs) {
      int rows = ys.length - 1;
      int cols = xs.length - 1;
      int[] parent = new int[rows * cols];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      for (int r = 0; r < rows; r++) {
        float mid = (ys[r] + ys[r + 1]) / 2;
        for (int c = 1; c < cols; c++) {
          if (!vertical(xs[c], mid)) {
            union(parent, r * cols + c - 1, r * cols + c);
          }
        }
      }
      for (int c = 0; c < cols; c++) {
        float mid = (xs[c] + xs[c + 1]) / 2;
        for (int r = 1; r < rows; r++) {
          if (!horizontal(mid, ys[r])) {
            union(parent, (r - 1) * cols + c, r * cols + c);
          }
        }
      }
      Map<Integer, List<Glyph>> byCell = new java.util.HashMap<>();
      for (Glyph g : glyphs) {
        int c = Math.max(0, Math.min(cols - 1, slot(xs, g.centerX())));
        int r = Math.max(0, Math.min(rows - 1, slot(ys, g.centerY())));
        byCell.computeIfAbsent(find(parent, r * cols + c), k -> new ArrayList<>()).add(g);
      }
      Map<Integer, Styled> text = new java.util.HashMap<>();
      Table t = new Table(Arrays.copyOf(xs, cols), true);
      for (int r = 0; r < rows; r++) {
        Styled[] row = new Styled[cols];
        boolean starts = false;
        boolean any = false;
        for (int c = 0; c < cols; c++) {
          int root = find(parent, r * cols + c);
          row[c] = text.computeIfAbsent(root, k -> joined(byCell.get(k)));
          // the cell begins in this row if the cell above is another one
          boolean begins = r == 0 || find(parent, (r - 1) * cols + c) != root;
          any |= row[c].length() > 0;
          starts |= begins && row[c].length() > 0;
        }
        if (starts && any) {
          t.rows.add(row);
        }
      }
      return t;
    }
  }

  /** The index i with xs[i] ≤ v < xs[i + 1]. */
  private static int slot(float[] xs, float v) {
    int i = Arrays.binarySearch(xs, v);
    return i >= 0 ? i : -i - 2;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int x = find(parent, a);
    int y = find(parent, b);
    if (x != y) {
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }

  /** A cell's glyphs as one text, its lines joined. */
  static Styled joined(List<Glyph> glyphs) {
    Styled s = new Styled();
    if (glyphs == null) {
      return s;
    }
    for (TextLine l : TextLine.of(glyphs)) {
      s.wrap(l.text());
    }
    return s;
  }

  /** The grids the rules make: rules that touch each other, with two column edges and two row edges at least. */
  static List<Grid> grids(List<RuleFinder.Rule> rules) {
    int n = rules.size();
    if (n < 4) {
      return List.of();
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Integer> hs = new ArrayList<>();
    List<Integer> vs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (rules.get(i).horizontal() ? hs : vs).add(i);
    }
    for (int h : hs) {
      RuleFinder.Rule a = rules.get(h);
      for (int v : vs) {
        RuleFinder.Rule b = rules.get(v);
        if (b.x1 >= a.x1 - TOLERANCE && b.x1 <= a.x2 + TOLERANCE && a.y1 >= b.y1 - TOLERANCE
            && a.y1 <= b.y2 + TOLERANCE) {
          union(parent, h, v);
        }
      }
    }
    Map<Integer, List<RuleFinder.Rule>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rules.get(i));
    }
    List<Grid> out = new ArrayList<>();
    for (List<RuleFinder.Rule> g : groups.values()) {
      List<Float> x = new ArrayList<>();
      List<Float> y = new ArrayList<>();
      float minX = Float.MAX_VALUE;
      float maxX = -Float.MAX_VALUE;
      float minY = Float.MAX_VALUE;
      float maxY = -Float.MAX_VALUE;
      for (RuleFinder.Rule r : g) {
        if (r.horizontal()) {
          y.add(r.y1);
        } else {
          x.add(r.x1);
        }
        minX = Math.min(minX, r.x1);
        maxX = Math.max(maxX, r.x2);
        minY = Math.min(minY, r.y1);
        maxY = Math.max(maxY, r.y2);
      }
      // a table drawn with rules across only (no side borders) still reaches to its rules' ends
      x.add(minX);
      x.add(maxX);
      y.add(minY);
      y.add(maxY);
      float[] xs = cluster(x);
      float[] ys = cluster(y);
      if (xs.length < 2 || ys.length < 2 || xs.length == 2 && ys.length == 2) {
        continue; // a line, or one box around text: no table
      }
      out.add(new Grid(xs, ys, g));
    }
    return out;
  }

  /** Positions within the tolerance of each other as one, sorted. */
  private static float[] cluster(List<Float> values) {
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    Arrays.sort(v);
    float[] out = new float[v.length];
    int n = 0;
    for (float f : v) {
      if (n == 0 || f - out[n - 1] > TOLERANCE) {
        out[n++] = f;
      }
    }
    return Arrays.copyOf(out, n);
  }

  // ---- tables without rules -----------------------------------------------------------------------------------------

  /**
   * Lines outside ruled tables: runs of lines whose pieces leave gutters that no glyph of the run crosses are tables
   * (two lines of several pieces at least); a line that crosses them on its own between such lines is a row across
   * the table (a section's title); every other line is a line.
   */
  static List<Item> unruled(List<TextLine> lines) {
    List<Item> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      TextLine first = lines.get(i);
      if (first.pieces.size() < 2) {
        out.add(new Item(first.top(), first.bottom(), first, null));
        i++;
        continue;
      }
      List<float[]> gutters = gaps(first);
      List<TextLine> run = new ArrayList<>(List.of(first));
      IdentityHashMap<TextLine, Boolean> across = new IdentityHashMap<>();
      int multi = 1;
      int j = i + 1;
      float pitch = 0;
      while (j < lines.size()) {
        TextLine l = lines.get(j);
        TextLine prev = run.get(run.size() - 1);
        float step = l.baseline - prev.baseline;
        if (step > 2.5f * Math.max(l.em, prev.em) * 1.5f || pitch > 0 && step > 2.2f * pitch) {
          break; // a gap as wide as a paragraph's: the table has ended
        }
        List<float[]> left = subtract(gutters, l, Math.max(l.em, prev.em) * 0.5f);
        if (left.size() < gutters.size()) {
          // it crosses a column: with the lines of one piece after it (a section's title, its subtitle), rows across
          // the table if the table goes on after them, else the table's end
          int next = acrossRows(lines, j, gutters);
          if (next < 0) {
            break;
          }
          for (; j < next; j++) {
            across.put(lines.get(j), Boolean.TRUE);
            run.add(lines.get(j));
          }
          continue;
        }
        gutters = left;
        pitch = pitch == 0 ? step : Math.min(pitch, step);
        run.add(l);
        if (l.pieces.size() > 1) {
          multi++;
        }
        j++;
      }
      if (multi < 2 || gutters.isEmpty()) {
        out.add(new Item(first.top(), first.bottom(), first, null));
        i++;
        continue;
      }
      // a trailing row across the table belongs after it
      while (across.containsKey(run.get(run.size() - 1))) {
        run.remove(run.size() - 1);
        j--;
      }
      Table t = rows(run, gutters, across);
      out.add(new Item(first.top(), run.get(run.size() - 1).bottom(), null, t));
      i = j;
    }
    return out;
  }

  /** Rows across a table: at most this many lines of one piece in a row between its rows. */
  private static final int MAX_ACROSS = 3;

  /**
   * Where the table goes on after lines of one piece from {@code j} (at most {@link #MAX_ACROSS}): the index of the
   * next line of several pieces that keeps the table's gutters open, or -1 if there is none (the table ended at j).
   */
  private static int acrossRows(List<TextLine> lines, int j, List<float[]> gutters) {
    for (int k = j; k < lines.size() && k <= j + MAX_ACROSS; k++) {
      TextLine l = lines.get(k);
      if (l.pieces.size() > 1) {
        return k > j && subtract(gutters, l, l.em * 0.5f).size() == gutters.size() ? k : -1;
      }
      TextLine below = k + 1 < lines.size() ? lines.get(k + 1) : null;
      if (below == null || below.baseline - l.baseline > 2.5f * Math.max(l.em, below.em) * 1.5f) {
        return -1; // a paragraph's gap, or the page's end: the table has ended
      }
    }
    return -1;
  }

  /** The gaps between a line's pieces. */
  private static List<float[]> gaps(TextLine l) {
    List<float[]> out = new ArrayList<>();
    for (int k = 1; k < l.pieces.size(); k++) {
      out.add(new float[] {l.pieces.get(k - 1).right, l.pieces.get(k).left});
    }
    return out;
  }

  /** The gutters that stay open once the line's pieces are laid over them, each kept at least {@code min} wide. */
  private static List<float[]> subtract(List<float[]> gutters, TextLine l, float min) {
    List<float[]> out = new ArrayList<>();
    for (float[] g : gutters) {
      float a = g[0];
      float b = g[1];
      boolean crossed = false;
      for (TextLine p : l.pieces) {
        if (p.right <= a || p.left >= b) {
          continue;
        }
        if (p.left <= a + 0.1f && p.right >= b - 0.1f || p.left > a && p.right < b) {
          // over the whole gutter, or inside it with gutter on both sides: the gutter is no column's edge
          crossed = true;
          break;
        }
        if (p.left <= a) {
          a = p.right;
        } else {
          b = p.left;
        }
      }
      if (!crossed && b - a >= min) {
        out.add(new float[] {a, b});
      }
    }
    return out;
  }

  /**
   * The run's lines as rows. A line starts a row where it has text in the first column, or in two columns at least
   * one of which had ended (the line above had no text there, or text that stopped short of the column's edge); other
   * lines carry on the cells of the row above (a wrapped cell).
   */
  private static Table rows(List<TextLine> run, List<float[]> gutters, IdentityHashMap<TextLine, Boolean> across) {
    int cols = gutters.size() + 1;
    float[] bounds = new float[cols - 1];
    for (int k = 0; k < bounds.length; k++) {
      bounds[k] = (gutters.get(k)[0] + gutters.get(k)[1]) / 2;
    }
    float[] lefts = new float[cols];
    float[] rights = new float[cols];
    Arrays.fill(lefts, Float.MAX_VALUE);
    Arrays.fill(rights, -Float.MAX_VALUE);
    List<TextLine[]> split = new ArrayList<>();
    for (TextLine l : run) {
      TextLine[] byCol = new TextLine[cols];
      if (!across.containsKey(l)) {
        for (TextLine p : l.pieces) {
          int c = column(bounds, p.left);
          byCol[c] = byCol[c] == null ? p : merge(byCol[c], p);
          lefts[c] = Math.min(lefts[c], p.left);
          rights[c] = Math.max(rights[c], p.right);
        }
      }
      split.add(byCol);
    }
    Table t = new Table(lefts, false);
    Styled[] row = null;
    TextLine[] prev = null;
    boolean[] had = new boolean[cols];
    for (int k = 0; k < run.size(); k++) {
      TextLine l = run.get(k);
      if (across.containsKey(l)) {
        Styled all = l.text();
        Styled[] r = new Styled[cols];
        Arrays.fill(r, all);
        t.rows.add(r);
        row = null;
        prev = null;
        continue;
      }
      TextLine[] cells = split.get(k);
      boolean starts = row == null;
      if (!starts) {
        int filled = 0;
        boolean ended = false;
        boolean allWrap = true;
        for (int c = 0; c < cols; c++) {
          if (cells[c] == null) {
            continue;
          }
          filled++;
          // the line above ran on into this one if this one's first word would not have fitted after it
          boolean wraps = prev[c] != null && prev[c].right + firstWord(cells[c]) > rights[c] - 0.3f * prev[c].em;
          allWrap &= wraps;
          ended |= !wraps && (had[c] || prev[c] != null);
        }
        starts = cells[0] != null && !allWrap || filled >= 2 && ended;
      }
      if (starts) {
        row = new Styled[cols];
        for (int c = 0; c < cols; c++) {
          row[c] = new Styled();
        }
        had = new boolean[cols];
        t.rows.add(row);
      }
      for (int c = 0; c < cols; c++) {
        if (cells[c] != null) {
          row[c].wrap(cells[c].text());
          had[c] = true;
        }
      }
      prev = cells;
    }
    return t;
  }

  /**
   * The width of what a line cannot be broken before: a run of Latin letters and digits, or one wide char, with the
   * closing punctuation after it (which may not begin a line).
   */
  static float firstWord(TextLine l) {
    List<Glyph> g = l.glyphs;
    Glyph first = g.get(0);
    int end = 1;
    if (!first.isWide()) {
      while (end < g.size() && !g.get(end).isWide() && g.get(end).left - g.get(end - 1).right < 0.2f * first.em) {
        end++;
      }
    }
    while (end < g.size() && CLOSING.indexOf(g.get(end).text.charAt(0)) >= 0) {
      end++;
    }
    return g.get(end - 1).right - first.left;
  }

  /** Punctuation that may not begin a line. */
  private static final String CLOSING = "、。，,．.；;：:？?！!）)］]｝}〕〉》」』】”’%％";

  private static int column(float[] bounds, float x) {
    int c = 0;
    while (c < bounds.length && x > bounds[c]) {
      c++;
    }
    return c;
  }

  private static TextLine merge(TextLine a, TextLine b) {
    List<Glyph> g = new ArrayList<>(a.glyphs);
    g.addAll(b.glyphs);
    return TextLine.of(g).get(0);
  }
}
