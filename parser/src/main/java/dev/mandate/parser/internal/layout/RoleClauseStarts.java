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

import static dev.mandate.parser.internal.layout.UnitStarts.byRoleClause;

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.text.Fold;

/**
 * Where a sentence led by 由 starts a task inside a paragraph, for {@link RunOnLines}: a role clause after a comma
 * ({@code 通知还明确了,由X牵头,Y配合,开展…}) with the words that lead into it ({@code 此外,}), its sentence's end, and the
 * sentence after a numbered item's topic that gives the topic's units ({@code 七、开展…行动。由县委宣传部牵头,组织…}), which
 * starts no part. The clauses themselves are read by {@link UnitLead} and {@link TopicSubject}.
 */
final class RoleClauseStarts {

  private RoleClauseStarts() {}

  /** The longest topic of a numbered item whose body after it is led by 由 (see {@link TopicSubject}). */
  private static final int MAX_TOPIC = 20;

  /** The longest topic that opens a paragraph with no numbering, as a run-in title: 食品安全。, 卫生防疫。 */
  private static final int MAX_RUN_IN_TOPIC = 10;

  /** The shortest run-in title of a paragraph with no numbering: four chars, as 食品安全. */
  private static final int MIN_RUN_IN_TOPIC = 4;

  /**
   * Whether a role clause inside a sentence starts a task at {@code i}, its 由 ({@code p} the char before it): after a
   * comma ({@code ,由县发展和改革局牵头,…}), after a comma and a space, or after a word of two chars at most after a
   * comma or a stop ({@code …清单,首先由市住建局牵头、…}, {@code 。其次由…}), where a lead's and its partners' clauses
   * follow.
   */
  static boolean startsAt(String f, int i, char p) {
    int n = f.length();
    return f.charAt(i) == '由' && (p == ',' || Fold.isSpace(p) && RunOnLines.lastBefore(f, i - 1) == ','
        || afterCommaWord(f, i)) && i + 1 < n && byRoleClause(f, i + 1);
  }

  /**
   * Whether the text at {@code b}, up to the next numbered item or the line's end, is one role sentence and nothing
   * more ({@code 。由市发改委牵头,市经委…分别与区、县政府共同编制,6月25日完成。 6.…}; its closing time and leaders in
   * charge may follow it): the clause of the task before it, no task of its own. (Where more sentences led by 由
   * follow, 由市民政局牵头,开展…, each starts a part as before.)
   */
  static boolean closesTheTaskBefore(String f, int b) {
    if (f.charAt(b) != '由') {
      return false;
    }
    // (looked for within a role sentence's reach: the work per sentence led by 由 stays bounded, whatever the line)
    int end = Math.min(f.length(), b + MAX_ROLE_SPAN);
    for (int i = b + 1; i < end; i++) {
      char p = f.charAt(i - 1);
      if ((Fold.isSpace(p) || p == '。' || p == ';') && RunOnLines.isItemStart(f, Fold.trimStart(f, i, f.length()))) {
        end = i;
        break;
      }
    }
    return InlineClauses.roleSentenceStart(f.substring(b, end), 0) == 0;
  }

  /** The most chars of a role sentence with its closing time and leaders in charge. */
  static final int MAX_ROLE_SPAN = 300;

  /**
   * Where the body led by 由 starts after a numbered item's short topic at the line's start ({@code 七、开展…行动。由…}),
   * or -1.
   */
  static int topicBody(String f, int n) {
    int first = Fold.trimStart(f, 0, n);
    if (!RunOnLines.isItemStart(f, first)) {
      return unnumberedTopicBody(f, first, n);
    }
    int stop = f.indexOf('。', first);
    int colon = f.indexOf(':', first);
    if (colon > first && (stop < 0 || colon < stop)) {
      stop = colon; // 1.“农村居民人均纯收入”:由市农林局牵头,…: the topic closed by its colon, as by a full stop
    }
    if (stop < 0 || stop - first > MAX_TOPIC + 4 || f.lastIndexOf(',', stop) > first) {
      return -1;
    }
    int b = Fold.trimStart(f, stop + 1, n);
    if (b < n && SubjectBounds.isBy(f, b)) {
      return b;
    }
    return TopicSubject.bodyByRole(f, first + Numbering.of(f.substring(first, Math.min(n, first + 8))).length, n);
  }

