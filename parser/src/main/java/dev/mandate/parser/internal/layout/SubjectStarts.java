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
import dev.mandate.parser.internal.text.Residue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a long line of prose hands out tasks sentence by sentence, each sentence led by its unit ({@code 市统计局负责…。
 * 市机场建管公司12月中旬…}) or by a short topic given to units after 由 ({@code 第一分队由县投资促进局牵头,…}): the starts
 * of the parts {@link RunOnLines} cuts it into.
 */
final class SubjectStarts {

  private SubjectStarts() {}

  /**
   * A paragraph of prose that hands out tasks sentence by sentence, each led by its unit and 要 or a date ({@code …。
   * 市轨道交通公司要加快地铁TOD开发,…。市机场建管公司12月中旬全面开工…。}), as news of a plan tells it: where the sentences of two units or
   * more start so, each starts a part. Null for any other line (one such sentence is a task's prose, not a list).
   */
  static List<Integer> of(String f, int n) {
    int first = f.indexOf('。');
    if (first < 0 || f.indexOf('。', first + 1) < 0 || RunOnLines.isItemStart(f, Fold.trimStart(f, 0, n))) {
      return null; // two sentences at least after the first: most lines have fewer
    }
    List<Integer> starts = null;
    List<Integer> byTopic = null;
    boolean byRole = false;
    for (int i = nextSentenceEnd(f, 0); i >= 0 && i + 1 < n; i = nextSentenceEnd(f, i + 1)) {
      int b = Fold.trimStart(f, i + 1, n);
      if (topicBy(f, b) >= 0) {
        // …工作队。第一分队由县投资促进局牵头,具体负责…;第二分队由…牵头,…: each part's topic, then its units after 由
        // (two such parts at least: one is a sentence of its task's prose, 其中老城区由…牵头,…)
        byTopic = byTopic == null ? new ArrayList<>() : byTopic;
        byTopic.add(b);
        continue;
      }
      if (f.charAt(i) != '。') {
        continue;
      }
      // the name ends where 要, 负责, 牵头 or a date starts (市机场建管公司12月中旬全面开工…, 市统计局负责粮食产量的统计)
      int end = b;
      while (end < n && end - b <= 24 && f.charAt(end) != '要' && !SubjectBounds.startsWithMonth(f, end)
          && !((f.charAt(end) == '负' || f.charAt(end) == '牵')
              && (f.startsWith("负责", end) || f.startsWith("牵头", end)))) {
        end++;
      }
      if (end >= n || end - b > 24 || end - b < 3 || !Fold.isHan(f.charAt(b))) {
        continue; // most sentences have neither near their start: let them go before any name is read (〔市…牵头, a
        // bracket's clause, is the sentence before's)
      }
      if (AgencyNames.isStrongName(f.substring(b, end))) {
        starts = starts == null ? new ArrayList<>() : starts;
        starts.add(b);
        byRole |= f.charAt(end) == '负' || f.charAt(end) == '牵';
      }
    }
    if (byTopic != null && byTopic.size() >= 2) {
      starts = starts == null ? new ArrayList<>() : starts;
      starts.addAll(byTopic);
      Collections.sort(starts);
      byRole = true;
    }
    if (byRole && starts.size() >= 2 && UnitStarts.unitStart(f, Fold.trimStart(f, 0, n)) == null
        && !startsWithSubject(f, Fold.trimStart(f, 0, n)) && hasFigure(f, 0, starts.get(0))) {
      // 加强食品安全监管,全年抽检…5000批次。市市场监管局负责…。市卫健委负责…: a first sentence led by no unit, with its
      // figure, is the first unit's task's start, not prose to drop (各部门要…抓好落实。, with none, is the preamble)
      starts.remove(0);
    }
    return starts != null && starts.size() >= 2 ? starts : null;
  }

  /** What {@link #ledByDuty} found: units and 负责. */
  private static final int CHARGED = 2;
  /** What {@link #ledByDuty} found: units and another verb of a duty (牵头, 落实, 要…). */
  private static final int DUTY = 1;

