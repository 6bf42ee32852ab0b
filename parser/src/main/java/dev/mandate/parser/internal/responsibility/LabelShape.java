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
package dev.mandate.parser.internal.responsibility;

import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.Residue;
import dev.mandate.parser.internal.text.WordIndex;

/**
 * Reads a label by its shape, {@code <modifier><head noun>}, not from a list: the head noun says what follows the
 * colon — units ({@code 单位 部门 处室 科室 主体}), a person ({@code 领导 责任人 负责人}) or a time ({@code 时限 时间
 * 节点 期限}) — and the modifier says the units' role: lead ({@code 牵头 主办 主责 主要 第一}), support ({@code 配合
 * 协办 协同 参与 共同 协助}), or responsible ({@code 责任 实施 承办 落实 …}). So {@code 牵头落实单位}, {@code 问题整改
 * 责任单位}, {@code 牵头负责领导} and {@code 整改时限} read as a lead's, a responsible unit's, a person's and a deadline
 * label with no entry in {@code labels.txt}, whose entries stay as tests and tie-breakers.
 *
 * <p>A modifier is known when it is made of the morphemes of such labels only; a label with another modifier
 * ({@code 包片单位}) is one only where an agency list follows it (the caller checks). A modifier that names a place or
 * a level ({@code 各有关单位}, {@code 市直单位}) is an addressee, never a label.
 */
public final class LabelShape {

  /** The longest label, in chars (spaces inside left out). */
  public static final int LONGEST = 10;

  private static final String[] UNIT_HEADS = {"单位", "部门", "处室", "科室", "股室", "司局", "局室", "主体", "机关", "机构",
      "单位及责任人",
      "部门及责任人", "分工"};
  private static final String[] PERSON_HEADS = {"领导", "责任人", "负责人", "联系人", "责任领导", "包保人"};
  /** Heads of a progress or remark label: 实际完成情况, 工作进展, 备注. */
  private static final String[] REMARK_HEADS = {"情况", "进展", "进度", "备注"};
  /** Words of a progress label's modifier besides the neutral ones: 实际完成情况, 目前进展. */
  private static final String[] REMARK_WORDS = {"实际", "目前", "当前", "截至", "年度", "阶段", "进展", "完成"};
  private static final String[] TIME_HEADS = {"时限", "时间", "期限", "节点", "日期", "时限要求", "时间要求", "时间节点"};

