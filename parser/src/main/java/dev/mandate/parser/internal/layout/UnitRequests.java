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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * The units a request addresses ({@code 请社会处检视…}, {@code 会商会议,请三科派员…}, {@code ;并请警察局…}): a directive, as a
 * meeting's record or a leader's instructions give them, names who carries it out right after 请. For {@link UnitLead}
 * and the lines it leads.
 */
final class UnitRequests {

  private UnitRequests() {}

  /**
   * The units a numbered item's request addresses after its occasion, whatever the occasion's words
   * ({@code • 南港机厂开发案…会商会议,请三科派员协同五科出席}): an item opens a sentence, so what stands before the request
   * is its occasion, never a wrapped sentence's rest; null if there is none.
   */
  static UnitLead requestInItem(String folded, int from) {
    int b = Fold.trimStart(folded, from, folded.length());
    if (folded.startsWith("会议", b)) {
      return null; // 二、会议审议通过了《…》,请县住建局按程序印发实施: minutes that tell what the meeting did, no task
    }
    int request = LeadIns.afterOccasion(folded, b, folded.length());
    boolean closing = false;
    if (request == b) {
      request = lastSentenceRequest(folded, b);
      closing = request > b;
    }
    UnitLead unit = request > b ? addressee(folded, request, b) : null;
    if (unit != null && closing && plainRequest(folded, request)) {
      // (the problem is the task, the request after it says whose: no part of its text, where it says nothing more —
      // a time, a figure or a partner's clause in it stays the task's)
      unit.textEnd = request - 1;
    }
    return unit;
  }

  /** Whether the request from {@code at} to the line's end holds one clause and no figure ({@code 请市文明办协调解决}). */
  private static boolean plainRequest(String folded, int at) {
    for (int k = at; k < folded.length(); k++) {
      char c = folded.charAt(k);
      if (c == ',' || c == ';' || c == '、' && k > at + MAX_ADDRESSEES || Character.isDigit(c)
          || "一二三四五六七八九十".indexOf(c) >= 0 || folded.startsWith("前", k) || folded.startsWith("底", k)) {
        return false;
      }
    }
    return true;
  }

  /** The most chars of an item's last sentence read as a request ({@code 请市文明办协调解决}). */
  private static final int MAX_REQUEST = 30;

  /**
   * Where the names start after the 请 that opens an item's last sentence, short and after the item's own sentences
   * ({@code 2、食堂工作人员无健康证. 请市文明办协调解决}: a problem found, then whom it is asked of); {@code b} if none.
   */
  private static int lastSentenceRequest(String folded, int b) {
    int n = Fold.trimEnd(folded, b, folded.length());
    for (int k = n - 2; k > b + 2 && n - k <= MAX_REQUEST; k--) {
      char c = folded.charAt(k);
      if (c == '。' || c == '.' && Fold.isSpace(folded.charAt(k + 1))) {
        int s = Fold.trimStart(folded, k + 1, n);
        return s + 2 < n && folded.charAt(s) == '请' && Fold.isHan(folded.charAt(s + 1)) ? s + 1 : b;
      }
    }
    return b;
  }

  /** The most chars of the names a request addresses. */
  private static final int MAX_ADDRESSEES = 40;

  /**
   * The units a request addresses from {@code at}, right after its 请 ({@code 请交通处、公路局东工分局掌握…}), the task's
   * text from {@code sentence}; null if no list of names opens it there, or it names every unit (各单位) or a label.
   */
  static UnitLead addressee(String folded, int at, int sentence) {
    if (UnitLeadWords.startsWithVerb(folded, at) || LineShapes.startsWithAny(folded, at, UnitLeadWords.OPENERS)
        || LineShapes.startsWithAny(folded, at, REQUEST_PREDICATES)) {
      return null;
    }
    int limit = Math.min(folded.length(), at + MAX_ADDRESSEES);
    for (int e = at + 2; e <= limit; e++) {
      char c = folded.charAt(e - 1);
      if (!UnitLeadWords.isListChar(c)) {
        return null;
      }
      if (requestedUnitsEnd(folded, at, e)) {
        e = strongerEnd(folded, at, e, limit);
        if (e < folded.length() && (folded.charAt(e) == '长' || folded.startsWith("主任", e))) {
          return null; // 请张局长协调解决: a person by title, no office (张局)
        }
        String names = folded.substring(at, e);
        if (SubjectBounds.isPlaceholder(names) || Labels.named(names) != null || UnitLeadWords.isUnitsLabel(names)) {
          return null;
        }
        UnitLead unit = new UnitLead(at, e, sentence, false, folded.startsWith("牵头", e) || folded.startsWith("主办", e));
        unit.requested = true;
        int clauseEnd = unit.leads ? UnitLeadWords.roleClauseEnd(folded, e) : -1;
        int[] partners = clauseEnd > 0 ? UnitPartners.supportClause(folded, Fold.trimStart(folded, clauseEnd,
            folded.length()), true) : null;
        if (partners != null) {
          // 请区住建局牵头,区综合执法局配合,6月底前整改到位: the lead's partners after its role clause
          unit.supportStart = Fold.trimStart(folded, clauseEnd, folded.length());
          unit.supportEnd = partners[0];
        }
        return unit;
      }
    }
    return null;
  }

