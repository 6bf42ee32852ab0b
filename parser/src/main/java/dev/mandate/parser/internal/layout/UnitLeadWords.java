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
import dev.mandate.parser.internal.text.Fold;

/**
 * The words around a unit that leads its sentence, for {@link UnitLead} and the readers that ask it: the verbs after
 * a unit's name, the words that open a phrase rather than a name, the role words of a clause, the offices' suffixes
 * and labels that are no unit, and the chars that make or join a list of names.
 */
final class UnitLeadWords {

  private UnitLeadWords() {}

  /** Verbs that follow a unit leading its sentence. */
  private static final String[] VERBS = {"负责", "牵头", "要", "会同", "应", "须", "必须", "配合", "督促", "组织", "指导",
      "做好", "抓好", "加强", "落实", "承担", "协调", "主抓", "具体负责", "按照", "依照", "依据", "结合", "联合", "作为", "根据", "责令", "协助", "分别", "履行以下", "履行下列", "统筹", "综合"};

  /** The first chars of the verbs. */
  static final String VERB_FIRSTS = verbFirsts();

  private static String verbFirsts() {
    StringBuilder b = new StringBuilder();
    for (String v : VERBS) {
      if (b.indexOf(v.substring(0, 1)) < 0) {
        b.append(v.charAt(0));
      }
    }
    return b.toString();
  }

  /**
   * Where the duties start after a list of names {@code folded[b, space)} and the one space after it ({@code 秘书处
   * 负责…}, {@code 综合一处 负责办理…}), or -1: a duty's verb follows the space at once, and the last name is an organ's
   * (weak suffix) or strong.
   */
  static int dutiesAfterSpace(String folded, int b, int space) {
    int d = space + 1;
    if (space - b < 2 || d >= folded.length()
        || !(startsWithCharge(folded, d) || folded.startsWith("承担", d))) {
      return -1;
    }
    String last = lastPiece(folded, b, space);
    return AgencyNames.isList(folded.substring(b, space)) && (isOrgan(last) || AgencyNames.isStrongName(last)) ? d : -1;
  }

  /** Whether 负责 starts at {@code at} as a duty's verb, not as 负责人 (a person). */
  static boolean startsWithCharge(String folded, int at) {
    return folded.startsWith("负责", at) && !folded.startsWith("负责人", at);
  }

  /**
   * Whether a name of three chars at least ends as an office does, with a weak suffix too ({@code 财政所},
   * {@code 行政执法队}): not a place's ({@code 信义花园:}, {@code 住宿区:} head a place's problems).
   */
  static boolean isOrgan(String piece) {
    return piece.length() >= 3 && AgencyNames.isName(piece) && "所队站室科组处股司".indexOf(piece.charAt(piece.length() - 1)) >= 0;
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
   * Chars that join one name of a list to the next ({@code 农业处及海巡单位}): no list ends before them. Not 与, which
   * after a request names whom the addressee works with as often ({@code 请物业服务中心与体育学院联系}).
   */
  static final String LIST_JOINS = "、和及";

  /** Words that join a sentence to the one before it and may stand before a unit's name. */
  static final String CONNECTIVES = "即并另且";

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
      if (folded.startsWith(w, at) && e < folded.length() && (folded.charAt(e) == ',' || folded.charAt(e) == ';'
          || folded.charAt(e) == '、' && w.length() == 2 && !w.equals("负责")
              && UnitPartners.supportClause(folded, e + 1, true) != null)) {
        // (市住建局牵头、市消防救援支队配合,…: a lead's clause ends at 、 where its partners' clause follows it)
        return e + 1;
      }
    }
    return -1;
  }

  static String lastPiece(String folded, int b, int e) {
    return folded.substring(pieceStart(folded, b, e, "、"), e);
  }

  /** Where the last piece of {@code folded[b, e)} starts: after the last of the chars {@code joins}, or {@code b}. */
  static int pieceStart(String folded, int b, int e, String joins) {
    int s = e;
    while (s > b && joins.indexOf(folded.charAt(s - 1)) < 0) {
      s--;
    }
    return s;
  }

  /** Whether {@code c} may stand in a list of names as written: a Han char, the list's 、, a bracket. */
  static boolean isListChar(char c) {
    return Fold.isHan(c) || c == '、' || c == '(' || c == ')';
  }

  /** Whether a bracket open before a role word closes within a word of it ({@code (牵头)}, {@code (牵头单位)}). */
  static boolean closesSoon(String f, int at) {
    for (int k = at; k < f.length() && k <= at + 2; k++) {
      if (f.charAt(k) == ')') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code f[b, e)} is an opener of {@link #OPENERS_OF_NAMES} before a list of names that has its level. */
  static boolean opensNames(String f, int b, int e) {
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
  static boolean opensWithTwoVerbs(String folded, int at) {
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
  static final String[] FOUNDING = {"设立", "成立", "建立", "组建", "设置", "筹建", "组织成立", "新建"};

  /**
   * Words that open a phrase, not a name: before a comma they say how or with whom a task is done ({@code 依托县融媒体中心,…},
   * {@code 联合县市场监管局,…}), whatever the name after them.
   */
  static final String[] OPENERS = {"依托", "联合", "围绕", "对接", "会同", "结合", "通过", "针对", "依靠", "借助",
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
  static final String WORDS_BEFORE_YAO = "主重需纲必只首概";
}
