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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a responsibility clause sits inside an item's line, other than in a bracket at its end ({@link ClauseBrackets}):
 * a role sentence with no bracket as its last sentence ({@code 由市教育局牵头，市财政局配合。}), or labels after a
 * sentence end ({@code 1.任务。牵头单位:X}).
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
    int e = closingWords(folded, from, sentenceEnd(folded, from))[0];
    // 由…负责落实: the role word and what the units are to do with the task
    for (String after : ROLE_OBJECTS) {
      if (e - from > after.length() + 2 && folded.startsWith(after, e - after.length())
          && folded.startsWith("负责", e - after.length() - 2)) {
        e -= after.length();
        break;
      }
    }
    if (e - from > 6 && !endsWithRoleWord(folded, e)) {
      e = byUnitsResponsibleFor(folded, from, e);
    }
    if (e - from < 4 || !endsWithRoleWord(folded, e) && !endsWithUnitsLabel(folded, e)
        && !endsWithJointWork(folded, from, e)) {
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
    boolean by = s < e && folded.charAt(s) == '由';
    int b = by ? s + 1 : s;
    boolean lead = false;
    // 由市财政局、农业局,各县(市)、区人民政府负责: groups before the last share its role word
    boolean shared = false;
    int partStart = b;
    for (int i = b; i <= e; i++) {
      char c = i < e ? folded.charAt(i) : ',';
      if (c != ',' && c != '，') {
        continue;
      }
      String part = Fold.trim(folded.substring(partStart, i));
      Clause.Kind labelled = labelledRole(part);
      if (labelled != null) {
        // 市教育局为牵头单位: a list, 为, and a label saying its role
        lead |= labelled != Clause.Kind.SUPPORT;
        partStart = i + 1;
        continue;
      }
      String role = null;
      for (String w : ROLE_WORDS) {
        if (part.endsWith(w)) {
          role = w;
          break;
        }
      }
      if (role != null && AgencyNames.isLeaderTitle(part.substring(0, part.length() - role.length()))) {
        partStart = i + 1; // 分管副市长负责: the leader in charge, a person, no unit's part
        continue;
      }
      if (role == null && jointWork(part) != null) {
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
          && !(framed && isListPair(list, list.indexOf('与')))) {
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
   * The clauses of a role sentence {@code [b, e)} of a line: a part {@code 市教育局为牵头单位} is a clause of the label's
   * kind holding the list alone; a part {@code 市财政局配合} a clause whose role word the responsibility stage reads.
   */
  /**
   * A sentence after a task's that says whose the task is ({@code 这项工作由国家发展改革委负责,去年…}; 该项, 此项, 本项;
   * 工作, 任务, 指标, 目标), though more follows it (progress): {@code {sentence start, index of 由, the role word's
   * end}}, or null.
   */
  static int[] thisTasksClause(String folded, int from) {
    int n = folded.length();
    for (int i = folded.indexOf('。', from); i >= 0 && i + 4 < n; i = folded.indexOf('。', i + 1)) {
      int s = Fold.trimStart(folded, i + 1, n);
      if (s + 3 >= n || "这该此本".indexOf(folded.charAt(s)) < 0 || folded.charAt(s + 1) != '项') {
        continue;
      }
      int k = s + 2;
      if (folded.startsWith("工作", k) || folded.startsWith("任务", k) || folded.startsWith("指标", k)
          || folded.startsWith("目标", k)) {
        k += 2;
      }
      if (k >= n || folded.charAt(k) != '由') {
        continue;
      }
      int e = k + 1;
      while (e < n && e - k <= 80 && ",;。".indexOf(folded.charAt(e)) < 0) {
        e++;
      }
      if (e - k > 3 && endsWithRoleWord(folded, e)) {
        return new int[] {s, k, e};
      }
    }
    return null;
  }

  static List<Clause> roleSentenceClauses(String text, String folded, int b, int e, int line) {
    List<Clause> out = new ArrayList<>();
    int partStart = b;
    for (int i = b; i <= e; i++) {
      char c = i < e ? folded.charAt(i) : ',';
      if (c != ',' && c != '，') {
        continue;
      }
      int ps = Fold.trimStart(folded, partStart, i);
      int pe = Fold.trimEnd(folded, ps, i);
      if (pe > ps) {
        String part = folded.substring(ps, pe);
        Clause.Kind labelled = labelledRole(part);
        int[] joint = labelled == null ? jointWork(part) : null;
        int and = part.indexOf('与');
        if (labelled != null) {
          int wei = part.lastIndexOf('为');
          out.add(new Clause(labelled, text.substring(ps, ps + wei), line, ps + 1));
        } else if (isLeadersPart(part)) {
          partStart = i + 1; // 分管副市长负责: a person in charge, no unit
          continue;
        } else if (joint != null) {
          out.add(new Clause(Clause.Kind.GENERIC, text.substring(ps, ps + joint[0]), line, ps + 1));
          out.add(new Clause(Clause.Kind.GENERIC, text.substring(ps + joint[1], ps + joint[2]), line,
              ps + joint[1] + 1));
        } else if (and > 0 && isListPair(withoutRoleWord(part), and)) {
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

  /** {@code part} less the role word it ends with, if any. */
  private static String withoutRoleWord(String part) {
    for (String w : ROLE_WORDS) {
      if (part.endsWith(w)) {
        return withoutManner(part.substring(0, part.length() - w.length()));
      }
    }
    return part;
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
    int e = closingWords(folded, from, sentenceEnd(folded, from))[0];
    return endsWithRoleWord(folded, e) ? e : byUnitsResponsibleFor(folded, from, e);
  }

  /** The most chars of a time that closes a role sentence ({@code 2023年12月底前完成}). */
  private static final int MAX_TIME = 20;

  /**
   * What closes a role sentence {@code [from, e)} after its units: {@code {where its units' words end, the start and
   * end of a time after them or -1, -1}}. A time ({@code 由市城规局牵头,有关部门参与,7月1日完成}) and a part naming only the
   * leaders in charge ({@code …共同编制。分管副市长负责}) say when and who watches over, no unit: the sentence ends before
   * them.
   */
  static int[] closingWords(String folded, int from, int e) {
    int end = e;
    int timeStart = -1;
    int timeEnd = -1;
    for (int pass = 0; pass < 2; pass++) {
      int cut = -1;
      for (int i = end - 1; i > from && end - i <= MAX_TIME + 1; i--) {
        char c = folded.charAt(i);
        if (c == ',' || c == ';' || c == '。') {
          cut = i;
          break;
        }
      }
      if (cut < 0) {
        break;
      }
      String part = Fold.trim(folded.substring(cut + 1, end));
      boolean time = timeStart < 0 && isBareTime(part);
      if (time) {
        timeStart = Fold.trimStart(folded, cut + 1, end);
        timeEnd = end;
      } else if (!isLeadersPart(part)) {
        break;
      }
      end = Fold.trimEnd(folded, from, cut);
    }
    return new int[] {end, timeStart, timeEnd};
  }

  /** The chars of a time as a role sentence closes with it: figures, the words of a date and of a point in it. */
  private static final String TIME_CHARS = "0123456789年月日号底前末内上中下旬季度. -/";
  /** The most Han chars of the verb after such a time ({@code 完成}, {@code 提出}). */
  private static final int MAX_TIME_VERB = 2;

  /**
   * Whether a part is a time and nothing more, perhaps with a verb of completion of a char or two ({@code 7月1日完成},
   * {@code 2023年12月底前}, {@code 年内}); not a time that opens a task ({@code 2024年底前新建学校3所}, {@code 每月10日前报送}).
   */
  private static boolean isBareTime(String part) {
    int end = part.length();
    for (int k = 0; k < MAX_TIME_VERB && end > 0 && Fold.isHan(part.charAt(end - 1))
        && TIME_CHARS.indexOf(part.charAt(end - 1)) < 0; k++) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    boolean point = false;
    for (int i = 0; i < end; i++) {
      char c = part.charAt(i);
      if (TIME_CHARS.indexOf(c) < 0) {
        return false;
      }
      point |= c == '年' || c == '月' || c == '日' || c == '底' || c == '内';
    }
    return point;
  }

  /** Whether a part of a role sentence names only the leaders in charge and their role ({@code 分管副市长负责}). */
  private static boolean isLeadersPart(String part) {
    for (String w : ROLE_WORDS) {
      if (part.endsWith(w)) {
        return AgencyNames.isLeaderTitle(part.substring(0, part.length() - w.length()));
      }
    }
    return false;
  }

  /** The most Han chars of the verb after units that work together ({@code 共同编制}). */
  private static final int MAX_JOINT_VERB = 4;

  /**
   * Units that do a task together, no role word ({@code 市经委、市交通局分别与区、县政府共同编制}, {@code 市国土资源局会同
   * 县政府分别编制}): {@code {end of the first list, start and end of the second}} in {@code part}, or null. The first
   * list, 与 or 会同, the second list, then 共同 or 分别 and a verb of a few chars.
   */
  static int[] jointWork(String part) {
    int j = part.indexOf("会同");
    int joinerLength = 2;
    if (j < 0) {
      j = part.indexOf('与');
      joinerLength = 1;
    }
    if (j < 2) {
      return null; // most parts: no joiner, let go before any list is read
    }
    int firstEnd = part.startsWith("分别", j - 2) ? j - 2 : j;
    int second = j + joinerLength;
    int secondEnd = -1;
    for (int k = second + 2; k + 2 <= part.length(); k++) {
      if (part.startsWith("共同", k) || part.startsWith("分别", k)) {
        secondEnd = k;
        break;
      }
    }
    int verb = part.length() - secondEnd - 2;
    if (secondEnd < 0 || verb < 1 || verb > MAX_JOINT_VERB) {
      return null;
    }
    for (int k = secondEnd + 2; k < part.length(); k++) {
      if (!Fold.isHan(part.charAt(k))) {
        return null;
      }
    }
    // (区、县政府和园区: places sharing a suffix, read as one name with their 和)
    String others = part.substring(second, secondEnd);
    return firstEnd >= 2 && AgencyNames.isList(part.substring(0, firstEnd))
        && (AgencyNames.isList(others) || AgencyNames.isName(others))
        ? new int[] {firstEnd, second, secondEnd} : null;
  }

  /** Whether the role sentence {@code [from, e)} ends with a part of units working together (see {@link #jointWork}). */
  private static boolean endsWithJointWork(String folded, int from, int e) {
    int b = e - 1;
    while (b > from && ",;。".indexOf(folded.charAt(b - 1)) < 0) {
      b--;
    }
    String part = Fold.trim(folded.substring(b, e));
    return part.startsWith("由") ? jointWork(part.substring(1)) != null : jointWork(part) != null;
  }

  /** Whether two lists of names are joined by the 与 at {@code j} of {@code list} ({@code 市城规局与11个县区政府}). */
  private static boolean isListPair(String list, int j) {
    return j >= 2 && j + 2 < list.length() && AgencyNames.isList(list.substring(0, j))
        && AgencyNames.isList(list.substring(j + 1));
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

  /**
   * Where labels start in the middle of an item line ({@code 1.任务。牵头单位:X;责任单位:Y}): the first label after a
   * sentence end, semicolon or space. -1 if none.
   */
  /** Whether the label's colon is followed by a list of agencies' names up to the sentence's end. */
  private static boolean namesFollow(String folded, Labels.Found f) {
    int colon = folded.indexOf(':', f.start());
    if (colon < 0 || colon > f.start() + 12) {
      return false;
    }
    int end = colon + 1;
    while (end < folded.length() && "。;".indexOf(folded.charAt(end)) < 0 && end - colon <= 80) {
      end++;
    }
    String list = Fold.trim(folded.substring(colon + 1, end));
    return !list.isEmpty() && AgencyNames.isList(list);
  }

  static int labelStart(String folded, int from) {
    for (Labels.Found f : Labels.find(folded)) {
      if (f.start() > from) {
        char p = folded.charAt(f.start() - 1);
        if (p == '。' || p == ';' || p == '.' || Fold.isSpace(p)) {
          return f.start();
        }
        // 1、农村道路畅通工程,牵头部门:市交通局。…: a units label after a comma or a bracket's close (投资:167万元(少数
        // 民族发展资金)实施单位:…), the names of agencies after it
        if ((p == ',' || p == ')') && f.kind().namesUnits() && namesFollow(folded, f)) {
          return f.start();
        }
      }
    }
    return -1;
  }

  /**
   * Where the labels from {@code start} end: at the end of the sentence the last of them is in, where a sentence with
   * no label follows ({@code 牵头部门:市交通局。建设进度相对较慢的…}: progress, no units); else the line's end.
   */
  static int labelsEnd(String folded, int start) {
    // the sentence the last label is in ends the labels: a later sentence has no label (found once, in one pass)
    int last = start;
    for (Labels.Found f : Labels.find(folded)) {
      last = Math.max(last, f.start());
    }
    int stop = folded.indexOf('。', last);
    return stop < 0 || Fold.trim(folded.substring(stop + 1)).isEmpty() ? folded.length() : stop;
  }
}
