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
    while (stop < n && stop - b <= MAX_TOPIC && folded.charAt(stop) != '。') {
      char c = folded.charAt(stop);
      if (c == ',' || c == ';' || c == ':' || c == '(') {
        return null; // a clause, a list or a label: a sentence of the task's own, no topic's name
      }
      stop++;
    }
    if (stop >= n || stop - b < 2 || stop - b > MAX_TOPIC) {
      return null;
    }
    int s = Fold.trimStart(folded, stop + 1, n);
    if (s < n && SubjectBounds.isBy(folded, s)) {
      return byLeadAndPartners(text, folded, s, line);
    }
    UnitLead unit = s < n ? UnitLead.of(folded, s) : null;
    if (unit == null || unit.label || unit.nameStart != s) {
      return null; // (a unit with a colon, or its role clause, is an item by unit: Items reads those)
    }
    return List.of(new Clause(Clause.Kind.GENERIC, text.substring(unit.nameStart, unit.nameEnd), line,
        unit.nameStart + 1));
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
        if (other != null && other.nameStart == s && !other.label && folded.charAt(s) != level) {
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
  /** Words that close a list of partners: 等单位, 等部门. */
  private static final String[] OTHERS = {"等单位", "等部门"};

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
    if (!AgencyNames.isList(lead) || AgencyNames.isLeaderTitle(lead)) {
      return null;
    }
    List<Clause> out = new ArrayList<>();
    out.add(new Clause(leads ? Clause.Kind.LEAD : Clause.Kind.GENERIC, text.substring(by + 1, role), line, by + 2));
    if (Fold.trimStart(folded, e, comma) < comma) {
      return out; // (由区农业局牵头引进…: the lead's own task follows its role word, no partners gathered)
    }
    int p = Fold.trimStart(folded, comma + 1, n);
    int next = folded.indexOf(',', p);
    int stop = next < 0 ? Math.min(n, p + MAX_UNITS) : next;
    for (String r : RoleWords.SUPPORT) {
      // 由县政务服务中心牵头,县大数据中心、县司法局配合,…: the partners and their role word up to the next comma
      int end = Fold.trimEnd(folded, p, stop);
      if (end - p > r.length() + 1 && folded.startsWith(r, end - r.length())
          && AgencyNames.isList(folded.substring(p, end - r.length()))) {
        out.add(new Clause(Clause.Kind.SUPPORT, text.substring(p, end - r.length()), line, p + 1));
        return out;
      }
    }
    for (String w : WITH) {
      if (!folded.startsWith(w, p)) {
        continue;
      }
      int close = stop;
      for (String o : OTHERS) {
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
    if (unit == null || unit.label || unit.nameStart != s || otherLevelAfter(folded, unit)) {
      // (根据省政府安排,省发改委负责下达计划,县发改局要及时分解: a body of another level sets the frame, another carries
      // the task; which is the document's is not in the words; 县发改局牵头…,县财政局做好… are of one level)
      return null;
    }
    return List.of(new Clause(unit.leads ? Clause.Kind.LEAD : Clause.Kind.GENERIC,
        text.substring(unit.nameStart, unit.nameEnd), line, unit.nameStart + 1));
  }
}
