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
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.LabelShape;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a responsibility clause sits inside an item's line, other than in a bracket at its end ({@link ClauseBrackets})
 * or in labels after a sentence end ({@link InlineLabels}): a role sentence with no bracket as its last sentence
 * ({@code 由市教育局牵头，市财政局配合。}), or a sentence after the task's that says whose the task is.
 */
final class InlineClauses {

  /** Role words that end a part of a role sentence ({@code 市教育局牵头}), the lead's first. */
  private static final List<String> ROLE_WORDS = List.of("牵头", "负责", "主办", "配合", "协办", "参与", "协助", "协同", "参加");
  /**
   * What follows 负责 in a role sentence: 负责落实, 负责实施. Not 负责组织实施, which is a task of its own (由各地负责组织实施:
   * an item, no clause of the one before).
   */
  private static final List<String> ROLE_OBJECTS = List.of("落实", "实施");

  private InlineClauses() {}

  /**
   * Where a role sentence with no bracket ends a line, or is the line: {@code 由市教育局牵头,市财政局配合。} — the last
   * sentence, each of its parts a list of agency names and a role word, one of them a lead's. -1 if none.
   */
  static int roleSentenceStart(String folded, int from) {
    int e = RoleSentenceParts.closingWords(folded, from, sentenceEnd(folded, from))[0];
    // 由…负责落实: the role word and what the units are to do with the task
    for (String after : ROLE_OBJECTS) {
      if (e - from > after.length() + 2 && folded.startsWith(after, e - after.length())
          && folded.startsWith("负责", e - after.length() - 2)) {
        e -= after.length();
        break;
      }
    }
    if (e - from > 6 && !endsWithRoleWord(folded, e)) {
      int implementing = byUnitsImplementing(folded, from, e);
      if (implementing >= 0) {
        return implementing;
      }
      e = byUnitsResponsibleFor(folded, from, e);
    }
    if (e - from < 4 || !endsWithRoleWord(folded, e) && !endsWithUnitsLabel(folded, e)
        && !RoleSentenceParts.endsWithJointWork(folded, from, e)) {
      return -1; // asked of every item line: most end otherwise, and are let go before anything is cut
    }
    // the last sentence: after the last 。 or ; before its end, within a role sentence's reach
    int s = -1;
    for (int i = e - 1; i >= from && i >= e - 120; i--) {
      char c = folded.charAt(i);
      if (c == '。' || c == ';' || c == '；') {
        s = i + 1;
        break;
      }
    }
    if (s < 0) {
      if (e - from > 120) {
        return -1;
      }
      s = from;
    }
    s = Fold.trimStart(folded, s, e);
    // a role sentence of two parts at least (审批处牵头,人事处协助; 。纪检组牵头,各科室配合), every part of it a list and its
    // role word: the frame says they are units, as 由 does (not a whole population, 全社会参与)
    boolean alone = folded.indexOf(',', s) >= 0 && folded.indexOf(',', s) < e;
    // (此项工作由市教育局牵头,…参加: the task named as the sentence's subject before its 由)
    int subject = thisTaskBy(folded, s);
    boolean by = s < e && folded.charAt(s) == '由' || subject >= 0 && subject < e;
    int b = subject >= 0 && subject < e ? subject + 1 : by ? s + 1 : s;
    boolean lead = false;
    // 由市财政局、农业局,各县(市)、区人民政府负责: groups before the last share its role word
    boolean shared = false;
    int partStart = b;
    for (int i = b; i <= e; i++) {
      char c = i < e ? folded.charAt(i) : ',';
      if (c != ',' && c != '，' && !(c == '、' && UnitPartners.partnersAfterMark(folded, i))) {
        continue; // (由市住建局牵头、市消防救援支队配合: the mark after the lead's role word parts the clauses)
      }
      String part = Fold.trim(folded.substring(partStart, i));
      Clause.Kind labelled = labelledRole(part);
      if (labelled != null) {
        // 市教育局为牵头单位: a list, 为, and a label saying its role
        lead |= labelled != Clause.Kind.SUPPORT;
        partStart = i + 1;
        continue;
      }
      String role = roleWordAtEnd(part);
      if (role != null && AgencyNames.isLeaderTitle(part.substring(0, part.length() - role.length()))) {
        partStart = i + 1; // 分管副市长负责: the leader in charge, a person, no unit's part
        continue;
      }
      if (role == null && RoleSentenceParts.jointWork(part) != null) {
        // 市经委、市交通局分别与区、县政府共同编制: units that do the task together, the first list's first leading
        // where no part says 牵头
        lead |= by;
        shared = false;
        partStart = i + 1;
        continue;
      }
      if (role == null && i < e && AgencyNames.isStrongList(part)) {
        shared = true;
        partStart = i + 1;
        continue;
      }
      // after 由 the frame says they are units: a ministry's name with a weak suffix (由财政部负责) is one there; so does
      // a lead's part before it (办公室牵头,…,省信息中心运维九部配合)
      String list = role == null ? null : withoutManner(part.substring(0, part.length() - role.length()));
      if (list == null || byInside(list)) {
        return -1; // (防汛工作由县水利局负责: a task's topic, then its units after 由, no list; JoinedRoleClause's)
      }
      boolean framed = by || (lead || alone) && list.indexOf('由') < 0 && !list.startsWith("全");
      if (!(framed ? AgencyNames.isList(list) : AgencyNames.isStrongList(list))
          && !(framed && RoleSentenceParts.isListPair(list, list.indexOf('与')))) {
        return -1;
      }
      lead |= ROLE_WORDS.indexOf(role) < 3;
      shared = false;
      partStart = i + 1;
    }
    return lead && !shared ? s : -1;
  }

