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

import static dev.mandate.parser.internal.layout.UnitLeadWords.CONNECTIVES;
import static dev.mandate.parser.internal.layout.UnitLeadWords.FOUNDING;
import static dev.mandate.parser.internal.layout.UnitLeadWords.LEVELS;
import static dev.mandate.parser.internal.layout.UnitLeadWords.OPENERS;
import static dev.mandate.parser.internal.layout.UnitLeadWords.VERB_FIRSTS;
import static dev.mandate.parser.internal.layout.UnitLeadWords.closesSoon;
import static dev.mandate.parser.internal.layout.UnitLeadWords.dutiesAfterSpace;
import static dev.mandate.parser.internal.layout.UnitLeadWords.isListChar;
import static dev.mandate.parser.internal.layout.UnitLeadWords.isOrgan;
import static dev.mandate.parser.internal.layout.UnitLeadWords.isUnitsLabel;
import static dev.mandate.parser.internal.layout.UnitLeadWords.lastPiece;
import static dev.mandate.parser.internal.layout.UnitLeadWords.opensNames;
import static dev.mandate.parser.internal.layout.UnitLeadWords.opensWithTwoVerbs;
import static dev.mandate.parser.internal.layout.UnitLeadWords.pieceStart;
import static dev.mandate.parser.internal.layout.UnitLeadWords.roleClauseEnd;
import static dev.mandate.parser.internal.layout.UnitLeadWords.startsWithCharge;
import static dev.mandate.parser.internal.layout.UnitLeadWords.startsWithVerb;

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;

/**
 * A line that starts with the unit it assigns: {@code 区委宣传部:制订宣传工作方案…} or {@code 县环保局。负责…} (the unit
 * as a label or a sentence of its own),
 * {@code 区住建局负责全区村庄环境整治…} (the unit as the sentence's subject), {@code 一、县示范区管委会牵头工作(8项)} (a
 * heading over the unit's items). Documents organised by unit are written so.
 */
final class UnitLead {

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

  /** Where the task's text ends before a request that closes it ({@code …无健康证. 请市文明办协调解决}), or -1: the line's end. */
  int textEnd = -1;

  /** Where the supporting units of a second role clause ({@code 由X牵头,Y配合,…}) are, or -1: set by {@link #of}. */
  int supportStart = -1;
  int supportEnd = -1;

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
      UnitLead addressed = UnitRequests.addressee(folded, request, sentence);
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
          || AgencyNames.isStrongName(lastPiece(folded, b, e))
          // 铁岭县剧团:负责舞台…, 县文化馆:负责…: a weak name before a colon and its charge, a duty's unit
          || folded.charAt(e) == ':' && startsWithCharge(folded, Fold.trimStart(folded, e + 1, n)))
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
        || isUnitsLabel(folded.substring(b, best))
        || folded.charAt(best) == ':' && InlineLabels.knownLabelAtEnd(folded, b, best) > 0) {
      return null; // 各部门: every unit, no unit; 责任单位, 成员单位: a label (推进垃圾分类责任单位: a task, then one)
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
      int[] support = (leads || folded.startsWith("负责", best)) && text < n ? UnitPartners.supportClause(folded, text, leads) : null;
      if (support != null && support[1] < n) {
        UnitLead lead = new UnitLead(b, best, support[1], true, true);
        lead.supportStart = text;
        lead.supportEnd = support[0];
        return lead;
      }
      return text < n ? new UnitLead(b, best, text, true, leads) : null;
    }
    UnitLead subject = new UnitLead(b, best, sentence, false, leads);
    int[] together = UnitPartners.togetherWith(folded, best);
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
  static boolean allSpots(String folded, int b, int e) {
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

  /** Whether the units were named as a request's addressees ({@code 请社会处检视…}): set by {@link UnitRequests#addressee}. */
  boolean requested;

}
