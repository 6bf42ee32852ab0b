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
 * The agent of a sentence that says who acts: {@code 由县住建局督促商户更换}, {@code 按照…要求,由包片单位县职教中心、
 * 县消防大队负责…}. The units are the list right after 由, up to the verb; a descriptor before a name
 * ({@code 包片单位县文广局}) is left out.
 */
final class Agents {

  private Agents() {}

  /**
   * The list's {@code [start, end)} in {@code folded}, after the first 由 (or 责令, the unit ordered to act) that starts
   * a clause; null if none.
   */
  static int[] after(String folded) {
    int n = folded.length();
    for (int i = 0; i < n && i < 200; i++) {
      // (责令X…: the unit ordered to act, as after 由)
      int word = folded.charAt(i) == '由' ? 1 : folded.startsWith("责令", i) ? 2 : 0;
      if (word == 0 || i > 0 && ",;:。".indexOf(folded.charAt(i - 1)) < 0
          && !Fold.isSpace(folded.charAt(i - 1))) {
        continue;
      }
      int b = i + word;
      int best = -1;
      int pieceStart = b < n && folded.charAt(b) == '、' ? b + 1 : b;
      boolean bracket = b < n && folded.charAt(b) == '(';
      if (b < n && !Fold.isHan(folded.charAt(b)) && !AgencyNames.isLeadSign(folded.charAt(b))) {
        continue; // a name starts with a Han char or a lead's sign
      }
      for (int e = b + 2; e <= Math.min(n, b + 80); e++) {
        char c = folded.charAt(e - 1);
        if (!(Fold.isHan(c) || c == '、' || c == '(' || c == ')')) {
          break;
        }
        pieceStart = c == '、' ? e : pieceStart;
        bracket |= c == '(';
        if (!bracket && !AgencyNames.mayEndList(folded, pieceStart, e)) {
          continue; // the last piece cannot be a name
        }
        String list = folded.substring(b, e);
        // a strong name, or any name before the verb that says it acts (由城关镇负责)
        if (AgencyNames.isList(list)
            && (AgencyNames.isStrongName(lastPiece(list)) || UnitLeadWords.startsWithVerb(folded, e))) {
          best = e;
        }
      }
      if (best > 0) {
        return new int[] {descriptorEnd(folded, b, best), best};
      }
    }
    return null;
  }

  /** Where the names start after a descriptor ending in 单位 ({@code 陈家坝沿线包片单位县职教中心}), or {@code b}. */
  private static int descriptorEnd(String folded, int b, int e) {
    int at = folded.indexOf("单位", b);
    return at >= 0 && at + 2 + 3 <= e && folded.indexOf('、', b) < 0 | folded.indexOf('、', b) > at ? at + 2 : b;
  }

  private static String lastPiece(String list) {
    int s = list.lastIndexOf('、');
    return s < 0 ? list : list.substring(s + 1);
  }
}
