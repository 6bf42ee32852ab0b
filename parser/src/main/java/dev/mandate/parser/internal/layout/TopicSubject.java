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
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A numbered item that names its topic in a sentence of a few words, then says who does it as the subject of the next
 * sentence: {@code 1、整治居民区。各乡镇政府负责对未实行物业管理的住宅小区整治工作,…}, {@code (一)山洪防治。各乡镇、水务局、自然资源局要加强…}
 * — the form of a 方案 whose items each hand a matter to the units that open its body; or its lead after 由 and the
 * partners it gathers ({@code 七、开展…行动。由县委宣传部牵头,组织文明办、住建局等单位,…}). The units stay in the text, as a
 * subject does; the first listed leads, as in any list.
 */
final class TopicSubject {

  /** The longest topic: a matter's name, no sentence. */
  private static final int MAX_TOPIC = 20;

  private TopicSubject() {}

  /**
   * The units that open the sentence after the item's topic (from {@code from}, past its numbering), as a clause of
   * the line, or null if the item is not so made.
   */
  static List<Clause> of(String text, String folded, int from, int line) {
    int n = folded.length();
    int b = Fold.trimStart(folded, from, n);
    if (SubjectBounds.opensWithFrame(folded, b)) {
      return afterFrame(text, folded, b, line);
    }
    int stop = b;
    boolean topic = true;
    boolean colon = false;
    while (stop < n && stop - b <= MAX_TOPIC && folded.charAt(stop) != '。') {
      char c = folded.charAt(stop);
      if (c == ':' && stop - b >= 2 && Fold.trimStart(folded, stop + 1, n) < n
          && SubjectBounds.isBy(folded, Fold.trimStart(folded, stop + 1, n))) {
        colon = true; // 1.“森林覆盖率”:由市农林局牵头,…: the topic closed by its colon, its body led by 由
        break;
      }
      if (c == ',' || c == ';' || c == ':' || c == '(') {
        topic = false; // a clause, a list or a label: a sentence of the task's own, no topic's name
        break;
      }
      stop++;
    }
    if (!topic || stop >= n || stop - b < 2 || stop - b > MAX_TOPIC) {
      return afterSentences(text, folded, b, line);
    }
    int s = Fold.trimStart(folded, stop + 1, n);
    if (s < n && SubjectBounds.isBy(folded, s)) {
      List<Clause> lead = byLeadAndPartners(text, folded, s, line);
      // (after a colon only a lead's role word names units: 检查方式:由各县区自查,… says how, no agent)
      return lead != null || colon ? lead : byAgent(text, folded, s, line);
    }
    UnitLead unit = s < n ? UnitLead.of(folded, s) : null;
    if (unit == null) {
      return afterSentences(text, folded, b, line);
    }
    if (unit.label || unit.nameStart != UnitLead.subjectStart(folded, s)) {
      return null; // (a unit with a colon, or its role clause, is an item by unit: Items reads those)
    }
    return List.of(new Clause(Clause.Kind.GENERIC, text.substring(unit.nameStart, unit.nameEnd), line,
        unit.nameStart + 1));
  }

  /**
   * {@code 1.粮食生产。稳定粮食播种面积。由县农业农村局牵头,各乡镇配合,…}: the item's sentences, then the one sentence that
   * says by whom; null if there is none.
   */
  private static List<Clause> afterSentences(String text, String folded, int b, int line) {
    int by = bodyByRole(folded, b, folded.length());
    return by < 0 ? null : byLeadAndPartners(text, folded, by, line);
  }

  /** The most chars of a numbered item's sentences before the one sentence led by 由 that gives its units. */
  private static final int MAX_BEFORE_BODY = 120;

