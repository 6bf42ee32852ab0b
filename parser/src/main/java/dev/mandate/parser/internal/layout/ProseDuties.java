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
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * The units a sentence of prose hands its task to after 由, wherever the 由 stands in it: {@code 会议明确,农村乱占耕地建房
 * 整改工作由市农业农村局牵头负责,市自然资源和规划局配合,县市区、乡级政府具体落实。}, {@code 4月7日,由县国土资源局负责联系分管的县
 * 领导,在…开展…接访活动;}. Read only where the text is read as prose ({@link ProseSentences}): in a laid-out document a 由
 * inside an item's sentence is the item's business. The units stay in the task's text, as a subject does. A sentence
 * that opens with its unit is {@link UnitLead}'s.
 */
final class ProseDuties {

  private ProseDuties() {}

  /** Role words that close the units after 由, longest first where one starts another. */
  private static final String[] BY_ROLES = {"牵头负责", "牵头", "具体负责", "负责", "为主", "主办", "承办", "主责", "组织实施",
      "具体落实", "落实"};
  /** Role words of the partners' parts that may follow, each a list of units and its word ({@code 市财政局配合}). */
  private static final String[] PARTNER_ROLES = {"配合", "协助", "协办", "参与", "参加", "协同", "具体落实", "落实", "负责"};
  /** Words of manner between the units and their role word ({@code 由A、B共同负责}). */
  private static final String[] MANNERS = {"共同", "分别", "统一", "具体"};
  /** Words that name places or levels, every body there, no unit ({@code 各地要高度重视}, {@code 由各地组织实施}). */
  private static final java.util.Set<String> PLACES = java.util.Set.of("各地", "各级", "各方", "各地区", "全市", "全县", "全区",
      "全省", "全镇", "全乡", "全国", "全社会", "社会各界");
  /** The most chars of a list of units after 由. */
  private static final int MAX_LIST = 40;

  /**
   * The clauses of the units a prose sentence {@code folded[from, n)} hands its task to after 由 and their role word,
   * with the partners' parts right after ({@code ,市财政局配合}); null if it holds no such 由.
   */
  static List<Clause> byClauses(String text, String folded, int from, int line) {
    int n = folded.length();
    for (int i = from; i + 3 < n; i++) {
      if (!SubjectBounds.isBy(folded, i) || i > from && "理缘经因".indexOf(folded.charAt(i - 1)) >= 0
          || "于此".indexOf(folded.charAt(i + 1)) >= 0) {
        continue;
      }
      int[] role = roleAfter(folded, i + 1, n, BY_ROLES);
      int[] person = role == null ? personLeads(folded, i + 1, n) : null;
      if (role == null && person == null) {
        continue;
      }
      List<Clause> out = new ArrayList<>(2);
      if (role != null) {
        out.add(new Clause(Clause.Kind.GENERIC, text.substring(i + 1, role[1]), line, i + 2));
      } else {
        role = person; // 九重区域环境整治由王光玲牵头,九重镇落实: a leader in charge, no unit; the units follow
      }
      partners(text, folded, role[1], line, out);
      if (out.isEmpty()) {
        continue;
      }
      return out;
    }
    return null;
  }

  /**
   * Words a sentence's subject units are followed by in prose, besides a modal and the verbs a unit-led line is known
   * by ({@link UnitLeadWords#startsWithVerb}): how, when and where they act ({@code 应急局严管…}, {@code 市场监管局从生产销售端…},
   * {@code 市业余歌舞团自三月份开始…}, {@code 各县市区对整改工作要…}).
   */
  private static final String[] SUBJECT_NEXT = {"将", "已", "拟", "计划", "正在", "继续", "进一步", "积极", "认真", "切实",
      "全力", "尽快", "立即", "及时", "严管", "严控", "严格", "保障", "确保", "开展", "推进", "加快", "加大", "安排", "完成",
      "提供", "制定", "研究", "对", "从", "自", "在", "于", "向", "把", "每", "务必", "办理"};
  /** What follows the unit whose proposal a meeting approves ({@code 会议原则同意县财政局关于…的意见}). */
  private static final String[] PROPOSING = {"关于", "提出", "提交", "提请", "报送", "拟"};
  /** Words a meeting's record opens its decisions with, before the unit whose proposal it approves. */
  private static final String[] APPROVALS = {"会议原则同意", "会议同意", "原则同意", "同意"};
  /** Chars no subject's list holds: what it does to whom ({@code 管护资金由镇政府…}, {@code 委员会是省政府负责…}). */
  private static final String NOT_IN_SUBJECT = "由是就需";
  /** Words that join a sentence to the one before, standing before its subject ({@code 并责成…}, {@code 即生态环境部门…}). */
  private static final String[] CONNECTIVES = {"此外", "另外", "同时", "并且", "并", "还", "也", "即", "以及"};
  /** Chars no subject's list opens with: a preposition's, a place or a frame before the subject. */
  private static final String NOT_OPENING_SUBJECT = "在对从于为把以";
  /** Words that open a sentence before the units it directs: a request ({@code 要求環資局加強…}, {@code 责成}, {@code 请}). */
  private static final String[] REQUESTS = {"会议要求", "会议决定", "要求", "责成", "请"};
  /** The most chars of a condition that opens a sentence before its subject ({@code 符合建房条件的,}). */
  private static final int MAX_CONDITION = 16;