  /** Whether a 由 stands inside {@code list} after its first char, not in 自由 (a name's, 自由贸易试验区). */
  private static boolean byInside(String list) {
    for (int i = list.indexOf('由', 1); i > 0; i = list.indexOf('由', i + 1)) {
      if (SubjectBounds.isBy(list, i)) {
        return true;
      }
    }
    return false;
  }

  /** How units share a task, between their list and its role word: 市教育局、市财政局按职责分工负责. */
  private static final String[] MANNERS = {"按照职责分工", "按职责分工", "根据职责分工", "按照职责", "按职责", "根据职责", "依职责",
      "各司其职", "分别", "共同"};

  /** {@code list} less a word of {@link #MANNERS} at its end. */
  private static String withoutManner(String list) {
    for (String m : MANNERS) {
      if (list.length() > m.length() + 2 && list.endsWith(m)) {
        return list.substring(0, list.length() - m.length());
      }
    }
    return list;
  }

  /** The role a part {@code 市教育局为牵头单位} states of its list by a label after 为, or null. */
  private static Clause.Kind labelledRole(String part) {
    int wei = part.lastIndexOf('为');
    if (wei < 2 || !AgencyNames.isStrongList(part.substring(0, wei))) {
      return null;
    }
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    Clause.Kind kind = LabelShape.kind(part, wei + 1, part.length(), reading);
    return kind == Clause.Kind.LEAD || kind == Clause.Kind.SUPPORT || kind == Clause.Kind.GENERIC
        ? reading[0] == LabelShape.Reading.KNOWN ? kind : null : null;
  }

  /**
   * A sentence after a task's that says whose the task is ({@code 这项工作由国家发展改革委负责,去年…}; 该项, 此项, 本项;
   * 工作, 任务, 指标, 目标), though more follows it (progress): {@code {sentence start, index of 由, the role word's
   * end}}, or null.
   */
  static int[] thisTasksClause(String folded, int from) {
    int n = folded.length();
    for (int i = folded.indexOf('。', from); i >= 0 && i + 4 < n; i = folded.indexOf('。', i + 1)) {
      int s = Fold.trimStart(folded, i + 1, n);
      int k = thisTaskBy(folded, s);
      if (k < 0) {
        continue;
      }
      int e = partEnd(folded, k + 1, n);
      if (e - k > 3 && (endsWithRoleWord(folded, e) || endsWithChargeAfterRole(folded, k + 1, e))) {
        // (该项工作由市水利局负责牵头组织实施,市财政局、市生态环境局配合。: the partners' parts after it are the clause's)
        while (e < n && folded.charAt(e) == ',') {
          int next = partEnd(folded, e + 1, n);
          String part = Fold.trim(folded.substring(e + 1, next));
          if (!endsWithRoleWord(folded, next) || !AgencyNames.isList(withoutRoleWord(part))) {
            break;
          }
          e = next;
        }
        return new int[] {s, k, e};
      }
    }
    return null;
  }

