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

import com.google.common.collect.ImmutableList;
import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * The units that support a unit leading its sentence: a partners' role clause after the lead's ({@code 县水务局牵头,
 * 县自然资源局配合,…}), those it works with ({@code 会同发展改革、财政等部门负责…}) and those its sentence's last clause
 * names ({@code …,各区政府配合。}). For {@link UnitLead} and the lines it leads.
 */
final class UnitPartners {

  private UnitPartners() {}

  /**
   * The words that close a partners' clause after a lead's ({@code 县水务局牵头,各乡镇负责落实,}): the support words, and
   * those of carrying the work out, which after a unit that leads name the others' part, as every other listed unit's
   * is support. Longest first.
   */
  private static final List<String> PARTNERS_AFTER_LEAD = ImmutableList.<String>builder().add("具体负责落实", "负责具体落实",
      "负责组织实施", "负责落实", "具体负责", "具体落实", "组织实施", "负责实施").addAll(RoleWords.SUPPORT).build();

  /**
   * Whether a lead's role word ends at the list mark at {@code i} and the partners' clause follows it up to the next
   * stop ({@code 由市住建局牵头、市消防救援支队配合。}): the mark parts the two clauses as a comma would.
   */
  static boolean partnersAfterMark(String folded, int i) {
    if (folded.charAt(i) != '、' || i < 4 || !(folded.startsWith("牵头", i - 2) || folded.startsWith("主办", i - 2))) {
      return false;
    }
    int n = folded.length();
    int e = i + 1;
    while (e < n && e - i <= 80 && ",;。".indexOf(folded.charAt(e)) < 0) {
      e++;
    }
    e = Fold.trimEnd(folded, i + 1, e);
    for (String w : RoleWords.SUPPORT) {
      int listEnd = e - w.length();
      if (listEnd > i + 2 && folded.startsWith(w, listEnd) && AgencyNames.isStrictList(folded.substring(i + 1, listEnd))) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a leading unit's role clause, a supporting units' one ({@code 县自然资源局、漾月街道配合,}): its list's end
   * and where the text after it starts, {@code {listEnd, textStart}}, or null.
   */
  static int[] supportClause(String folded, int at, boolean leads) {
    int n = folded.length();
    int limit = Math.min(n, at + 80);
    for (int e = at + 2; e < limit; e++) {
      char c = folded.charAt(e);
      if (c == ',' || c == ';' || c == '。') {
        for (String w : leads ? PARTNERS_AFTER_LEAD : RoleWords.SUPPORT) {
          int listEnd = e - w.length();
          // (统计局及各乡镇配合: two lists joined by 及 are one of names)
          String list = folded.substring(at, Math.max(at, listEnd));
          if (listEnd > at + 1 && folded.startsWith(w, listEnd)
              && (AgencyNames.isStrictList(list) || list.indexOf('及') > 0 && AgencyNames.isStrictList(list.replace('及', '、')))) {
            return c == '。' ? null : new int[] {listEnd, Fold.trimStart(folded, e + 1, n)};
          }
        }
        return null;
      }
    }
    return null;
  }

  /** The most chars read for the sentence a closing clause of supporting units ends: a duty's sentence is shorter. */
  private static final int MAX_CLOSED_SENTENCE = 200;

  /** Words of manner before a support word: 积极参与, 广泛参与 say how the public joins in, no partner's part. */
  private static final String[] MANNERS = {"积极", "广泛", "踊跃", "主动", "全力", "大力", "密切", "全面", "共同",
      "紧密", "热情", "自觉", "普遍", "有序"};

  /** The words that close a list of partners, no part of the last one's name: 等单位, 等部门. Longest first. */
  static final String[] OTHERS = {"等有关单位", "等有关部门", "等相关单位", "等相关部门", "等单位", "等部门"};

  /**
   * The supporting units a unit's sentence names in its last clause ({@code 市环保局负责开展…,各区政府配合。}), as
   * {@code {start, end}} of their list, or null: the subject carries the task the sentence gives, those named last
   * help it. The sentence ends at a full stop or a semicolon, or with the line; the clause must be a strict list of
   * names and a support word, nothing else. Asked where a unit-led line's clauses are made, when {@link UnitLead#of} found no
   * partners of its own.
   */
  static int[] closingSupport(UnitLead unit, String folded) {
    int from = unit.textStart > unit.nameEnd ? unit.textStart : unit.nameEnd;
    int n = folded.length();
    int limit = Math.min(n, from + MAX_CLOSED_SENTENCE);
    int end = from;
    int comma = -1;
    while (end < limit && folded.charAt(end) != '。' && folded.charAt(end) != ';') {
      comma = folded.charAt(end) == ',' ? end : comma;
      end++;
    }
    if (end == limit && limit < n || comma < 0) {
      return null;
    }
    int s = Fold.trimStart(folded, comma + 1, end);
    int e = Fold.trimEnd(folded, s, end);
    for (String w : RoleWords.SUPPORT) {
      if (e - s <= w.length() + 1 || !folded.startsWith(w, e - w.length())) {
        continue;
      }
      int names = e - w.length();
      for (String o : OTHERS) {
        if (names - o.length() > s + 1 && folded.startsWith(o, names - o.length())) {
          names -= o.length();
          break;
        }
      }
      String list = folded.substring(s, names);
      for (String adverb : MANNERS) {
        if (list.endsWith(adverb)) {
          return null; // …,各类社会组织积极参与。: how the public joins in, prose, no partners assigned
        }
      }
      return AgencyNames.isStrictList(list) && !SubjectBounds.isPlaceholder(list) ? new int[] {s, names} : null;
    }
    return null;
  }

  /** The most chars of the list after 会同. */
  private static final int MAX_TOGETHER = 60;

  /**
   * The units a subject works with, named after 会同 and before 负责 ({@code 会同发展改革、财政等部门负责…}), as
   * {@code {start, end}} of their list, or null: none named so, or only the relevant ones ({@code 会同有关部门}).
   */
  static int[] togetherWith(String folded, int at) {
    if (!folded.startsWith("会同", at)) {
      return null;
    }
    int start = at + 2;
    int limit = Math.min(folded.length() - 2, start + MAX_TOGETHER);
    for (int k = start + 2; k <= limit; k++) {
      char c = folded.charAt(k);
      if (!UnitLeadWords.isListChar(c)) {
        return null;
      }
      if (folded.startsWith("负责", k)) {
        int end = folded.startsWith("共同", k - 2) || folded.startsWith("分别", k - 2) ? k - 2 : k;
        String list = folded.substring(start, end);
        String named = list.endsWith("等部门") || list.endsWith("等单位") ? list.substring(0, list.length() - 3)
            + list.substring(list.length() - 2) : list;
        return !SubjectBounds.isPlaceholder(named) && AgencyNames.isList(named) ? new int[] {start, end} : null;
      }
    }
    return null;
  }
}
