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

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.text.Fold;

/**
 * What may open a unit's sentence before the unit that leads it, passed over by {@link UnitLead#of}: the leader in
 * charge's clause ({@code 由杨志武副市长负责,市发改委牵头,…}: a person, no unit), a report's lead-in ({@code 《通知》要求,
 * 各县(市、区)供热主管部门要…}: what a document or meeting asks), a step's count in words ({@code 一是县财政局要…}) and
 * a request's 请 ({@code 请社会处检视…}: a directive addressed to the unit that carries it out).
 * Each says where the text goes on after it.
 */
final class LeadIns {

  private LeadIns() {}

  /**
   * Where the text goes on after a leader's clause that opens it ({@code 由杨志武副市长负责,}): a person with a title
   * and a role word, then a comma; {@code b} itself if there is none.
   */
  static int afterLeadersClause(String folded, int b, int n) {
    int i = b < n && folded.charAt(b) == '由' ? b + 1 : b;
    int comma = -1;
    for (int k = i; k < n && k - i <= 16; k++) {
      if (folded.charAt(k) == ',') {
        comma = k;
        break;
      }
    }
    if (comma < 0) {
      return b;
    }
    String clause = folded.substring(i, comma);
    for (String role : new String[] {"负责", "牵头", "分管", "主抓", "领衔"}) {
      if (clause.endsWith(role)) {
        String who = clause.substring(0, clause.length() - role.length());
        if (AgencyNames.isLeaderTitle(who)) {
          return Fold.trimStart(folded, comma + 1, n);
        }
      }
    }
    return b;
  }

  /**
   * Where the text goes on after a step counted in words that opens it ({@code 一是县财政局要…}: the count is the
   * step's numbering, no part of the unit's name or of its task); {@code b} if there is none. A step that hands its
   * part on ({@code 三是由市交巡警总队负责,…}, among the duties a unit's label counts) stays one of that unit's steps.
   */
  static int afterCountedStep(String folded, int b, int n) {
    return b + 2 < n && "一二三四五六七八九十".indexOf(folded.charAt(b)) >= 0 && folded.charAt(b + 1) == '是'
        && Fold.isHan(folded.charAt(b + 2)) && folded.charAt(b + 2) != '由' ? b + 2 : b;
  }

  /** Verbs of a short lead-in that reports what a document or meeting asks ({@code 《通知》要求,}). */
  private static final String[] LEAD_IN_VERBS = {"要求", "强调", "指出", "明确", "提出", "规定"};

  /** Where the text goes on after a short lead-in that ends with a reporting verb and a comma; {@code b} if none. */
  static int afterLeadIn(String folded, int b, int n) {
    for (int k = b + 2; k < n && k - b <= 12; k++) {
      char c = folded.charAt(k);
      if (c == '。' || c == ';' || c == ':') {
        return b;
      }
      if (c == ',') {
        for (String v : LEAD_IN_VERBS) {
          // 《通知》要求, 会议强调, 通知指出: what a document or meeting says (严格执行有关规定, is a task's words)
          String who = folded.substring(b, k - v.length());
          if (folded.startsWith(v, k - v.length()) && k - v.length() > b && (who.startsWith("《")
              || who.endsWith("会议") || who.endsWith("通知") || who.endsWith("意见") || who.endsWith("方案"))) {
            return Fold.trimStart(folded, k + 1, n);
          }
        }
        return b;
      }
    }
    return b;
  }

  /**
   * Where the text goes on after the 请 of a request that opens it ({@code 请社会处检视收容场所…}: a directive, as a
   * meeting's record or a leader's instructions give them, names who carries it out right after 请); {@code b} if
   * none. Whether units follow is the caller's to ask. A request after other words is asked of items only
   * ({@link #afterOccasion}): a line's words before it may be a wrapped sentence's rest ({@code …考察学习,请国土局…}).
   */
  static int afterRequest(String folded, int b, int n) {
    return b + 2 < n && folded.charAt(b) == '请' && Fold.isHan(folded.charAt(b + 1)) ? b + 1 : b;
  }

  /**
   * Where the text goes on after the 请 of a request whose occasion opens the sentence at {@code b}, whatever its
   * words ({@code 南港机厂开发案…会商会议,请三科派员…}): asked of a numbered item, which opens a sentence; {@code b} if
   * none.
   */
  static int afterOccasion(String folded, int b, int n) {
    int limit = Math.min(n - 2, b + MAX_BEFORE_REQUEST);
    for (int k = b; k < limit; k++) {
      char c = folded.charAt(k);
      if (c == '。' || c == ';' || c == ':') {
        return b;
      }
      if (c == '请' && (k == b || folded.charAt(k - 1) == ',') && Fold.isHan(folded.charAt(k + 1))) {
        return k + 1;
      }
    }
    return b;
  }

  /** The most chars of a request's occasion before its 请 ({@code 有关排水…等工作,请…}). */
  private static final int MAX_BEFORE_REQUEST = 60;
}