  /**
   * {@code {start, end}} of the units a prose sentence opens with as its subject, right before a modal or a verb of
   * what they do ({@code 门诊部要加强…}, {@code 各地教育部门要围绕…}, {@code 应急局严管…}), after a report's lead-in, a time, a
   * condition or a request; null if it opens otherwise. The shortest list so closed is taken: a name runs on into its
   * verb's object no further ({@code 住建局统筹协调全局}: 住建局).
   */
  static int[] subject(String folded) {
    int n = folded.length();
    int b = Fold.trimStart(folded, 0, n);
    if (b < n && (folded.charAt(b) == '“' || folded.charAt(b) == '「')) {
      // 「會場廁所…非常乾淨!」要求環資局加強…: a remark quoted before the sentence's own words
      int close = folded.indexOf(folded.charAt(b) == '“' ? '”' : '」', b);
      b = close < 0 ? n : Fold.trimStart(folded, close + 1, n);
    }
    for (String c : CONNECTIVES) {
      if (folded.startsWith(c, b)) {
        b = Fold.trimStart(folded, b + c.length(), n);
        b = b < n && folded.charAt(b) == ',' ? Fold.trimStart(folded, b + 1, n) : b;
        break;
      }
    }
    b = LeadIns.afterLeadIn(folded, b, n);
    b = SubjectBounds.afterTime(folded, b, n);
    b = LeadIns.afterCountedStep(folded, b, n);
    for (int k = b + 1; k < n && k - b <= MAX_CONDITION; k++) {
      char c = folded.charAt(k);
      if (c == ',' && folded.charAt(k - 1) == '的') {
        b = Fold.trimStart(folded, k + 1, n); // 符合建房条件的,农业农村部门、乡镇政府应…: a condition, then the subject
        break;
      }
      if (c == ',' || c == '。' || c == ';') {
        break;
      }
    }
    for (String r : REQUESTS) {
      if (folded.startsWith(r, b)) {
        b += r.length();
        break;
      }
    }
    boolean approval = false;
    for (String r : APPROVALS) {
      if (folded.startsWith(r, b)) {
        b += r.length();
        approval = true;
        break;
      }
    }
    // (a verb that opens it leaves it no subject, 完成市应急指挥部安排的…; 应急局 opens with a name, no modal)
    if (b >= n || !Fold.isHan(folded.charAt(b)) || NOT_OPENING_SUBJECT.indexOf(folded.charAt(b)) >= 0 || LineShapes.startsWithAny(folded, b, SUBJECT_NEXT)
        || UnitLeadWords.startsWithVerb(folded, b) && "应要须".indexOf(folded.charAt(b)) < 0) {
      return null;
    }
    int limit = Math.min(n, b + MAX_LIST);
    // the shortest list before a verb, but the longest before a modal where one comes within reach (各地人力资源社会保障、
    // 残联等部门要…: 保障 is a word of the name there, no verb)
    int shortest = -1;
    for (int k = b + 2; k < limit; k++) {
      char c = folded.charAt(k - 1);
      if (!(Fold.isHan(c) || c == '、' || c == '(' || c == ')') || NOT_IN_SUBJECT.indexOf(c) >= 0) {
        break;
      }
      boolean modal = SubjectBounds.startsWithModal(folded, k)
          && !(folded.charAt(k) == '要' && UnitLeadWords.WORDS_BEFORE_YAO.indexOf(c) >= 0);
      if (!(modal || UnitLeadWords.startsWithVerb(folded, k) || LineShapes.startsWithAny(folded, k, SUBJECT_NEXT)
          || approval && LineShapes.startsWithAny(folded, k, PROPOSING)) || !isSubjectList(folded, b, k)) {
        continue;
      }
      if (modal) {
        return new int[] {b, k};
      }
      shortest = shortest < 0 ? k : shortest;
    }
    return shortest < 0 ? null : new int[] {b, shortest};
  }

