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

/**
 * Items led by an institution's offices rather than by named agencies, for {@link UnitLines}: a numbered item's first
 * sentence a unit's name alone ({@code 1、区住建局。排查…}, {@code 人事股。拟订…}) and an item whose subject is a list of
 * offices ({@code 4.保卫处、后勤处加强门禁管理…}). Such shapes open prose as often as tasks, so the callers ask a sibling
 * item to have them too.
 */
final class OfficeSubjects {

  private OfficeSubjects() {}

  /**
   * {@code 1、区住建局。排查生活污水直排污染源…}: a numbered item's first sentence a unit's name alone, its duty after it
   * ({@code folded} from {@code from}, after the numbering), or null. The duty need start with no verb of the verbs {@link UnitLead} reads after a name;
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
    if (n - text < 8 || !(AgencyNames.isStrictList(name) || organ && UnitLeadWords.isOrgan(bareName(name))
            && LineShapes.startsWithAny(folded, text, OFFICE_DUTIES))
        || SubjectBounds.isPlaceholder(name) || Labels.named(name) != null || UnitLeadWords.isUnitsLabel(name)) {
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
      if (e - pieceStart >= 2 && (UnitLeadWords.startsWithVerb(folded, e) || pieceStart > b && Fold.isHan(folded.charAt(e))
          && !isOffice(folded.substring(pieceStart, e + 1))) && isOffice(folded.substring(pieceStart, e))) {
        if (SubjectBounds.isBy(folded, e) || RELATIONS.indexOf(folded.charAt(e)) >= 0) {
          return null; // 仪仗队、花束队由团市委负责组建: the offices are the object, the unit after 由 the subject
        }
        if (SubjectBounds.startsWithModal(folded, e) && UnitLead.allSpots(folded, b, e)) {
          return null; // 转弯处、坡道处要设置…: spots where a thing must be, no offices given a duty (后勤处做好…)
        }
        String list = folded.substring(b, e);
        return SubjectBounds.isPlaceholder(list) || Labels.named(list) != null || UnitLeadWords.isUnitsLabel(list)
            || UnitLeadWords.opensWithTwoVerbs(folded, b) ? null : new UnitLead(b, e, b, false, false);
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
        && (UnitLeadWords.isOrgan(piece) || piece.endsWith("部") || piece.length() >= 4 && (piece.endsWith("中心") || piece.endsWith("学院")));
  }

  /** A name without the bracket after it ({@code 体制改革股(加挂…股牌子)}: the name before the bracket). */
  private static String bareName(String name) {
    int open = name.indexOf('(');
    return open > 0 && name.endsWith(")") ? name.substring(0, open) : name;
  }
}