  /**
   * Where the body led by 由 starts after a short topic that opens a line with no numbering ({@code 食品安全。由市食品安全办
   * 牵头,会同…执行…。…}: the paragraph's run-in title, the body its one task), or -1.
   */
  static int unnumberedTopicBody(String f, int first, int n) {
    int stop = first;
    while (stop < n && stop - first <= MAX_RUN_IN_TOPIC && Fold.isHan(f.charAt(stop))) {
      stop++;
    }
    if (stop >= n || f.charAt(stop) != '。' || stop - first < MIN_RUN_IN_TOPIC || stop - first > MAX_RUN_IN_TOPIC
        || SubjectBounds.startsWithModalWithin(f, first, stop)) {
      return -1; // (机制。由…: a wrapped line's last words; 各单位要高度重视。: a sentence of what to do, no title)
    }
    int b = Fold.trimStart(f, stop + 1, n);
    if (b >= n || !SubjectBounds.isBy(f, b)) {
      return -1;
    }
    // the sentence after 由 names its lead before its role word (由市食品安全办牵头,…; not 由各单位主要负责同志亲自抓)
    for (int k = b + 2; k < n && k - b <= 40 && ",。;".indexOf(f.charAt(k)) < 0; k++) {
      if (f.startsWith("牵头", k) || f.startsWith("负责", k)) {
        return AgencyNames.isList(f.substring(b + 1, k)) ? b : -1;
      }
    }
    return -1;
  }

  /**
   * Where the words that lead into a role clause inside a sentence start ({@code …行动。此外,由市住建局牵头…}, {@code
   * 会议议定,由…}, {@code 各部门编发了清单,首先由…}): after the last sentence end between {@code from} and the clause's
   * 由 at {@code b}, or at the line's start where {@code from} is it and no sentence ends before; -1 where the clause's
   * sentence starts with the part before it (由X牵头,Y配合,开展…,由Z牵头…: that part's task goes on to the clause).
   */
  static int leadInStart(String f, int from, int b) {
    for (int k = b - 1; k >= from; k--) {
      char c = f.charAt(k);
      if (c == '。' || c == ';' || c == '!' || c == '?') {
        return k + 1;
      }
    }
    // (1.加强…,由X牵头…: a numbered item's start is its own part, no words leading in)
    return from == 0 && !RunOnLines.isItemStart(f, Fold.trimStart(f, 0, f.length())) ? 0 : -1;
  }

  /**
   * Where the sentence from {@code b} ends: its full stop, or an ASCII one after a Han char with a space after it
   * ({@code …4月底前完成. 会议要求…}, as a copy with ASCII punctuation writes it); -1 where none comes.
   */
  static int stopAfter(String f, int b) {
    int n = f.length();
    for (int k = b; k < n; k++) {
      char c = f.charAt(k);
      if (c == '。' || c == '.' && k > b && Fold.isHan(f.charAt(k - 1)) && k + 1 < n && Fold.isSpace(f.charAt(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether one or two Han chars after a comma or a sentence's end stand right before {@code i} ({@code ,首先由},
   * {@code ,并由}, {@code 。其次由}).
   */
  private static boolean afterCommaWord(String f, int i) {
    return i >= 3 && Fold.isHan(f.charAt(i - 1)) && (isClauseBreak(f.charAt(i - 2))
        || Fold.isHan(f.charAt(i - 2)) && isClauseBreak(f.charAt(i - 3)));
  }

  private static boolean isClauseBreak(char c) {
    return c == ',' || c == '。' || c == ';';
  }

  /** The most chars of the words that lead into a role clause and are dropped ({@code 此外,}, {@code 会议议定,}). */
  static final int MAX_LEAD_IN = 9;
}