  /**
   * The clauses of a subject's units {@code text[b, e)} and of the partners' parts right after their role word and a
   * comma ({@code 县公安局牵头,县城管局配合,开展…}: 县城管局 supports).
   */
  static List<Clause> subjectClauses(String text, String folded, int b, int e, int line) {
    List<Clause> out = new ArrayList<>(2);
    for (String w : new String[] {"牵头", "负责"}) {
      if (folded.startsWith(w, e) && e + w.length() < folded.length() && folded.charAt(e + w.length()) == ',') {
        out.add(new Clause(Clause.Kind.GENERIC, text.substring(b, e + w.length()), line, b + 1));
        partners(text, folded, e + w.length(), line, out);
        return out;
      }
    }
    out.add(new Clause(Clause.Kind.GENERIC, text.substring(b, e), line, b + 1));
    return out;
  }

  /** Adds the partners' parts from the comma at {@code k}, each a list and its role word alone between commas. */
  private static void partners(String text, String folded, int k, int line, List<Clause> out) {
    int n = folded.length();
    while (k < n && folded.charAt(k) == ',') {
      int e = k + 1;
      while (e < n && ",;。".indexOf(folded.charAt(e)) < 0) {
        e++;
      }
      int b = Fold.trimStart(folded, k + 1, e);
      int[] partner = roleAfter(folded, b, e, PARTNER_ROLES);
      if (partner == null || Fold.trimStart(folded, partner[1], e) < e) {
        return;
      }
      out.add(new Clause(Clause.Kind.GENERIC, text.substring(b, partner[1]), line, b + 1));
      k = e;
    }
  }

  /**
   * The parts of a sentence between its commas, outside brackets and quotes, each {@code {start, end}} with its comma
   * (the last with the sentence's end); one part if it has no such comma.
   */
  static List<int[]> commaParts(String folded) {
    List<int[]> out = new ArrayList<>(4);
    int from = 0;
    for (int end : ProseSentences.ends(folded, ",", false)) {
      out.add(new int[] {from, end});
      from = end;
    }
    if (Fold.trimStart(folded, from, folded.length()) < folded.length()) {
      out.add(new int[] {from, folded.length()});
    }
    return out;
  }

  /**
   * Whether {@code folded[b, e)} (a comma's part) is a list of units and its role word and nothing else ({@code 市委政法委
   * 牵头}, {@code 市自然资源和规划局配合}): a part of a role sentence, no task of its own.
   */
  static boolean isRolePart(String folded, int b, int e) {
    e = Fold.trimEnd(folded, b, e);
    if (e > b && folded.charAt(e - 1) == ',') {
      e = Fold.trimEnd(folded, b, e - 1);
    }
    b = Fold.trimStart(folded, b, e);
    int[] role = roleAfter(folded, b, e, BY_ROLES);
    int[] partner = role == null ? roleAfter(folded, b, e, PARTNER_ROLES) : null;
    return role != null && role[1] == e || partner != null && partner[1] == e;
  }

  /**
   * Words that report what was done or stands ({@code 截至目前}, {@code 已建成}, {@code 作了表态发言}): a report's sentence
   * of progress or of the meeting's course, no task handed out, whatever units it names.
   */
  private static final String[] REPORTED = {"截至", "截止目前", "已建成", "已完成", "已开工", "已经", "完成了", "取得了",
      "作了", "进行了", "据介绍", "据了解", "共计"};