  /** The fewest clauses of a chain of duties: two may be one task's two halves. */
  private static final int CHAIN = 3;

  /**
   * A paragraph that hands out duties clause by clause between semicolons, each led by its units and 负责
   * ({@code 市发改委负责提出全市节能规划;市经贸委负责全市工业节能;市规划局、市建设局负责建筑节能;…}), a numbered item's body
   * too: the starts of the clauses, where three at least follow a semicolon (fewer are one task's halves, 做好宣传;县教育局负责学校宣传).
   * The chain opens the line or follows a title sentence with no figure (明确分工,责任到人。); a line with a label of its
   * own (牵头单位:…) is one task whose parts the clauses are. Null for any other line.
   */
  static List<Integer> dutyChain(String f, int n) {
    List<Integer> strong = dutyChain(f, n, false);
    // 综合协调组负责…;机动整治组负责…;柔性执法组负责…: offices, groups and departments named by a weak suffix, where the
    // chain's repeated shape, three clauses at least each a name and 负责, says they are its units (a paragraph of its
    // own: inside a numbered item the chain's parts would leave the items beside it with no unit, as headings)
    if (Numbering.of(Fold.trim(f)).style != Numbering.NONE) {
      return strong;
    }
    List<Integer> weak = dutyChain(f, n, true);
    // (…;安全监察部牵头…;保卫部制定…;电力调度中心安排…: a weak name's clause inside a chain of strong ones is one of
    // its parts too, where the weak reading keeps every part the strong one found)
    return strong == null || weak != null && weak.containsAll(strong) ? weak : strong;
  }

  /** {@link #dutyChain(String, int)} with names by a strong suffix only, or ({@code weak}) by any. */
  private static List<Integer> dutyChain(String f, int n, boolean weak) {
    int stops = 0;
    int semicolons = 0;
    for (int i = nextSentenceEnd(f, 0); i >= 0 && semicolons < CHAIN; i = nextSentenceEnd(f, i + 1)) {
      stops++;
      semicolons += f.charAt(i) == ';' ? 1 : 0;
    }
    if (stops < CHAIN) {
      return null; // most lines have fewer sentences
    }
    // between full stops, where a task's sentences may have units as subjects, a sentence after the chain's first that
    // no unit leads and that holds a figure or a date is the whole task's (各乡镇落实…。县财政局落实…。2024年底前,…全覆盖。):
    // the paragraph is one task
    boolean bySemicolons = semicolons >= CHAIN;
    List<Integer> starts = new ArrayList<>();
    int afterSemicolon = 0;
    // the topics handed out after 由 (高新技术馆由省科技厅牵头;…), where the clauses are between semicolons
    List<String> topics = new ArrayList<>();
    // clauses a name and 负责 open, where names may be weak: the chain's shape, repeated, is what says they are units
    int charged = 0;
    // whether the chain's first clause follows 要求 (…万无一失。要求生产技术部牵头…;…): a report of what a notice asks,
    // the sentences before it its preamble, no task's title
    boolean asked = false;
    for (int i = nextSentenceEnd(f, 0); i >= 0 && i + 1 < n; i = nextSentenceEnd(f, i + 1)) {
      int b = Fold.trimStart(f, i + 1, n);
      if (b >= n) {
        break;
      }
      if (starts.isEmpty() && f.startsWith("要求", b) && ledByDuty(f, b + 2, weak) > 0) {
        b += 2;
        asked = true;
      }
      int by = bySemicolons ? topicBy(f, b) : -1;
      int led = by >= 0 ? 0 : ledByDuty(f, b, weak);
      if (by >= 0 || led > 0) {
        charged += led == CHARGED ? 1 : 0;
        starts.add(b);
        afterSemicolon += !bySemicolons || f.charAt(i) == ';' ? 1 : 0;
        if (by >= 0) {
          topics.add(f.substring(b, by));
        }
      } else if (!bySemicolons && !starts.isEmpty() && figureWithoutLabel(f, b, sentenceEnd(f, b, n))) {
        return null; // (联系电话:0728-…, a page's label and its number, is none of the task's)
      }
    }
    if (afterSemicolon < CHAIN - 1 || weak && charged < CHAIN) {
      return null;
    }
    // the chain's first clause follows the item's run-in title (明确分工,责任到人。市发改委负责…) or opens the line
    // (会议要求,市环卫园林局要…;交通部门要…: the first clause may follow a report's lead-in, kept with it as the line's
    // start, no part of its own)
    int first = Fold.trimStart(f, 0, n);
    if (ledByDuty(f, first, weak) > 0 || ledByDuty(f, LeadIns.afterLeadIn(f, first, n), weak) > 0) {
      starts.add(0, first);
    } else if (!asked) {
      int title = f.lastIndexOf('。', starts.get(0));
      // (二)布展工作。…设立高新技术馆、…。高新技术馆由省科技厅牵头;…: the things the item's sentences set up, handed out
      // one by one after 由, are each a task, whatever those sentences count (the whole's figures); topics they do not
      // name are one task's parts (改造老旧小区45个。方案设计由市住建局负责;…)
      if (title < 0 || Fold.trimStart(f, title + 1, n) != starts.get(0)
          || hasFigure(f, 0, title) && namedIn(f.substring(0, title), topics) < CHAIN - 1) {
        return null; // 开展整治,县城管局负责主次干道;…: the chain is the task's own sentence (or a title's count is a task's)
      }
    }
    return starts.size() >= CHAIN && Labels.find(f).isEmpty() ? starts : null;
  }