  /**
   * Where the one sentence led by 由 of a numbered item starts after sentences that name no unit ({@code 1.粮食生产。
   * 稳定粮食播种面积。由县农业农村局牵头,各乡镇配合,力争…}), or -1: the item's units, its sentences one task. Where another
   * sentence led by 由 follows before the next item, each is a part of its own, as before.
   */
  static int bodyByRole(String f, int first, int n) {
    int limit = Math.min(n, first + MAX_BEFORE_BODY);
    int body = -1;
    for (int i = first + 1; i < limit; i++) {
      char c = f.charAt(i);
      if (c == '由' || c == '(' || c == ':' || f.startsWith("牵头", i) || f.startsWith("负责", i)) {
        if (c != '由' || f.charAt(i - 1) != '。') {
          return -1; // a unit or a clause before: the sentences are no topic's
        }
        body = i;
        break;
      }
    }
    if (body < 0 || UnitLeadWords.roleClauseEnd(f, roleWordAt(f, body)) < 0 || opensWithUnit(f, first, body)) {
      return -1;
    }
    // (bounded by a role sentence's reach: the work per line stays linear)
    int end = Math.min(n, body + RoleClauseStarts.MAX_ROLE_SPAN);
    for (int i = body + 1; i < end; i++) {
      char p = f.charAt(i - 1);
      if ((Fold.isSpace(p) || p == '。' || p == ';') && RunOnLines.isItemStart(f, Fold.trimStart(f, i, n))) {
        return body;
      }
      if (p == '。' && (SubjectBounds.isBy(f, i) || opensWithUnit(f, i, i + 1))) {
        return -1; // (…。县财政局要做好资金保障。: a sentence of another unit's after it, a task of its own)
      }
    }
    return body;
  }

