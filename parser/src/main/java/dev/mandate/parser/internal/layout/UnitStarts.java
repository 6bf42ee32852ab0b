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
 * Whether a unit leads a paragraph at a point of a run-on line ({@code 。县环保局。负责…}, {@code 。区委宣传部:制订…},
 * {@code ,由县发展和改革局牵头,县X局配合,…}), for {@link RunOnLines}, which cuts the line there, and for
 * {@link TopicSubject} and {@link SubjectStarts}. Asked after every sentence's end: a cheap look for a colon or full
 * stop near enough comes before any list is read.
 */
final class UnitStarts {

  private UnitStarts() {}

  /**
   * The unit whose paragraph starts at {@code b} ({@code 县环保局。负责…}, {@code 区委宣传部:制订…}, {@code 县水务局牵头,组织…};
   * see {@link UnitLead}), or null.
   */
  static UnitLead unitStart(String f, int b) {
    if (!labelEndsNear(f, b)) {
      return null; // asked after every full stop: most sentences start with no name and its colon or full stop
    }
    UnitLead lead = UnitLead.of(f, b);
    return lead != null && lead.label ? lead : null;
  }

  /**
   * Whether a colon or full stop comes within a unit list's reach of {@code b}, after name chars only and right after a
   * char a name may end with: what a unit standing as a label needs, found without reading any list.
   */
  private static boolean labelEndsNear(String f, int b) {
    int limit = Math.min(f.length(), b + 41);
    int pieceStart = b;
    boolean bracket = false;
    for (int e = b; e < limit; e++) {
      char c = f.charAt(e);
      if (c == ':' || c == '。' || SubjectBounds.dutyAfterComma(f, e)) {
        // (市城建执法监察支队职责:…: the name, then the word that its duties follow)
        int name = c == ':' ? UnitHeading.dutiesStart(f, pieceStart, e) : e;
        return e - b >= 2 && (bracket || AgencyNames.mayEndList(f, pieceStart, name));
      }
      if ((c == ',' || c == ';') && e - b >= 4) {
        // 县水务局牵头,: a role clause, a role word of two or four chars before the comma
        int w = f.charAt(e - 2) == '负' || f.charAt(e - 2) == '牵' || f.charAt(e - 2) == '主' ? e - 2 : e - 4;
        return w > b && UnitLeadWords.roleClauseEnd(f, w) == e + 1 && (bracket || AgencyNames.mayEndList(f, pieceStart, w));
      }
      if (c == '、' && e - b >= 4 && (f.startsWith("牵头", e - 2) || f.startsWith("主办", e - 2))) {
        // 市住建局牵头、市消防救援支队配合,: the lead's role clause ends at 、 where its partners' follows (UnitLead reads
        // whether they do)
        return bracket || AgencyNames.mayEndList(f, pieceStart, e - 2);
      }
      pieceStart = c == '、' ? e + 1 : pieceStart;
      bracket |= c == '(';
      if (!(Fold.isHan(c) || c == '、' || c == '(' || c == ')' || Fold.isSpace(c))
          && !(e == b && AgencyNames.isLeadSign(c))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a leading unit's role clause with a supporting one starts at {@code b}: {@code 县X局牵头,县Y局配合,…}. */
  static boolean byRoleClause(String f, int b) {
    if (!labelEndsNear(f, b)) {
      return false;
    }
    UnitLead lead = UnitLead.of(f, b);
    return lead != null && lead.leads && lead.supportStart >= 0;
  }

  /** Whether a unit's name and a comma before its duty's verb start {@code f} at {@code b} (交通部门,负责…). */
  static boolean startsWithDutyAfterComma(String f, int b) {
    UnitLead unit = unitStart(f, b);
    return unit != null && SubjectBounds.dutyAfterComma(f, unit.nameEnd);
  }
}