  /**
   * Where the names a request addresses end when a strong name goes on past {@code e} ({@code 请县市场监管局督促…}: not
   * 县市场, a name's first chars): the furthest end within reach whose last name is strong; {@code e} if none.
   */
  private static int strongerEnd(String folded, int at, int e, int limit) {
    int best = e;
    // (请一科督促受託設計單位…: a verb after the names ends them, whatever name its object is)
    for (int k = e + 1; k <= limit && UnitLeadWords.isListChar(folded.charAt(k - 1))
        && !UnitLeadWords.startsWithVerb(folded, k - 1); k++) {
      if (requestedUnitsEnd(folded, at, k)
          && AgencyNames.isStrongName(folded.substring(UnitLeadWords.pieceStart(folded, at, k, UnitLeadWords.LIST_JOINS), k))) {
        best = k;
      }
    }
    return best;
  }

  /**
   * The units the line's later requests address, after these units ({@code …;并请警察局及新闻处加强宣导}, {@code 另请民政处
   * 督导…}): a request's partners, each as [start, end) of its names.
   */
  static List<int[]> laterAddressees(UnitLead unit, String folded) {
    List<int[]> found = new java.util.ArrayList<>();
    int n = folded.length();
    for (int k = folded.indexOf('请', unit.nameEnd); k > 0 && k + 2 < n; k = folded.indexOf('请', k + 1)) {
      if (",;。并另".indexOf(folded.charAt(k - 1)) < 0) {
        continue;
      }
      UnitLead other = addressee(folded, k + 1, k + 1);
      if (other != null) {
        found.add(new int[] {other.nameStart, other.nameEnd});
        k = other.nameEnd;
      }
    }
    return found;
  }

  /**
   * Whether the names a request addresses end at {@code e} ({@code 请社会处|检视…}): a list of names ends there with a
   * name (各牵|头单位, 各牵头单位和责|任单位 are none, though 各 opens a list of any words), the next
   * char is a Han char that neither joins another name ({@code 、和及}) nor goes on with this one (社会|处: the name
   * one char longer is a list still), and the name's last char does not open a word with it ({@code 请加速办理}: 办理 is
   * the verb, no office 加速办).
   */
  private static boolean requestedUnitsEnd(String folded, int b, int e) {
    int n = folded.length();
    if (e >= n || !Fold.isHan(folded.charAt(e)) || UnitLeadWords.LIST_JOINS.indexOf(folded.charAt(e)) >= 0
        || !AgencyNames.mayEndName(folded.charAt(e - 1)) || !AgencyNames.isList(folded.substring(b, e))
        || !AgencyNames.isName(folded.substring(UnitLeadWords.pieceStart(folded, b, e, UnitLeadWords.LIST_JOINS), e))) {
      return false;
    }
    if (AgencyNames.mayEndName(folded.charAt(e)) && AgencyNames.isList(folded.substring(b, e + 1))
        && !LineShapes.startsWithAny(folded, e, WORDS_FROM_SUFFIXES)) {
      return false;
    }
    return !LineShapes.startsWithAny(folded, e - 1, WORDS_FROM_SUFFIXES);
  }

  /**
   * Words whose first char is a name's suffix: after 请 they are the request's verb, no office's end (请加速办理, not
   * 加速办; 请经绿处协调…, not 经绿处协; 请物业服务中心与体育学院联系…, not 体育学院联).
   */
  private static final String[] WORDS_FROM_SUFFIXES = {"办理", "办好", "处理", "处置", "部署", "科学", "会商", "会同",
      "协调", "协助", "联系", "联合"};

  /**
   * Words that open a request's predicate, not its addressee ({@code 请认真组织实施}, {@code 请你们针对…}), besides the
   * verbs and openers asked before them ({@code 请结合部门职责…}, {@code 请按照…}): where a request opens so, it names no
   * unit (names of weak suffix would be read in them: 认真组).
   */
  private static final String[] REQUEST_PREDICATES = {"认真", "及时", "尽快", "抓紧", "切实", "加速", "加快", "注意",
      "务必", "你们", "您", "大家", "各位", "严格", "进一步", "立即", "于"};
}