  /** Where the part of a sentence from {@code b} ends: at its next comma, semicolon or full stop, 80 chars at most. */
  private static int partEnd(String folded, int b, int n) {
    int e = b;
    while (e < n && e - b <= 80 && ",;。".indexOf(folded.charAt(e)) < 0) {
      e++;
    }
    return e;
  }

  /** Words of what units in charge do, run on after their role word ({@code 负责牵头组织实施}). */
  private static final String[] CHARGE_TAIL = {"组织实施", "组织落实", "实施", "落实"};

  /** Whether {@code f[b, e)} ends with a role word and what the units are to do after it ({@code …牵头组织实施}). */
  private static boolean endsWithChargeAfterRole(String folded, int b, int e) {
    for (String tail : CHARGE_TAIL) {
      if (e - b > tail.length() + 2 && folded.startsWith(tail, e - tail.length())) {
        return endsWithRoleWord(folded, e - tail.length());
      }
    }
    return false;
  }

  /**
   * Where the 由 stands in a sentence at {@code s} that opens with the task it speaks of as its subject ({@code
   * 此项工作由市教育局牵头}; 这项, 该项, 本项; 工作, 任务, 指标, 目标); -1 if it opens otherwise.
   */
  static int thisTaskBy(String folded, int s) {
    int n = folded.length();
    if (s + 3 >= n || "这该此本".indexOf(folded.charAt(s)) < 0 || folded.charAt(s + 1) != '项') {
      return -1;
    }
    int k = s + 2;
    if (folded.startsWith("工作", k) || folded.startsWith("任务", k) || folded.startsWith("指标", k)
        || folded.startsWith("目标", k)) {
      k += 2;
    }
    return k < n && folded.charAt(k) == '由' ? k : -1;
  }

  /**
   * The clauses of a role sentence {@code [b, e)} of a line: a part {@code 市教育局为牵头单位} is a clause of the label's
   * kind holding the list alone; a part {@code 市财政局配合} a clause whose role word the responsibility stage reads.
   */
  static List<Clause> roleSentenceClauses(String text, String folded, int b, int e, int line) {
    List<Clause> out = new ArrayList<>();
    int partStart = b;
    for (int i = b; i <= e; i++) {
      char c = i < e ? folded.charAt(i) : ',';
      if (c != ',' && c != '，' && !(c == '、' && UnitPartners.partnersAfterMark(folded, i))) {
        continue;
      }
      int ps = Fold.trimStart(folded, partStart, i);
      int pe = Fold.trimEnd(folded, ps, i);
      if (pe > ps) {
        String part = folded.substring(ps, pe);
        Clause.Kind labelled = labelledRole(part);
        int[] joint = labelled == null ? RoleSentenceParts.jointWork(part) : null;
        int and = part.indexOf('与');
        if (labelled != null) {
          int wei = part.lastIndexOf('为');
          out.add(new Clause(labelled, text.substring(ps, ps + wei), line, ps + 1));
        } else if (RoleSentenceParts.isLeadersPart(part)) {
          partStart = i + 1; // 分管副市长负责: a person in charge, no unit
          continue;
        } else if (joint != null) {
          out.add(new Clause(Clause.Kind.GENERIC, text.substring(ps, ps + joint[0]), line, ps + 1));
          out.add(new Clause(Clause.Kind.GENERIC, text.substring(ps + joint[1], ps + joint[2]), line,
              ps + joint[1] + 1));
        } else if (and > 0 && RoleSentenceParts.isListPair(withoutRoleWord(part), and)) {
          // 市城规局与11个县区政府牵头: both lists the role word's; 与 read as the list's separator it stands for
          out.add(new Clause(Clause.Kind.GENERIC, text.substring(ps, ps + and) + "、" + text.substring(ps + and + 1, pe),
              line, ps + 1));
        } else {
          out.add(new Clause(Clause.Kind.GENERIC, text.substring(ps, pe), line, ps + 1));
        }
      }
      partStart = i + 1;
    }
    return out;
  }