  /**
   * Whether a sentence or clause that starts in {@code [from, to)} opens with a unit as its subject ({@code 各乡镇要…},
   * {@code ,县教育局要…}): the item names units of its own before or after the sentence led by 由.
   */
  private static boolean opensWithUnit(String f, int from, int to) {
    for (int i = from; i < to; i++) {
      if (i == from || "。,;".indexOf(f.charAt(i - 1)) >= 0) {
        UnitLead unit = UnitLead.of(f, i);
        if (unit != null && unit.nameStart == UnitLead.subjectStart(f, Fold.trimStart(f, i, f.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the role word of a role clause led by 由 at {@code by} stands (由X牵头,), or -1. */
  private static int roleWordAt(String f, int by) {
    UnitLead unit = UnitStarts.unitStart(f, by);
    return unit == null ? -1 : unit.nameEnd;
  }

  /**
   * Whether another clause of the sentence after {@code unit} opens with a unit of another level, after a comma
   * ({@code 省发改委…,县发改局要…}; {@code 市生态环境局…,各乡镇要…}).
   */
  private static boolean otherLevelAfter(String folded, UnitLead unit) {
    int n = folded.length();
    char level = folded.charAt(unit.nameStart);
    for (int i = unit.nameEnd; i < n && folded.charAt(i) != '。'; i++) {
      if (folded.charAt(i) == ',') {
        int s = Fold.trimStart(folded, i + 1, n);
        UnitLead other = s < n ? UnitLead.of(folded, s) : null;
        if (other != null && other.nameStart == UnitLead.subjectStart(folded, s) && !other.label && folded.charAt(s) != level) {
          return true;
        }
      }
    }
    return false;
  }

  /** The longest list of units in a clause of {@link #byLeadAndPartners}. */
  private static final int MAX_UNITS = 60;
  /** What a lead does with its partners: 组织, 会同, 联合 them. */
  private static final String[] WITH = {"组织", "会同", "联合", "协调"};

  /** The role words that close the partners' part after a lead's ({@code …,市财政局、市卫健委参加}). */
  private static final List<String> PARTNER_WORDS = ImmutableList.<String>builder()
      .addAll(RoleWords.SUPPORT).add("参加").build();

  /**
   * {@code 七、开展…行动。由县委宣传部牵头,组织文明办、住建局等单位,以…}: the sentence after the topic opens with its lead
   * (由X牵头, 由X负责) and the partners it gathers (组织Y、Z等单位); null unless the lead's clause ends at a comma.
   */
  private static List<Clause> byLeadAndPartners(String text, String folded, int by, int line) {
    int n = folded.length();
    int comma = folded.indexOf(',', by);
    if (comma < 0 || comma - by > MAX_UNITS) {
      return null;
    }
    if (folded.charAt(by) == '由' && RoleSentenceParts.isBareLeadersPart(Fold.trim(folded.substring(by + 1, comma)))) {
      // 由分管副市长负责,市住建局牵头,各区配合: the leader in charge, a person, then the lead's part as after 由
      int next = Fold.trimStart(folded, comma + 1, n);
      return next < n && next - 1 > by ? byLeadAndPartners(text, folded, next - 1, line) : null;
    }
    // the role word after the lead's names: at the comma (由X牵头,) or before what the lead does (由X牵头引进…,)
    int role = by + 1;
    while (role < comma && !folded.startsWith("牵头", role) && !folded.startsWith("负责", role)) {
      role++;
    }
    if (role >= comma || role - by - 1 < 2) {
      return null;
    }
    boolean leads = folded.startsWith("牵头", role);
    int e = folded.startsWith("牵头负责", role) ? role + 4 : role + 2;
    String lead = folded.substring(by + 1, role);
    // 由区农林水利局张崇芳局长负责: the leader named with the unit he heads, whose the task is
    boolean listed = AgencyNames.isList(lead);
    int unit = listed ? -1 : AgencyNames.unitOfLeader(lead);
    int leadEnd = unit > 0 ? by + 1 + unit : role;
    if (!listed && unit < 0 || AgencyNames.isLeaderTitle(folded.substring(by + 1, leadEnd))) {
      return null;
    }
    List<Clause> out = new ArrayList<>();
    out.add(new Clause(leads ? Clause.Kind.LEAD : Clause.Kind.GENERIC, text.substring(by + 1, leadEnd), line, by + 2));
    // (由市住建局牵头、市消防救援支队配合,…: the partners' clause after the lead's list mark)
    boolean partnersAfterMark = UnitPartners.partnersAfterMark(folded, e);
    // (由市民政局牵头负责推进,市财政局参加: words of charge after the role word are the lead's part, partners follow)
    if (!partnersAfterMark && Fold.trimStart(folded, e, comma) < comma
        && !JoinedRoleClause.onlyChargeWords(folded, e, Fold.trimEnd(folded, e, comma))) {
      return out; // (由区农业局牵头引进…: the lead's own task follows its role word, no partners gathered)
    }
    int p = partnersAfterMark ? e + 1 : Fold.trimStart(folded, comma + 1, n);
    int stop = Math.min(n, p + MAX_UNITS);
    for (int k = p; k < stop; k++) {
      if (",。;".indexOf(folded.charAt(k)) >= 0) {
        stop = k; // (the partners' clause ends at a comma, or with the sentence: …,市统计局配合。制订…)
      }
    }
    for (String r : PARTNER_WORDS) {
      // 由县政务服务中心牵头,县大数据中心、县司法局配合,…: the partners and their role word up to the next comma
      int end = Fold.trimEnd(folded, p, stop);
      int names = end - r.length();
      if (end - p > r.length() + 1 && folded.startsWith(r, names)) {
        for (String o : UnitPartners.OTHERS) {
          if (names - o.length() > p + 1 && folded.startsWith(o, names - o.length())) {
            names -= o.length(); // 市统计局、市财政局等部门配合: the list's others, no name
            break;
          }
        }
        if (AgencyNames.isList(folded.substring(p, names))) {
          out.add(new Clause(Clause.Kind.SUPPORT, text.substring(p, names), line, p + 1));
          return out;
        }
      }
    }
    for (String w : WITH) {
      if (!folded.startsWith(w, p)) {
        continue;
      }
      int close = stop;
      for (String o : UnitPartners.OTHERS) {
        int at = folded.indexOf(o, p);
        close = at > p + w.length() && at < close ? at : close;
      }
      // 组织文明办、住建局等单位,…; 会同县税务局、县住建局,…: the partners gathered, closed by 等单位 or by the comma
      if (close > p + w.length() && AgencyNames.isList(folded.substring(p + w.length(), close))) {
        out.add(new Clause(Clause.Kind.SUPPORT, text.substring(p + w.length(), close), line, p + w.length() + 1));
        return out;
      }
    }
    return out;
  }


  /** The chars a place's name ends with, no agent's: 县城向乡村, 区街道社区. */
  private static final String PLACE_ENDS = "省市县区镇乡村";
  /** The longest agent's name of a weak suffix after 由. */
  private static final int MAX_AGENT = 16;

  /**
   * {@code (二)送电影下乡工程。由市影剧总公司采购优秀的片源,…}: the sentence after the topic opens with its agent, 由 and
   * the units that do what follows (see {@link Agents}); null unless a list of units stands right after the 由.
   */
  private static List<Clause> byAgent(String text, String folded, int by, int line) {
    int[] agent = Agents.after(folded.substring(by));
    if (agent == null && by + 1 < folded.length() && UnitLeadWords.LEVELS.indexOf(folded.charAt(by + 1)) >= 0) {
      // 由市文化馆创作排练…: after 由, a name of a weak suffix with its level is the agent still (the longest such)
      int end = by + 1;
      while (end < folded.length() && end - by - 1 < MAX_AGENT && Fold.isHan(folded.charAt(end))) {
        end++;
      }
      for (int e = end; e > by + 3; e--) {
        if (e < folded.length() && folded.charAt(e) == '长') {
          continue; // 由区农林水利局张崇芳局长…: a name's last char that 长 makes a title of (局长) ends no name
        }
        if (AgencyNames.isName(folded.substring(by + 1, e))) {
          // (由县城向乡村延伸: the longest name ends in a place's char, no agent's)
          agent = PLACE_ENDS.indexOf(folded.charAt(e - 1)) < 0 ? new int[] {1, e - by} : null;
          break;
        }
      }
    }
    // (由区街道社区三级联动: a list of levels and places ends in a place's char, no agent's)
    if (agent == null || agent[0] != 1 || PLACE_ENDS.indexOf(folded.charAt(by + agent[1] - 1)) >= 0) {
      return null;
    }
    return List.of(new Clause(Clause.Kind.GENERIC, text.substring(by + agent[0], by + agent[1]), line,
        by + agent[0] + 1));
  }

  /** The longest frame before its comma: 按照县政府统一动员部署和工作要求. */
  private static final int MAX_FRAME = 40;

  /**
   * {@code 1.按照县政府统一部署,公安局交警大队要牵头制定…}: a sentence whose frame ({@code 根据…}, {@code 按照…}) opens it,
   * then its subject, the units that carry the task; null unless the units open the clause after the frame's comma.
   */
  private static List<Clause> afterFrame(String text, String folded, int b, int line) {
    int n = folded.length();
    int comma = b;
    while (comma < n && comma - b <= MAX_FRAME && folded.charAt(comma) != ',') {
      if (folded.charAt(comma) == '。' || folded.charAt(comma) == ';') {
        return null;
      }
      comma++;
    }
    if (comma >= n || comma - b > MAX_FRAME) {
      return null;
    }
    int s = Fold.trimStart(folded, comma + 1, n);
    UnitLead unit = s < n ? UnitLead.of(folded, s) : null;
    if (unit == null || unit.label || unit.nameStart != UnitLead.subjectStart(folded, s) || otherLevelAfter(folded, unit)) {
      // (根据省政府安排,省发改委负责下达计划,县发改局要及时分解: a body of another level sets the frame, another carries
      // the task; which is the document's is not in the words; 县发改局牵头…,县财政局做好… are of one level)
      return null;
    }
    return List.of(new Clause(unit.leads ? Clause.Kind.LEAD : Clause.Kind.GENERIC,
        text.substring(unit.nameStart, unit.nameEnd), line, unit.nameStart + 1));
  }
}