  /** How many of {@code topics} {@code text} names. */
  private static int namedIn(String text, List<String> topics) {
    int named = 0;
    for (String t : topics) {
      named += text.contains(t) ? 1 : 0;
    }
    return named;
  }

  /**
   * Whether the clause at {@code b} opens with agency names and 负责 ({@code 市教育局、市卫生局分别负责…},
   * {@code 市农业局、市林业局等负责…}) or what they must do ({@code 县公安局要…}, {@code 县卫健局应…}): every name of the
   * list one by a strong suffix.
   */
  private static int ledByDuty(String f, int b, boolean weak) {
    int n = f.length();
    for (int end = b + 3; end + 1 < n && end - b <= 40; end++) {
      char c = f.charAt(end);
      if (c == '负' && f.charAt(end + 1) == '责') {
        if (end + 2 < n && f.charAt(end + 2) == '人') {
          return 0; // 县教育局负责人为…: a person
        }
        int e = end;
        if (f.startsWith("分别", e - 2) || f.startsWith("共同", e - 2)) {
          e -= 2;
        } else if (f.charAt(e - 1) == '等') {
          e--;
        }
        return e - b >= 3 && names(f.substring(b, e), weak) ? CHARGED : 0;
      }
      if (DUTY_FIRSTS.indexOf(c) >= 0 && startsWithDutyVerb(f, end) && names(f.substring(b, end), weak)) {
        // 民政部门牵头做好…, 统计部门会同有关部门组织…, 扶贫部门落实…: the units and the work they take on
        return DUTY;
      }
      if (c == '要' || c == '应' && f.charAt(end + 1) != '急' || c == '须') {
        // 县公安局要加强…, 县卫健局应做好…: the units and what they must do, a duty as 负责 gives it
        int e = f.charAt(end - 1) != '必' ? end : f.charAt(end - 2) == '务' ? end - 2 : end - 1;
        if (!weak && e - b >= 3 && AgencyNames.isStrictList(f.substring(b, e))) {
          return DUTY;
        }
        continue; // (县物资供应站负责…: a name's own char, the name goes on)
      }
      if (!Fold.isHan(c) && c != '、' && c != '(' && c != ')') {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether a clause's opening words are a list of units: every name by a strong suffix, or ({@code weak}) any name of
   * two chars before its suffix at least (保卫部, 综合协调组; not 各组 or a bare 该部).
   */
  private static boolean names(String t, boolean weak) {
    if (!weak) {
      return AgencyNames.isStrictList(t);
    }
    // (征地拆迁由县自然资源局负责: a topic and its unit after 由, no list of names; nor words with a sentence's
    // function chars, 要, 将, 的)
    return t.length() >= 3 && t.length() <= 24 && t.charAt(0) != '该' && t.charAt(0) != '本' && t.indexOf('由') < 0
        && t.indexOf(',') < 0 && !AgencyNames.holdsFunctionWord(t) && AgencyNames.isList(t)
        && (t.length() >= 4 || UnitLeadWords.isOrgan(t));
  }

  /** Verbs of the work a unit takes on in a chain of duties, after its name: what 负责 says in other chains. */
  private static final String[] DUTY_VERBS = {"牵头", "会同", "配合", "协助", "落实", "做好", "抓好", "统筹", "综合", "指导", "督促",
      "组织", "制定", "安排"};

  /** The first chars of {@link #DUTY_VERBS}: most chars of a name are none, and no verb is looked for after them. */
  private static final String DUTY_FIRSTS = "牵会配协落做抓统综指督组制安";

  /** Whether one of {@link #DUTY_VERBS} starts at {@code at}. */
  private static boolean startsWithDutyVerb(String f, int at) {
    for (String v : DUTY_VERBS) {
      if (f.startsWith(v, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code f[b, e)} holds a digit and no colon: a task's figure or date, not a label's number. */
  private static boolean figureWithoutLabel(String f, int b, int e) {
    boolean figure = false;
    for (int i = b; i < e; i++) {
      char c = f.charAt(i);
      if (c == ':') {
        return false;
      }
      figure |= Character.isDigit(c);
    }
    return figure;
  }

  /** Where the sentence at {@code b} ends: its {@code 。} or {@code ;}, or {@code n}. */
  private static int sentenceEnd(String f, int b, int n) {
    int e = nextSentenceEnd(f, b);
    return e < 0 ? n : e;
  }

  /** The next {@code 。} or {@code ;} from {@code from}, or -1. */
  private static int nextSentenceEnd(String f, int from) {
    for (int i = from; i < f.length(); i++) {
      if (f.charAt(i) == '。' || f.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code 第二分队由县发改局牵头,…}: a sentence that opens with a short topic and gives it to units after 由 with 牵头 or
   * 负责 (a converter's pinyin may follow any char: 分隊(duì)由); where the sentence at {@code b} has its 由, so the
   * topic is {@code f[b, result)}, or -1 if it is no such sentence.
   */
  private static int topicBy(String f, int b) {
    int n = f.length();
    int by = -1;
    for (int k = b, han = 0; k < n && han <= SubjectBounds.MAX_BY_TOPIC;
        k = Math.max(k + 1, Residue.groupEnd(f, k + 1))) {
      if (!Fold.isHan(f.charAt(k))) {
        return -1;
      }
      if (SubjectBounds.isBy(f, k) && han >= 2) {
        by = k + 1;
        break;
      }
      han++;
    }
    if (by < 0) {
      return -1;
    }
    for (int k = by + 2; k < n && k - by <= 40; k++) {
      char c = f.charAt(k);
      if (c == '。' || c == ';' || c == ',') {
        return -1;
      }
      if (f.startsWith("牵头", k) || f.startsWith("负责", k)) {
        String names = f.substring(by, k);
        return AgencyNames.isList(names) && AgencyNames.isStrongName(
            Residue.strip(names.substring(names.lastIndexOf('、') + 1))) ? by - 1 : -1;
      }
    }
    return -1;
  }

  /** Whether {@code f[b, e)} holds a digit: a task's figure. */
  static boolean hasFigure(String f, int b, int e) {
    for (int i = b; i < e; i++) {
      if (Character.isDigit(f.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence at {@code b} opens with a unit's name and 负责 or 牵头 (市农业农村局负责落实…). */
  private static boolean startsWithSubject(String f, int b) {
    for (int end = b + 3; end < f.length() && end - b <= 24; end++) {
      if (f.startsWith("负责", end) || f.startsWith("牵头", end)) {
        return AgencyNames.isStrongName(f.substring(b, end));
      }
    }
    return false;
  }
}