  /** The role word {@code part} ends with, or null. */
  static String roleWordAtEnd(String part) {
    for (String w : ROLE_WORDS) {
      if (part.endsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** {@code part} less the role word it ends with, if any. */
  private static String withoutRoleWord(String part) {
    String w = roleWordAtEnd(part);
    return w == null ? part : withoutManner(part.substring(0, part.length() - w.length()));
  }

  private static boolean endsWithUnitsLabel(String folded, int end) {
    return end >= 2 && (folded.startsWith("单位", end - 2) || folded.startsWith("部门", end - 2));
  }

  static boolean endsWithRoleWord(String folded, int end) {
    for (String w : ROLE_WORDS) {
      if (end >= w.length() && folded.startsWith(w, end - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** The end of {@code folded}'s text from {@code from}, less trailing spaces and sentence punctuation. */
  static int sentenceEnd(String folded, int from) {
    int e = folded.length();
    while (e > from && (Fold.isSpace(folded.charAt(e - 1)) || "。.;；,，".indexOf(folded.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  /**
   * Where the role words of the role sentence from {@code from} end: the sentence's end, or before what the units are
   * to do after 由…负责 ({@code 协调调度}).
   */
  static int roleSentenceEnd(String folded, int from) {
    return roleSentenceEnd(folded, from, RoleSentenceParts.closingWords(folded, from, sentenceEnd(folded, from))[0]);
  }

  /** As {@link #roleSentenceEnd(String, int)}, where the units' words are known to end at {@code e}. */
  static int roleSentenceEnd(String folded, int from, int e) {
    return endsWithRoleWord(folded, e) ? e : byUnitsResponsibleFor(folded, from, e);
  }

  /** What the units after 由 do to a project, ending its sentence: 由县民族局、交通局共同组织实施. */
  private static final String[] IMPLEMENT = {"组织实施", "负责实施", "组织落实", "实施"};
  /** How they do it, between their names and {@link #IMPLEMENT}: 共同, 牵头 (the lead's), 负责. */
  private static final String[] IMPLEMENT_MANNERS = {"共同", "牵头", "负责", "具体", "统一"};

  /**
   * Where the last sentence starts if it is {@code 由} and a list of agencies' names that carry out the task before it
   * ({@code 由县民族局、交通局共同组织实施。}, {@code 由县民族局牵头组织实施}), -1 otherwise. A population or a place after
   * 由 (由各地组织实施, 由企业自主实施) is no list of names and gives -1.
   */
  private static int byUnitsImplementing(String folded, int from, int e) {
    int k = -1;
    for (String w : IMPLEMENT) {
      if (e - from > w.length() + 3 && folded.startsWith(w, e - w.length())) {
        k = e - w.length();
        break;
      }
    }
    if (k < 0) {
      return -1;
    }
    for (String w : IMPLEMENT_MANNERS) {
      if (k - from > w.length() + 2 && folded.startsWith(w, k - w.length())) {
        k -= w.length();
        break;
      }
    }
    int s = k;
    while (s > from && "。;；!".indexOf(folded.charAt(s - 1)) < 0 && k - s <= 80) {
      s--;
    }
    s = Fold.trimStart(folded, s, k);
    return s + 2 < k && folded.charAt(s) == '由' && folded.charAt(s + 1) != '各'
        && AgencyNames.isList(folded.substring(s + 1, k)) ? s : -1;
  }

  /** The most Han chars of what units are to do after 由…负责 ({@code 协调调度}). */
  private static final int MAX_DUTY = 12;

  /**
   * {@code 由协调处负责协调调度。}: a sentence that opens with 由 and ends with 负责 and a few Han chars saying what the
   * units are to do; where it ends but for those chars (after 负责), else {@code e} unchanged.
   */
  private static int byUnitsResponsibleFor(String folded, int from, int e) {
    int k = e - 1;
    while (k >= from && e - k <= MAX_DUTY && Character.isIdeographic(folded.charAt(k))
        && !folded.startsWith("负责", k - 1)) {
      k--;
    }
    if (k - 1 < from || !folded.startsWith("负责", k - 1) || k + 1 == e) {
      return e;
    }
    int s = k - 1;
    while (s > from && folded.charAt(s - 1) != '。' && folded.charAt(s - 1) != ';' && k - s <= 120) {
      s--;
    }
    s = Fold.trimStart(folded, s, k);
    // the units named by a suffix, not an addressee's word (由各地负责组织实施: 各地 says where, not who)
    return folded.charAt(s) == '由' && s + 1 < k - 1 && folded.charAt(s + 1) != '各'
        && dev.mandate.parser.internal.responsibility.AgencyNames.isList(folded.substring(s + 1, k - 1)) ? k + 1 : e;
  }
}