  /** Whether a label's word ends with a head noun of time ({@code 竞赛时间}, {@code 完成时限}): what it gives is a time. */
  public static boolean namesTime(String word) {
    for (String h : TIME_HEADS) {
      if (word.endsWith(h)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] LEAD_WORDS = {"牵头", "主办", "主责", "主要", "第一", "首要"};
  /** The lead's words that are verbs of the role, not adjectives of rank (主要, 第一, 首要). */
  private static final String[] LEAD_VERBS = {"牵头", "主办", "主责"};
  private static final String[] SUPPORT_WORDS = {"配合", "协办", "协同", "参与", "参加", "协作", "协助", "共同", "提供",
      "配合实施"};
  /** Morphemes of a responsible unit's label that say nothing of its role. */
  private static final String[] NEUTRAL_WORDS = {"责任", "实施", "承办", "落实", "整改", "主管", "具体", "负责", "完成",
      "办结", "工作", "问题", "督办", "包保", "挂钩", "联系", "分管", "执行", "直接", "数据", "办理", "承担", "推进",
      "建设", "项目", "任务", "截止", "计划", "督导", "部门", "职责", "分工", "包抓", "包联"};
  /** Words that make a modifier an addressee or a place: 各有关单位, 市直单位, 县属部门, 其他单位. */
  private static final String[] PLACE_WORDS = {"各", "有关", "相关", "省", "市", "县", "区", "乡", "镇", "街道", "村", "直属",
      "所属", "成员", "其他", "其余", "下列", "以上", "上述", "全", "该", "本"};

  /** The modifiers' morphemes by their first char: a lead's first, then a supporter's, then the neutral ones. */
  private static final WordIndex MORPHEMES_BY_FIRST = WordIndex.byFirst(java.util.stream.Stream.of(LEAD_WORDS,
      SUPPORT_WORDS, NEUTRAL_WORDS).flatMap(java.util.Arrays::stream).toArray(String[]::new));

  /** The last chars of the head nouns (pinyin residue ends in a bracket). */
  private static final String HEAD_ENDS = headEnds();

  private static String headEnds() {
    StringBuilder b = new StringBuilder(")");
    for (String[] heads : new String[][] {UNIT_HEADS, PERSON_HEADS, TIME_HEADS, REMARK_HEADS}) {
      for (String h : heads) {
        if (b.indexOf(h.substring(h.length() - 1)) < 0) {
          b.append(h.charAt(h.length() - 1));
        }
      }
    }
    return b.toString();
  }

  private LabelShape() {}

  /** What a label's words say. */
  public enum Reading {
    /** Units follow, with their role known from the modifier (or none said). */
    KNOWN,
    /** Units may follow, but the modifier is unknown: a label only before an agency list. */
    UNKNOWN_MODIFIER
  }

  /**
   * The clause kind of the label {@code f[b, e)} (folded, spaces inside allowed, no colon), or null if it is no
   * label by shape. {@code known} receives whether the modifier was read in full ({@link Reading#KNOWN}); where it
   * was not, the caller accepts the label only before an agency list.
   */
  public static Clause.Kind kind(String f, int b, int e, Reading[] known) {
    int last = e - 1;
    while (last >= b && Fold.isSpace(f.charAt(last))) {
      last--;
    }
    if (last < b || HEAD_ENDS.indexOf(f.charAt(last)) < 0 || e - b > 3 * LONGEST) {
      return null; // asked of every colon's words: most end with no head noun's char
    }
    String word = Fold.allHan(f, b, e) ? f.substring(b, e) : withoutSpacesAndResidue(f, b, e);
    if (word == null) {
      return null;
    }
    int n = word.length();
    if (n < 2 || n > LONGEST) {
      return null;
    }
    Clause.Kind kind = null;
    String head = null;
    for (String h : UNIT_HEADS) {
      if (word.endsWith(h) && (head == null || h.length() > head.length())) {
        head = h;
        kind = Clause.Kind.GENERIC;
      }
    }
    for (String h : PERSON_HEADS) {
      if (word.endsWith(h) && (head == null || h.length() > head.length())) {
        head = h;
        kind = Clause.Kind.PERSON;
      }
    }
    for (String h : TIME_HEADS) {
      if (word.endsWith(h) && (head == null || h.length() > head.length())) {
        head = h;
        kind = Clause.Kind.DEADLINE;
      }
    }
    for (String h : REMARK_HEADS) {
      if (word.endsWith(h) && (head == null || h.length() > head.length())) {
        head = h;
        kind = Clause.Kind.REMARK;
      }
    }
    if (head == null) {
      return null;
    }
    String modifier = word.substring(0, n - head.length());
    if (kind == Clause.Kind.REMARK) {
      // 实际完成情况:, 进展情况:, 备注: — progress or a remark after a task's units; 基本情况 is a heading's word
      boolean remark = modifier.length() <= 6 && readsAs(modifier, true);
      if (known != null) {
        known[0] = Reading.KNOWN;
      }
      return remark ? kind : null;
    }
    if (kind == Clause.Kind.PERSON) {
      // 分管省领导, 责任县领导: a leader of a level, no addressee; the level says nothing of the label's shape
      modifier = modifier.replaceAll("[省市县区镇乡]", "");
    }
    if (kind == Clause.Kind.GENERIC && modifier.length() >= 3 && "省市县区".indexOf(modifier.charAt(0)) >= 0
        && (firstIndex(modifier.substring(1), LEAD_VERBS) == 0 || firstIndex(modifier.substring(1), SUPPORT_WORDS) == 0)) {
      // 省牵头单位, 市配合单位: the level of the units a role word labels, no addressee
      modifier = modifier.substring(1);
    }
    for (String place : kind == Clause.Kind.PERSON ? new String[0] : PLACE_WORDS) {
      if (modifier.contains(place)) {
        return null;
      }
    }
    if (modifier.contains("发布") || modifier.contains("发文") || modifier.contains("印发") || modifier.contains("来源")) {
      return null; // 发布部门: a page's or a document's publisher, no label of a task
    }
    boolean readInFull = modifier.length() <= 6 && readsAs(modifier);
    if (known != null) {
      known[0] = readInFull ? Reading.KNOWN : Reading.UNKNOWN_MODIFIER;
    }
    if (kind != Clause.Kind.GENERIC) {
      // a person's or a time's label says nothing of a role, but its modifier must still read as a label's
      // (牵头负责领导, 整改时限), or 发布时间: of a page's furniture would read as a deadline
      return readInFull ? kind : null;
    }
    if (modifier.isEmpty()) {
      return kind == Clause.Kind.GENERIC && (head.equals("主体") || head.equals("机构")) ? null : kind;
    }
    int lead = firstIndex(modifier, LEAD_WORDS);
    int support = firstIndex(modifier, SUPPORT_WORDS);
    // 主要协作单位: an adjective of rank (主要, 第一) says which of the supporters, the verb after it says the role
    boolean rankOnly = lead >= 0 && firstIndex(modifier, LEAD_VERBS) < 0;
    if (lead >= 0 && (support < 0 || lead < support && !rankOnly)) {
      return Clause.Kind.LEAD;
    }
    if (support >= 0) {
      return Clause.Kind.SUPPORT;
    }
    return Clause.Kind.GENERIC;
  }

  /** The Han chars of {@code f[b, e)}, spaces and pinyin residue left out; null if another char is there. */
  private static String withoutSpacesAndResidue(String f, int b, int e) {
    StringBuilder w = new StringBuilder(e - b);
    for (int i = b; i < e; i++) {
      char c = f.charAt(i);
      int residue = Residue.groupEnd(f, i);
      if (residue > i && residue <= e) {
        i = residue - 1; // 責(zé)任單(dān)位: the pinyin a converter left
        continue;
      }
      if (Fold.isSpace(c)) {
        continue;
      }
      if (!Fold.isHan(c)) {
        return null;
      }
      w.append(c);
    }
    return w.toString();
  }

  /** Whether a modifier is made of label morphemes only. */
  private static boolean readsAs(String modifier) {
    return readsAs(modifier, false);
  }

  /** Whether a modifier is made of label morphemes only, and of a progress label's words where {@code remark}. */
  private static boolean readsAs(String modifier, boolean remark) {
    int i = 0;
    outer:
    while (i < modifier.length()) {
      for (String m : MORPHEMES_BY_FIRST.get(modifier.charAt(i))) {
        if (modifier.startsWith(m, i)) {
          i += m.length();
          continue outer;
        }
      }
      if (remark) {
        for (String m : REMARK_WORDS) {
          if (modifier.startsWith(m, i)) {
            i += m.length();
            continue outer;
          }
        }
      }
      return false;
    }
    return true;
  }

  private static int firstIndex(String s, String[] words) {
    int best = -1;
    for (String w : words) {
      int at = s.indexOf(w);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }
}
