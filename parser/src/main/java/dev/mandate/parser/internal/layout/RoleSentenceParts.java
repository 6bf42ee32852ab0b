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
 * The parts of a role sentence ({@link InlineClauses}) that name no role word of their own: the time and the leaders in
 * charge that may close it ({@code …,分管副市长负责,6月25日完成}), units that work together ({@code A、B分别与C共同编制}), and
 * two lists joined by 与 before a role word ({@code 市城规局与11个县区政府牵头}).
 */
final class RoleSentenceParts {

  private RoleSentenceParts() {}

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
  private static final String TIME_CHARS = "0123456789号季度 " + Cells.DATE_CHARS;
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
  static boolean isLeadersPart(String part) {
    String w = InlineClauses.roleWordAtEnd(part);
    return w != null && AgencyNames.isLeaderTitle(part.substring(0, part.length() - w.length()));
  }

  /**
   * Whether a part is a leader in charge who heads no unit it names ({@code 分管副市长负责}), no one to give the task to;
   * a leader named with the unit he heads ({@code 区农林水利局张崇芳局长负责}, {@code 县卫健局局长负责}) is no such part.
   */
  static boolean isBareLeadersPart(String part) {
    if (!isLeadersPart(part)) {
      return false;
    }
    String name = part.substring(0, part.length() - InlineClauses.roleWordAtEnd(part).length());
    for (int k = 3; k < name.length(); k++) {
      if (AgencyNames.isStrongName(name.substring(0, k))) {
        return false; // (县卫健局局长负责: the head of a unit it names, read as before)
      }
    }
    return true;
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

  /** Whether the role sentence {@code [from, e)} ends with a part of units working together ({@link #jointWork}). */
  static boolean endsWithJointWork(String folded, int from, int e) {
    int b = e - 1;
    while (b > from && ",;。".indexOf(folded.charAt(b - 1)) < 0) {
      b--;
    }
    String part = Fold.trim(folded.substring(b, e));
    return part.startsWith("由") ? jointWork(part.substring(1)) != null : jointWork(part) != null;
  }

  /** Whether two lists of names are joined by the 与 at {@code j} of {@code list} ({@code 市城规局与11个县区政府}). */
  static boolean isListPair(String list, int j) {
    return j >= 2 && j + 2 < list.length() && AgencyNames.isList(list.substring(0, j))
        && AgencyNames.isList(list.substring(j + 1));
  }
}
