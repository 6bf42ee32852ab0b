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

import dev.mandate.parser.internal.text.Fold;

/** What a line with no numbering reads as: a document title, a heading, a page marker. */
final class Titles {

  private static final String[] TITLE_ENDS = {"通知", "方案", "意见", "决定", "分解表", "情况表", "任务表", "清单",
      "计划", "安排", "办法", "责任表", "事项", "实事项目", "任务分工", "实事", "分解", "要点"};

  private Titles() {}

  /** A line that reads as a document title: short, and ends like one (a trailing bracketed remark allowed). */
  static boolean isTitle(String s) {
    String t = Fold.trim(s);
    if (t.length() > 100) {
      return false; // folding keeps the length
    }
    String f = Fold.fold(t);
    if (f.length() < 6 || f.endsWith("。") || f.endsWith(":") || f.contains("|")) {
      return false;
    }
    if (f.endsWith(")")) {
      int open = f.lastIndexOf('(');
      if (open > 0) {
        f = f.substring(0, open);
      }
    }
    for (String e : TITLE_ENDS) {
      if (f.endsWith(e)) {
        return !f.startsWith("附件") && !f.startsWith("现将") && !f.startsWith("根据");
      }
    }
    return false;
  }

  /** Whether a line with no numbering reads as a heading: short, mostly Han, not a sentence or a page marker. */
  static boolean plainHeading(String fullText) {
    if (fullText.length() > 30) {
      return false; // folding keeps the length: no need to fold a long line to see it is too long
    }
    String f = Fold.fold(fullText);
    return !f.endsWith("。") && !f.endsWith(":") && !f.contains("|") && mostlyHan(f) && !isPageMarker(f);
  }

  /** At least two Han chars and at least half of the non-space chars: not "- 3 -" or a bare number. */
  static boolean mostlyHan(String f) {
    int han = 0;
    int chars = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (!Fold.isSpace(c)) {
        chars++;
        han += Fold.isHan(c) ? 1 : 0;
      }
    }
    return han >= 2 && han * 2 >= chars;
  }

  /** 第3页, 共10页, 第 3 页 共 10 页: page furniture from a PDF or a print view. */
  static boolean isPageMarker(String f) {
    return f.endsWith("页") && (f.startsWith("第") || f.startsWith("共"));
  }
}
