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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * A line that starts with the unit it assigns: {@code 区委宣传部:制订宣传工作方案…} or {@code 县环保局。负责…} (the unit
 * as a label or a sentence of its own),
 * {@code 区住建局负责全区村庄环境整治…} (the unit as the sentence's subject), {@code 一、县示范区管委会牵头工作(8项)} (a
 * heading over the unit's items). Documents organised by unit are written so.
 */
final class UnitLead {

  /** Verbs that follow a unit leading its sentence. */
  private static final String[] VERBS = {"负责", "牵头", "要", "会同", "应", "须", "必须", "配合", "督促", "组织", "指导",
      "做好", "抓好", "加强", "落实", "承担", "协调", "主抓", "具体负责", "按照", "依照", "依据", "结合", "联合", "作为", "根据", "责令", "协助", "分别", "履行以下", "履行下列", "统筹", "综合"};

  /**
   * What an office of weak suffix, four chars at least, organises, draws up or arranges after its name ({@code 市场营销部组织开展…},
   * {@code 安全保卫部制定…}): its own work, as 负责 says.
   */
  private static final String[] WEAK_NAME_WORK = {"组织", "制定", "制订", "安排"};
  /**
   * The longest such name: an office's (市场营销部, 总经理工作部), no sentence's words before a noun that opens with those
   * verbs (显著位置展示新时代文明实践站组织架构, 县政府建立爱卫会组织机构), nor a name's open bracket before them
   * ({@code 秘书处(组织人事处)}).
   */
  private static final int MAX_WEAK_WORKER = 6;

  /** The first chars of the verbs. */
  private static final String VERB_FIRSTS = verbFirsts();

  private static String verbFirsts() {
    StringBuilder b = new StringBuilder();
    for (String v : VERBS) {
      if (b.indexOf(v.substring(0, 1)) < 0) {
        b.append(v.charAt(0));
      }
    }
    return b.toString();
  }

  /** Where the unit list ends, and where the task's text starts: after a colon, or at the unit itself. */
  final int nameStart;
  final int nameEnd;
  final int textStart;
  /**
   * Whether the unit stands as a label ({@code 区委宣传部:}) or a role clause ({@code 县水务局牵头,}) rather than as its
   * sentence's subject.
   */
  final boolean label;
  /** Whether the verb after it says it leads ({@code 牵头}, {@code 主办}). */
  final boolean leads;

  UnitLead(int nameStart, int nameEnd, int textStart, boolean label, boolean leads) {
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.textStart = textStart;
    this.label = label;
    this.leads = leads;
  }

  /** Where the supporting units of a second role clause ({@code 由X牵头,Y配合,…}) are, or -1: set by {@link #of}. */
  int supportStart = -1;
  int supportEnd = -1;

  /**
   * The words that close a partners' clause after a lead's ({@code 县水务局牵头,各乡镇负责落实,}): the support words, and
   * those of carrying the work out, which after a unit that leads name the others' part, as every other listed unit's
   * is support. Longest first.
   */
  private static final List<String> PARTNERS_AFTER_LEAD = ImmutableList.<String>builder().add("具体负责落实", "负责具体落实",
      "负责组织实施", "负责落实", "具体负责", "具体落实", "组织实施", "负责实施").addAll(RoleWords.SUPPORT).build();

  /**
   * After a leading unit's role clause, a supporting units' one ({@code 县自然资源局、漾月街道配合,}): its list's end
   * and where the text after it starts, {@code {listEnd, textStart}}, or null.
   */
  private static int[] supportClause(String folded, int at, boolean leads) {
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

  /**
   * Where the duties start after a list of names {@code folded[b, space)} and the one space after it ({@code 秘书处
   * 负责…}, {@code 综合一处 负责办理…}), or -1: a duty's verb follows the space at once, and the last name is an organ's
   * (weak suffix) or strong.
   */
  private static int dutiesAfterSpace(String folded, int b, int space) {
    int d = space + 1;
    if (space - b < 2 || d >= folded.length()
        || !(startsWithCharge(folded, d) || folded.startsWith("承担", d))) {
      return -1;
    }
    String last = lastPiece(folded, b, space);
    return AgencyNames.isList(folded.substring(b, space)) && (isOrgan(last) || AgencyNames.isStrongName(last)) ? d : -1;
  }

  /** Whether 负责 starts at {@code at} as a duty's verb, not as 负责人 (a person). */
  private static boolean startsWithCharge(String folded, int at) {
    return folded.startsWith("负责", at) && !folded.startsWith("负责人", at);
  }

  /**
   * Whether a name of three chars at least ends as an office does, with a weak suffix too ({@code 财政所},
   * {@code 行政执法队}): not a place's ({@code 信义花园:}, {@code 住宿区:} head a place's problems).
   */
  static boolean isOrgan(String piece) {
    return piece.length() >= 3 && AgencyNames.isName(piece) && "所队站室科组处股司".indexOf(piece.charAt(piece.length() - 1)) >= 0;
  }

  /** A name without the bracket after it ({@code 体制改革股(加挂…股牌子)}: the name before the bracket). */
  private static String bareName(String name) {
    int open = name.indexOf('(');
    return open > 0 && name.endsWith(")") ? name.substring(0, open) : name;
  }

  /**
   * Whether a short word names units by their part, no unit ({@code 成员单位}, {@code 参与部门}): 单位 after a word of
   * two chars, or 部门 after a role's or a membership's word (水利部门 is a sector's units, a name).
   */
  static boolean isUnitsLabel(String word) {
    if (word.length() > 6 || word.startsWith("各")) {
      return false; // 各有关单位, 各供暖单位: the units addressed, as a sentence's subject
    }
    if (word.endsWith("单位")) {
      return word.length() <= 4;
    }
    if (!word.endsWith("部门")) {
      return false;
    }
    String modifier = word.substring(0, word.length() - 2);
    for (String m : new String[] {"成员", "责任", "牵头", "配合", "参与", "协办", "主办", "相关", "有关", "协作"}) {
      if (modifier.equals(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code 1、区住建局。排查生活污水直排污染源…}: a numbered item's first sentence a unit's name alone, its duty after it
   * ({@code folded} from {@code from}, after the numbering), or null. The duty need start with no verb of {@link #VERBS};
   * a name's shape alone may be a topic's ({@code 优化产业布局。}), so the caller asks a sibling item to have it too.
   */
  static UnitLead nameSentence(String folded, int from) {
    return nameSentence(folded, from, false);
  }

  /** Verbs that open an office's duties after its name's sentence ({@code 人事股。拟订…}). */
  private static final String[] OFFICE_DUTIES = {"负责", "承担", "拟订", "拟定", "组织", "指导", "牵头", "统筹", "协调"};

  /**
   * {@link #nameSentence(String, int)}, or ({@code organ}) an organ's name of weak suffix ({@code 人事股。},
   * {@code 规划发展与信息化股。}) before a sentence that opens with an office's duty ({@code 拟订…}, {@code 承担…}):
   * for items beside one so named, the caller asks.
   */
  static UnitLead nameSentence(String folded, int from, boolean organ) {
    int n = folded.length();
    int b = Fold.trimStart(folded, from, n);
    int stop = folded.indexOf('。', b);
    if (stop - b < 3 || stop - b > 40) {
      return null;
    }
    String name = folded.substring(b, stop);
    int text = Fold.trimStart(folded, stop + 1, n);
    if (n - text < 8 || !(AgencyNames.isStrictList(name) || organ && isOrgan(bareName(name))
            && LineShapes.startsWithAny(folded, text, OFFICE_DUTIES))
        || SubjectBounds.isPlaceholder(name) || Labels.named(name) != null || isUnitsLabel(name)) {
      return null;
    }
    // (体制改革股(加挂…牌子)。: the bracket after an organ's name says what other name it bears, no part of it)
    int end = organ && !AgencyNames.isStrictList(name) ? b + bareName(name).length() : stop;
    return new UnitLead(b, end, text, true, false);
  }

  /** The longest list of offices read as a numbered item's subject by {@link #officeSubject}. */
  private static final int MAX_OFFICES = 30;

  /**
   * {@code 3.后勤处做好校园环境保洁…}, {@code 4.保卫处、后勤处加强门禁管理…}: a numbered item whose subject is a list of an
   * institution's offices, names without a level ({@code 处}, {@code 科}, {@code 室}, {@code 部}, {@code 中心},
   * {@code 学院}), a verb after them (any word after two of them); or null. Such names alone open prose as often as
   * tasks, so the caller asks a sibling item to be so made too: a notice that hands its items to offices one by one.
   */
  static UnitLead officeSubject(String folded, int from) {
    int n = folded.length();
    int b = Fold.trimStart(folded, from, n);
    int limit = Math.min(n, b + MAX_OFFICES);
    int pieceStart = b;
    for (int e = b + 1; e < limit; e++) {
      char c = folded.charAt(e - 1);
      if (c == '、') {
        if (!isOffice(folded.substring(pieceStart, e - 1))) {
          return null;
        }
        pieceStart = e;
        continue;
      }
      if (!Fold.isHan(c)) {
        return null;
      }
      // (two offices or more are a list of names whatever verb follows: 教务处、信息化处安排好…)
      if (e - pieceStart >= 2 && (startsWithVerb(folded, e) || pieceStart > b && Fold.isHan(folded.charAt(e))
          && !isOffice(folded.substring(pieceStart, e + 1))) && isOffice(folded.substring(pieceStart, e))) {
        if (SubjectBounds.isBy(folded, e) || RELATIONS.indexOf(folded.charAt(e)) >= 0) {
          return null; // 仪仗队、花束队由团市委负责组建: the offices are the object, the unit after 由 the subject
        }
        if (SubjectBounds.startsWithModal(folded, e) && allSpots(folded, b, e)) {
          return null; // 转弯处、坡道处要设置…: spots where a thing must be, no offices given a duty (后勤处做好…)
        }
        String list = folded.substring(b, e);
        return SubjectBounds.isPlaceholder(list) || Labels.named(list) != null || isUnitsLabel(list)
            || opensWithTwoVerbs(folded, b) ? null : new UnitLead(b, e, b, false, false);
      }
    }
    return null;
  }

  /** Chars after a list of names that make it no subject: 由 (by), 的, 是, 为, 和, 及, 与, 在, 等. */
  private static final String RELATIONS = "由的是为和及与在等";
  /** The longest office's name: 曲江校区管理处, 后勤服务中心. */
  private static final int MAX_OFFICE = 10;

  /**
   * Whether a piece names an institution's office: a name that ends as an organ does, or in 部, 中心, 学院, of a few
   * chars and no words of a sentence (大型文体表演由市文化出版局, 部门负责人认真履行本部: a clause, no office).
   */
  private static boolean isOffice(String piece) {
    return piece.length() >= 2 && piece.length() <= MAX_OFFICE && piece.indexOf('由') < 0 && !piece.contains("负责")
        && piece.indexOf('的') < 0 && !piece.endsWith("场所") && AgencyNames.isName(piece)
        && (isOrgan(piece) || piece.endsWith("部") || piece.length() >= 4 && (piece.endsWith("中心") || piece.endsWith("学院")));
  }

  /**
   * Where the name of a unit leading the sentence at {@code s} starts when nothing but a step's count stands before it
   * ({@code 一是县财政局要…}: after the count), for callers that ask the unit to open the sentence.
   */
  static int subjectStart(String folded, int s) {
    return LeadIns.afterCountedStep(folded, s, folded.length());
  }

  /** The unit that leads {@code folded} from {@code from} (after numbering), or null. */
  static UnitLead of(String folded, int from) {
    int n = folded.length();
    int b = Fold.trimStart(folded, from, n);
    // 由杨志武副市长负责,市发改委牵头,…: the leader in charge comes first, a person, no unit; the units follow
    b = LeadIns.afterLeadersClause(folded, b, n);
    // 《通知》要求,各县(市、区)供热主管部门要…: what a report says the document asks is the unit's sentence
    b = LeadIns.afterLeadIn(folded, b, n);
    // 一是县财政局要…: the step's count in words opens the sentence, before its unit
    b = LeadIns.afterCountedStep(folded, b, n);
    int sentence = b;
    int request = LeadIns.afterRequest(folded, b, n);
    if (request > b) {
      // 请社会处检视…: a request names its units right after 请, names of weak suffix (处, 科) too; the request is the
      // task's text whole (a request after other words is asked of items only: requestInItem)
      UnitLead addressed = addressee(folded, request, sentence);
      if (addressed != null) {
        return addressed;
      }
    }
    int framed = SubjectBounds.afterFrame(folded, b, n);
    if (framed > 0) {
      // 按照《预案》的规定,县卫生局负责…: the frame is the sentence's, the unit after it its subject (a list of strong names
      // right after the frame, then its duty or a modal: 根据要求,今年,X要… is a report's sentence, read as one)
      UnitLead subject = of(folded, framed);
      return subject != null && !subject.label && subject.supportStart < 0 && subject.nameStart == framed
          && (folded.startsWith("负责", subject.nameEnd) || SubjectBounds.startsWithModal(folded, subject.nameEnd))
          && AgencyNames.isStrictList(folded.substring(subject.nameStart, subject.nameEnd))
          && !otherSubject(folded, subject.nameEnd)
          ? new UnitLead(subject.nameStart, subject.nameEnd, sentence, false, subject.leads) : null;
    }
    b = SubjectBounds.afterTime(folded, b, n);
    // 即县水务局牵头,…: a connective before a name with its level is no part of it
    if (b + 2 < n && CONNECTIVES.indexOf(folded.charAt(b)) >= 0 && LEVELS.indexOf(folded.charAt(b + 1)) >= 0) {
      b++;
    }
    // the longest run of name chars and list separators that ends a name, up to 40 chars
    int limit = Math.min(n, b + 100);
    int best = -1;
    // the first char is not asked to be a name's (★市教育局), but it may start a bracket or a piece
    int pieceStart = b < n && folded.charAt(b) == '、' ? b + 1 : b;
    boolean bracket = b < n && folded.charAt(b) == '(';
    if (folded.startsWith("负责", b)) {
      return null; // 负责张市长见面会和市政府部门负责人专访: a duty with its subject above it, and 负责人 a person
    }
    if (b < n && !Fold.isHan(folded.charAt(b)) && !AgencyNames.isLeadSign(folded.charAt(b))) {
      return null; // 〔牵头单位:…: a name starts with a Han char or a lead's sign, never a bracket or a digit
    }
    if (LineShapes.startsWithAny(folded, b, FOUNDING) && !folded.startsWith("新建区", b) || SubjectBounds.opensWithFrame(folded, b)
        || LineShapes.startsWithAny(folded, b, SubjectBounds.HELPING)) {
      // 设立创建活动办公室,负责…: a body to be set up, the task's object, not who carries it (新建区 is a district);
      // 根据省政府要求,…: the sentence's frame
      return null;
    }
    if (opensWithTwoVerbs(folded, b)) {
      return null; // 组织协调新闻单位做好…: a predicate of verbs after verbs, its object a body (新闻单位), no subject
    }
    for (int e = b + 2; e <= limit; e++) {
      char c = folded.charAt(e - 1);
      if (e - 1 > b + 1 && SubjectBounds.isBy(folded, e - 1)) {
        // 防汛工作由县水利局负责。: a topic, then its units after 由 (自由贸易区 is one name): the whole sentence is the
        // task, its subject the units
        return e < n && "于此".indexOf(folded.charAt(e)) < 0 ? SubjectBounds.byUnits(folded, b, e) : null;
      }
      if (!isListChar(c)) {
        int duties = Fold.isSpace(c) ? dutiesAfterSpace(folded, b, e - 1) : -1;
        if (duties > 0) {
          // 秘书处 负责文电收发…: a name, one space, its duties: the space stands where a label's colon would
          return new UnitLead(b, e - 1, duties, true, false);
        }
        break;
      }
      pieceStart = c == '、' ? e : pieceStart;
      bracket |= c == '(';
      if (e - b >= 4 && (folded.startsWith("负责", e - 2) || folded.startsWith("牵头", e - 2))
          && !(folded.charAt(e - 3) == '(' && closesSoon(folded, e))) {
        // 各街道办事处负责利用…系统做好…: a role word ends the names before it; no name runs on past it (县教育局(牵头)、
        // 县财政局, 县教育局(牵头单位)、…: a lead's bracket is part of the list)
        break;
      }
      if (e >= n || ":。".indexOf(folded.charAt(e)) < 0 && VERB_FIRSTS.indexOf(folded.charAt(e)) < 0
          && !SubjectBounds.startsWithMonth(folded, e) && !SubjectBounds.dutyAfterComma(folded, e)
          && !SubjectBounds.timeThenDuty(folded, e)) {
        continue; // neither a colon nor a verb follows (nor a date, 市机场建管公司12月中旬开工…): no unit ends here
      }
      if (SubjectBounds.dutyAfterComma(folded, e) && (LineShapes.startsWithAny(folded, b, OPENERS) || opensNames(folded, b, e))) {
        continue; // 依托县融媒体中心,组织…: a phrase of how the task is done, its comma no label's
      }
      int duties = folded.charAt(e) == ':' ? UnitHeading.dutiesStart(folded, b, e) : e;
      if (duties < e && AgencyNames.isList(folded.substring(b, duties))
          && AgencyNames.isStrongName(lastPiece(folded, b, duties))) {
        // (九)工商部门职责:依法确认…: the unit's duties after its name, then a colon
        int text = Fold.trimStart(folded, e + 1, n);
        return text < n ? new UnitLead(b, duties, text, true, false) : null;
      }
      if (!bracket && !AgencyNames.mayEndList(folded, pieceStart, e)) {
        continue; // the last piece cannot be a name
      }
      // 财政所:负责…, 行政执法队:对…: a name before a colon, weak suffix too (a line alone is prose: OutlineResolver
      // keeps a unit-led line only beside another)
      int remark = e < n && folded.charAt(e) == ':' ? remarkBefore(folded, b, e) : -1;
      if (remark > 0) {
        // 本府秘书处(会议管理系统):负责…: a unit and a bracket that names what it runs, no alias: the unit's label
        int text = Fold.trimStart(folded, e + 1, n);
        return text < n ? new UnitLead(b, remark, text, true, false) : null;
      }
      if (e < n && (folded.charAt(e) == ':' || folded.charAt(e) == '。' && startsWithVerb(folded, e + 1)
          || SubjectBounds.dutyAfterComma(folded, e))
          && AgencyNames.isList(folded.substring(b, e)) && (folded.charAt(e) != '。' && isOrgan(lastPiece(folded, b, e))
          || AgencyNames.isStrongName(lastPiece(folded, b, e)))
          || e < n && (startsWithVerb(folded, e) || SubjectBounds.startsWithMonth(folded, e)
              || SubjectBounds.timeThenDuty(folded, e))
          && AgencyNames.isStrictList(folded.substring(b, e))
          || e < n && (e - b >= 4 && (startsWithCharge(folded, e) || folded.startsWith("联合", e)
              || e - b <= MAX_WEAK_WORKER && LineShapes.startsWithAny(folded, e, WEAK_NAME_WORK)
                  && folded.lastIndexOf('(', e - 1) < b
              || folded.startsWith("牵头", e) && folded.charAt(b) != '由' && (b == 0 || folded.charAt(b - 1) != '由'))
              || e - b == 3 && isOrgan(folded.substring(b, e)) && startsWithCharge(folded, e))
          && AgencyNames.isList(folded.substring(b, e)) && !AgencyNames.isLeaderTitle(folded.substring(b, e))
          || officesInTurn(folded, b, e)) {
        // (西安警备区负责…, 区森林防火指挥部、区教育局联合印发…, 生产技术部牵头编制…, 市场营销部组织开展…: names of weak
        // suffix before 负责, 联合 or 牵头, words of a role, or what an office draws up or arranges; a line alone is prose
        // still; after 由, 牵头 is a role clause's, read as such)
        best = e;
        if (SubjectBounds.startsWithModal(folded, e) || LineShapes.startsWithAny(folded, e, SubjectBounds.HELPING)) {
          // 县级人民政府应指导督促乡镇人民政府…, 村民委员会协助乡镇人民政府…: the subject ends at its modal or helping verb;
          // the unit after is its object
          break;
        }
      }
    }
    if (best < 0 || SubjectBounds.isPlaceholder(folded.substring(b, best)) || Labels.named(folded.substring(b, best)) != null
        || isUnitsLabel(folded.substring(b, best))) {
      return null; // 各部门: every unit, no unit; 责任单位, 成员单位: a label
    }
    if (folded.charAt(best) == ':' || folded.charAt(best) == '。' || SubjectBounds.dutyAfterComma(folded, best)) {
      int text = Fold.trimStart(folded, SubjectBounds.afterDashes(folded, best), n);
      return text < n ? new UnitLead(b, best, text, true, false) : null;
    }
    boolean leads = folded.startsWith("牵头", best) || folded.startsWith("主办", best);
    int clauseEnd = roleClauseEnd(folded, best);
    if (clauseEnd > 0) {
      // 县水务局牵头,组织开展…: the unit and its role word are a clause of their own, the task follows it
      int text = Fold.trimStart(folded, clauseEnd, n);
      // (市工商局负责,市经贸委、市农业局配合,…: a unit in charge beside supporting ones leads them)
      int[] support = (leads || folded.startsWith("负责", best)) && text < n ? supportClause(folded, text, leads) : null;
      if (support != null && support[1] < n) {
        UnitLead lead = new UnitLead(b, best, support[1], true, true);
        lead.supportStart = text;
        lead.supportEnd = support[0];
        return lead;
      }
      return text < n ? new UnitLead(b, best, text, true, leads) : null;
    }
    UnitLead subject = new UnitLead(b, best, sentence, false, leads);
    int[] together = togetherWith(folded, best);
    if (together != null) {
      // 民政部门会同发展改革、财政等部门负责…: the subject carries the task, those it works with support it
      subject.supportStart = together[0];
      subject.supportEnd = together[1];
    }
    return subject;
  }

  /**
   * Whether {@code folded[from, n)} is a person's name alone: two or three Han chars, a space between them at most
   * ({@code 王昊}, {@code 李 涛}); a duty is never so short.
   */
  static boolean isPersonAlone(String folded, int from, int n) {
    int e = Fold.trimEnd(folded, from, n);
    int han = 0;
    for (int i = from; i < e; i++) {
      char c = folded.charAt(i);
      if (Fold.isHan(c)) {
        han++;
      } else if (!Fold.isSpace(c)) {
        return false;
      }
    }
    return han >= 2 && han <= 3 && e - from <= 4;
  }

  /**
   * Whether {@code folded[b, e)} lists two offices or more, the first an organ's name
   * ({@code 曲江校区管理处、后勤处、莲湖校区}, {@code 学生处、教务处、各学院}), and a modal or 分别 follows ({@code 要…},
   * {@code 分别组织…}): offices of weak suffix, which alone open prose as often as tasks, are the subject where the
   * sentence gives each its part. Places named so are not: spots of three chars alone ({@code 转弯处、坡道处要设置…}),
   * venues ({@code 公共场所、娱乐场所要…}).
   */
  private static boolean officesInTurn(String folded, int b, int e) {
    if (e >= folded.length() || !SubjectBounds.startsWithModal(folded, e) && !folded.startsWith("分别", e)) {
      return false;
    }
    int comma = folded.indexOf('、', b);
    return comma > b && comma < e && isOrgan(folded.substring(b, comma)) && !folded.substring(b, e).contains("场所")
        && !allSpots(folded, b, e) && AgencyNames.isList(folded.substring(b, e))
        && !SubjectBounds.isPlaceholder(folded.substring(b, e));
  }

  /**
   * Whether every piece of the list {@code folded[b, e)} is a word of three chars ending in 处 or 所: offices so named
   * (后勤处、保卫处) and spots (转弯处、坡道处, 低洼处) read alike; a list with one name of another shape (学生处、各学院) is
   * of offices.
   */
  private static boolean allSpots(String folded, int b, int e) {
    int s = b;
    for (int i = b; i <= e; i++) {
      if (i == e || folded.charAt(i) == '、') {
        if (i - s != 3 || "处所".indexOf(folded.charAt(i - 1)) < 0) {
          return false;
        }
        s = i + 1;
      }
    }
    return true;
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
   * names and a support word, nothing else. Asked where a unit-led line's clauses are made, when {@link #of} found no
   * partners of its own.
   */
  int[] closingSupport(String folded) {
    int from = textStart > nameEnd ? textStart : nameEnd;
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

  /**
   * Where a bracket closing {@code folded[b, e)} opens, when what it holds is a remark (no name, no role: see
   * {@link UnitHeading#isRemark}) and what comes before it is one
   * office's name ({@code 本府秘书处(会议管理系统)}); -1 otherwise (an alias, {@code 市委宣传部(市文明办)}, is the list's).
   */
  private static int remarkBefore(String folded, int b, int e) {
    if (e - b < 6 || folded.charAt(e - 1) != ')') {
      return -1;
    }
    int open = folded.lastIndexOf('(', e - 1);
    if (open <= b + 2 || folded.indexOf(')', open) != e - 1) {
      return -1;
    }
    String name = folded.substring(b, open);
    return name.indexOf('、') < 0 && (AgencyNames.isStrongName(name) || isOrgan(name))
        && UnitHeading.isRemark(folded, open, e) ? open : -1;
  }

  /** The most chars of the list after 会同. */
  private static final int MAX_TOGETHER = 60;

  /**
   * The units a subject works with, named after 会同 and before 负责 ({@code 会同发展改革、财政等部门负责…}), as
   * {@code {start, end}} of their list, or null: none named so, or only the relevant ones ({@code 会同有关部门}).
   */
  private static int[] togetherWith(String folded, int at) {
    if (!folded.startsWith("会同", at)) {
      return null;
    }
    int start = at + 2;
    int limit = Math.min(folded.length() - 2, start + MAX_TOGETHER);
    for (int k = start + 2; k <= limit; k++) {
      char c = folded.charAt(k);
      if (!isListChar(c)) {
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

  /**
   * Whether a clause of the sentence after {@code from} has a subject of its own ({@code 根据省政府安排,省发改委负责下达…,
   * 县发改局要及时分解…}): the frame's sentence is then a report of two bodies' parts, no one unit's task.
   */
  private static boolean otherSubject(String folded, int from) {
    int end = folded.indexOf('。', from);
    end = end < 0 ? folded.length() : end;
    for (int k = folded.indexOf(',', from); k >= 0 && k < end; k = folded.indexOf(',', k + 1)) {
      UnitLead other = of(folded.substring(0, end), k + 1);
      if (other != null && !other.label) {
        return true;
      }
    }
    return false;
  }

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
    return request > b ? addressee(folded, request, b) : null;
  }

  /** Whether the units were named as a request's addressees ({@code 请社会处检视…}): set by {@link #addressee}. */
  boolean requested;

  /** The most chars of the names a request addresses. */
  private static final int MAX_ADDRESSEES = 40;

  /**
   * The units a request addresses from {@code at}, right after its 请 ({@code 请交通处、公路局东工分局掌握…}), the task's
   * text from {@code sentence}; null if no list of names opens it there, or it names every unit (各单位) or a label.
   */
  private static UnitLead addressee(String folded, int at, int sentence) {
    if (startsWithVerb(folded, at) || LineShapes.startsWithAny(folded, at, OPENERS)
        || LineShapes.startsWithAny(folded, at, REQUEST_PREDICATES)) {
      return null;
    }
    int limit = Math.min(folded.length(), at + MAX_ADDRESSEES);
    for (int e = at + 2; e <= limit; e++) {
      char c = folded.charAt(e - 1);
      if (!isListChar(c)) {
        return null;
      }
      if (requestedUnitsEnd(folded, at, e)) {
        String names = folded.substring(at, e);
        if (SubjectBounds.isPlaceholder(names) || Labels.named(names) != null || isUnitsLabel(names)) {
          return null;
        }
        UnitLead unit = new UnitLead(at, e, sentence, false, folded.startsWith("牵头", e) || folded.startsWith("主办", e));
        unit.requested = true;
        return unit;
      }
    }
    return null;
  }

  /**
   * The units the line's later requests address, after these units ({@code …;并请警察局及新闻处加强宣导}, {@code 另请民政处
   * 督导…}): a request's partners, each as [start, end) of its names.
   */
  List<int[]> laterAddressees(String folded) {
    List<int[]> found = new java.util.ArrayList<>();
    int n = folded.length();
    for (int k = folded.indexOf('请', nameEnd); k > 0 && k + 2 < n; k = folded.indexOf('请', k + 1)) {
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
    if (e >= n || !Fold.isHan(folded.charAt(e)) || LIST_JOINS.indexOf(folded.charAt(e)) >= 0
        || !AgencyNames.mayEndName(folded.charAt(e - 1)) || !AgencyNames.isList(folded.substring(b, e))
        || !AgencyNames.isName(folded.substring(pieceStart(folded, b, e, LIST_JOINS), e))) {
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

  /**
   * Chars that join one name of a list to the next ({@code 农业处及海巡单位}): no list ends before them. Not 与, which
   * after a request names whom the addressee works with as often ({@code 请物业服务中心与体育学院联系}).
   */
  private static final String LIST_JOINS = "、和及";

  /** Words that join a sentence to the one before it and may stand before a unit's name. */
  private static final String CONNECTIVES = "即并另且";
  /** The levels a unit's name starts with. */
  static final String LEVELS = "省市县区镇乡";
  /** Role words that, with a comma after them, make the unit before them a clause of its own. */
  private static final String[] ROLE_WORDS = {"牵头负责", "具体负责", "牵头", "负责", "主办", "主抓"};

  /**
   * Where the task starts after a role clause that begins at {@code at}: a role word and a comma ({@code 牵头,}), or -1.
   * Public for the run-on reader, which cuts a paragraph where such a clause starts a sentence.
   */
  static int roleClauseEnd(String folded, int at) {
    for (String w : ROLE_WORDS) {
      int e = at + w.length();
      if (folded.startsWith(w, at) && e < folded.length() && (folded.charAt(e) == ',' || folded.charAt(e) == ';')) {
        return e + 1;
      }
    }
    return -1;
  }

  private static String lastPiece(String folded, int b, int e) {
    return folded.substring(pieceStart(folded, b, e, "、"), e);
  }

  /** Where the last piece of {@code folded[b, e)} starts: after the last of the chars {@code joins}, or {@code b}. */
  private static int pieceStart(String folded, int b, int e, String joins) {
    int s = e;
    while (s > b && joins.indexOf(folded.charAt(s - 1)) < 0) {
      s--;
    }
    return s;
  }

  /** Whether {@code c} may stand in a list of names as written: a Han char, the list's 、, a bracket. */
  private static boolean isListChar(char c) {
    return Fold.isHan(c) || c == '、' || c == '(' || c == ')';
  }

  /** Whether a bracket open before a role word closes within a word of it ({@code (牵头)}, {@code (牵头单位)}). */
  private static boolean closesSoon(String f, int at) {
    for (int k = at; k < f.length() && k <= at + 2; k++) {
      if (f.charAt(k) == ')') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code f[b, e)} is an opener of {@link #OPENERS_OF_NAMES} before a list of names that has its level. */
  private static boolean opensNames(String f, int b, int e) {
    for (String o : OPENERS_OF_NAMES) {
      int r = b + o.length();
      if (f.startsWith(o, b) && r < e && (LEVELS.indexOf(f.charAt(r)) >= 0 || f.charAt(r) == '各')
          && AgencyNames.isList(f.substring(r, e))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text at {@code at} opens with two verbs of two chars of {@link #VERBS} and a class of bodies after them
   * ({@code 组织协调新闻单位}, {@code 督促指导各成员单位}): a predicate and its object, whose subject stands above it. A
   * name may open with such verbs too ({@code 综合协调组}, {@code 统筹协调办公室}, {@code 组织协调组}): it names one
   * office, no class of bodies.
   */
  private static boolean opensWithTwoVerbs(String folded, int at) {
    // (asked of every line a unit may lead: the first char is looked up before any verb is matched)
    if (at >= folded.length() || VERB_FIRSTS.indexOf(folded.charAt(at)) < 0
        || !LineShapes.startsWithAny(folded, at, TWO_CHAR_VERBS)
        || !LineShapes.startsWithAny(folded, at + 2, TWO_CHAR_VERBS)) {
      return false;
    }
    int n = folded.length();
    int e = at + 4;
    while (e < n && e - at <= 16 && Fold.isHan(folded.charAt(e)) && !startsWithVerb(folded, e)) {
      // (统筹协调办公室负责协调各成员单位: the name ends at its verb, the class after it is the verb's object)
      if (folded.startsWith("单位", e) || folded.startsWith("部门", e)) {
        return e > at + 4; // 新闻单位, 各有关部门: a class named before its 单位 / 部门 (协调部门 alone is an office)
      }
      e++;
    }
    return false;
  }

  /** The verbs of {@link #VERBS} of two chars: a predicate opens with two of them, a name with one at most. */
  private static final String[] TWO_CHAR_VERBS = java.util.Arrays.stream(VERBS).filter(v -> v.length() == 2)
      .toArray(String[]::new);

  /** Verbs that found a body: a name after them is what the task sets up. */
  private static final String[] FOUNDING = {"设立", "成立", "建立", "组建", "设置", "筹建", "组织成立", "新建"};
  /**
   * Words that open a phrase, not a name: before a comma they say how or with whom a task is done ({@code 依托县融媒体中心,…},
   * {@code 联合县市场监管局,…}), whatever the name after them.
   */
  private static final String[] OPENERS = {"依托", "联合", "围绕", "对接", "会同", "结合", "通过", "针对", "依靠", "借助",
      "配合", "协助", "督促", "指导", "推动", "邀请", "会商", "协调", "争取", "积极", "主动"};
  /**
   * Openers that begin names too (组织部, 对台办, 以工代赈办): an opener only where a name with its level follows them
   * ({@code 组织县卫健局、县疾控中心,…}, {@code 对县直各单位,…}).
   */
  private static final String[] OPENERS_OF_NAMES = {"组织", "对", "由", "在", "向", "与", "同", "为", "以", "从"};
  static boolean startsWithVerb(String folded, int at) {
    if (at > 0 && at < folded.length() && folded.charAt(at) == '要' && WORDS_BEFORE_YAO.indexOf(folded.charAt(at - 1)) >= 0
        && !(folded.charAt(at - 1) == '主' && at > 1 && OWNERS.indexOf(folded.charAt(at - 2)) >= 0)) {
      // (各乡镇(街道)主要工作任务: 主要, 重要, 需要 are words, no modal after a subject; 业主要…, 车主要…: an owner, then
      // the modal)
      return false;
    }
    return LineShapes.startsWithAny(folded, at, VERBS);
  }

  /** Chars before 主 that make an owner of it (业主, 车主, 矿主, 货主, 房主, 雇主, 户主, 船主), a subject. */
  private static final String OWNERS = "业车矿货房雇户船";

  /** Chars that make a word of the 要 after them: 主要, 重要, 需要, 纲要, 必要, 只要, 首要, 概要. */
  private static final String WORDS_BEFORE_YAO = "主重需纲必只首概";
}