  /** Whether a prose sentence reports progress or the course of a meeting ({@link #REPORTED}). */
  static boolean reports(String folded) {
    for (String w : REPORTED) {
      if (folded.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a directive inside a report's sentence, before the units it directs ({@code 县长要求工务处、交旅局…}). */
  private static final String[] DIRECTIVES = {"要求", "责成", "指示", "交由"};

  /**
   * {@code {start, end}} of the units a directive inside a prose sentence names right after its word ({@code …情况,县长
   * 要求工务处、交旅局用心准备专案报告}, {@code 此外,王忠铭也责成行政处、交旅局与文化处仿效…}): a report of a meeting gives its
   * tasks so, the units the objects of the one who directs. The list ends where one more char would make it none
   * ({@code 环资局加强…}: 环资局). Null if no directive names units.
   */
  static int[] directed(String folded) {
    int n = folded.length();
    for (int i = 0; i + 4 < n; i++) {
      String word = null;
      for (String w : DIRECTIVES) {
        if (folded.startsWith(w, i)) {
          word = w;
          break;
        }
      }
      // (会议要求 and a sentence that opens with its directive are subject's: 要求X… there, too)
      if (word == null || i > 0 && !Fold.isHan(folded.charAt(i - 1)) && folded.charAt(i - 1) != ',') {
        continue;
      }
      int b = i + word.length();
      int e = listAfter(folded, b);
      if (e > 0) {
        return new int[] {b, e};
      }
    }
    return null;
  }

  /** Verbs of what directed units are to do, right after their names ({@code 交由…办公厅办理}). */
  private static final String[] DIRECTED_WORK = {"办理", "审议", "处理", "核查", "研究", "到", "立即", "尽快", "于"};
  /** The last chars of the names a directive's list may end with: an office's or a body's. */
  private static final String NAME_ENDS = "局处委办厅部室科所站队会院心组团府镇乡道区村司署社馆校";
  /** How many chars further a name may run on past a char it could end with ({@code 办} → {@code 办公厅}). */
  private static final int NAME_RUN_ON = 3;

  /**
   * Where the list of units from {@code b} ends, as {@link #directed} reads it; -1 if none starts there: the first end
   * of a name no separator follows and no longer name runs on from.
   */
  private static int listAfter(String folded, int b) {
    int n = folded.length();
    if (b >= n || !Fold.isHan(folded.charAt(b))) {
      return -1; // (要求,与会人员…: a report's lead-in, no list after it)
    }
    int limit = Math.min(n, b + MAX_LIST);
    for (int k = b + 2; k < limit; k++) {
      char c = folded.charAt(k - 1);
      if (!(Fold.isHan(c) || c == '、' || c == '(' || c == ')')) {
        return -1;
      }
      if (NAME_ENDS.indexOf(c) < 0 || "、与和及".indexOf(folded.charAt(k)) >= 0 || !isSubjectList(folded, b, k)) {
        continue;
      }
      if (UnitLeadWords.startsWithVerb(folded, k) || LineShapes.startsWithAny(folded, k, SUBJECT_NEXT)
          || LineShapes.startsWithAny(folded, k, DIRECTED_WORK)) {
        return k; // (交由省人大常委会办公厅办理: a verb of what they are to do ends the names, 办 no suffix there)
      }
      boolean runsOn = false;
      for (int more = 1; more <= NAME_RUN_ON && k + more <= n && !runsOn; more++) {
        runsOn = NAME_ENDS.indexOf(folded.charAt(k + more - 1)) >= 0 && isSubjectList(folded, b, k + more);
      }
      if (!runsOn) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code folded[b, k)} is a list of units whose last name is one by a strong suffix or an office's. */
  private static boolean isSubjectList(String folded, int b, int k) {
    String list = folded.substring(b, k);
    String last = UnitLeadWords.lastPiece(folded, b, k);
    return AgencyNames.isList(list) && (AgencyNames.isStrongName(last) || UnitLeadWords.isOrgan(last))
        && !AgencyNames.isLeaderTitle(list) && !PLACES.contains(list) && !folded.startsWith("负责人", k);
  }

  /** The most chars of a person's name after 由 ({@code 由王光玲牵头}). */
  private static final int MAX_PERSON = 4;

  /**
   * {@code {end of the name, end of 牵头 or 负责}} where a person's name of two to four Han chars after 由 is closed by
   * a lead's role word and a comma ({@code 王光玲牵头,}): a leader in charge, whose units the parts after name; null if
   * none, or if the name reads as a unit's.
   */
  private static int[] personLeads(String folded, int b, int n) {
    for (int k = b + 2; k <= b + MAX_PERSON && k + 2 < n; k++) {
      if (!Fold.isHan(folded.charAt(k - 1))) {
        return null;
      }
      if ((folded.startsWith("牵头", k) || folded.startsWith("负责", k)) && folded.charAt(k + 2) == ','
          && !AgencyNames.isName(folded.substring(b, k))) {
        return new int[] {k, k + 2};
      }
    }
    return null;
  }

  /**
   * {@code {end of the units, end of the role word}} where a list of agencies' names from {@code b} is closed by one of
   * {@code roles} (a word of manner between them let pass), before {@code e}; null if none.
   */
  private static int[] roleAfter(String folded, int b, int e, String[] roles) {
    int limit = Math.min(e, b + MAX_LIST);
    for (int k = b + 2; k < limit; k++) {
      char c = folded.charAt(k - 1);
      if (!(Fold.isHan(c) || c == '、' || c == '(' || c == ')')) {
        return null;
      }
      for (String w : roles) {
        if (folded.startsWith(w, k)) {
          int listEnd = k;
          for (String m : MANNERS) {
            if (listEnd - m.length() > b && folded.startsWith(m, listEnd - m.length())) {
              listEnd -= m.length();
              break;
            }
          }
          String list = folded.substring(b, listEnd);
          if (AgencyNames.isList(list) && !AgencyNames.isLeaderTitle(list) && !PLACES.contains(list)
              && !(k + w.length() < e && folded.charAt(k + w.length()) == '人')) {
            return new int[] {listEnd, k + w.length()};
          }
        }
      }
    }
    return null;
  }
}
