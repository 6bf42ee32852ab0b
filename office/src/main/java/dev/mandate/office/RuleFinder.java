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

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of a page: stroked horizontal and vertical segments, the edges of stroked rectangles, and filled
 * rectangles thin enough to be a line (how most writers draw table borders). Coordinates are top-down, like the
 * text's. Not thread-safe; one per page.
 */
final class RuleFinder extends PDFGraphicsStreamEngine {

  /** A page with more rules than this is a drawing, not a table: its rules are not used. */
  private static final int MAX_RULES = 20_000;
  /** How thin a filled rectangle must be to be a rule, in points. */
  private static final float THIN = 2.5f;

  /** A horizontal or vertical rule: from (x1, y1) to (x2, y2), x1 ≤ x2 and y1 ≤ y2. */
  static final class Rule {
    final float x1;
    final float y1;
    final float x2;
    final float y2;

    Rule(float x1, float y1, float x2, float y2) {
      this.x1 = Math.min(x1, x2);
      this.y1 = Math.min(y1, y2);
      this.x2 = Math.max(x1, x2);
      this.y2 = Math.max(y1, y2);
    }

    boolean horizontal() {
      return y2 - y1 < x2 - x1;
    }
  }

  private final float height;
  private final float offsetX;
  private final List<Rule> rules = new ArrayList<>();
  private final List<float[]> path = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private float[] current;
  private float[] start;
  private boolean tooMany;

  RuleFinder(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.height = box.getUpperRightY();
    this.offsetX = box.getLowerLeftX();
  }

  /** The rules found, or none if the page has too many to be a table's. */
  List<Rule> rules() {
    return tooMany ? List.of() : rules;
  }

  private float[] point(Point2D p) {
    return new float[] {(float) p.getX() - offsetX, height - (float) p.getY()};
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float[] a = point(p0);
    float[] c = point(p2);
    rectangles.add(new float[] {Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[0], c[0]),
        Math.max(a[1], c[1])});
  }

  @Override
  public void moveTo(float x, float y) {
    current = point(new Point2D.Float(x, y));
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    float[] to = point(new Point2D.Float(x, y));
    if (current != null) {
      path.add(new float[] {current[0], current[1], to[0], to[1]});
    }
    current = to;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = point(new Point2D.Float(x3, y3));
  }

  @Override
  public Point2D getCurrentPoint() {
    return current == null ? new Point2D.Float() : new Point2D.Float(current[0], height - current[1]);
  }

  @Override
  public void closePath() {
    if (current != null && start != null) {
      path.add(new float[] {current[0], current[1], start[0], start[1]});
      current = start;
    }
  }

  @Override
  public void endPath() {
    clear();
  }

  @Override
  public void strokePath() {
    for (float[] s : path) {
      add(s[0], s[1], s[2], s[3]);
    }
    for (float[] r : rectangles) {
      add(r[0], r[1], r[2], r[1]);
      add(r[0], r[3], r[2], r[3]);
      add(r[0], r[1], r[0], r[3]);
      add(r[2], r[1], r[2], r[3]);
    }
    clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] r : rectangles) {
      float w = r[2] - r[0];
      float h = r[3] - r[1];
      if (h <= THIN && w > THIN) {
        add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
      } else if (w <= THIN && h > THIN) {
        add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
      }
    }
    clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // a clipping path is no rule; the path is ended by the operator after it
  }

  @Override
  public void drawImage(PDImage pdImage) {
    // images are not read (no OCR)
  }

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    // shadings are not rules
  }

  @Override
  public void showAnnotation(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation) {
    // annotations are not part of the page's own drawing
  }

  private void add(float x1, float y1, float x2, float y2) {
    boolean horizontal = Math.abs(y2 - y1) < 1 && Math.abs(x2 - x1) > 2;
    boolean vertical = Math.abs(x2 - x1) < 1 && Math.abs(y2 - y1) > 2;
    if (!horizontal && !vertical) {
      return;
    }
    if (rules.size() >= MAX_RULES) {
      tooMany = true;
      return;
    }
    rules.add(new Rule(x1, y1, x2, y2));
  }

  private void clear() {
    path.clear();
    rectangles.clear();
    current = null;
    start = null;
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    super.processPage(page);
  }
}
