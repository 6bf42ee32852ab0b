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
package dev.mandate.parser.internal.responsibility;

/** What a document says about which of a list's units leads, stated once in its notes. */
public enum LeadConvention {
  /** Nothing stated, or 列第一位的为牵头单位: the first listed unit leads. */
  FIRST_LISTED,
  /** 无牵头单位的,责任单位即为牵头单位: where no lead is named, every responsible unit leads. */
  ALL_RESPONSIBLE_LEAD,
  /** 字体加粗者为牵头部门: bold marks the lead (plain text has no bold, so the first listed unit is taken). */
  BOLD,
  /** 标*的为牵头单位, 带★的为牵头单位: a sign beside a unit marks the lead. */
  SIGN;

  /** The signs a document may mark its leads with. */
  static final String SIGNS = "*★☆※✱✲✳＊▲△";

  /**
   * Whether the signs at {@code b} of a folded piece stand for a place's name a copy masked ({@code **镇各社区},
   * {@code ***县人民政府}): two or more {@code *} and the place's level right after them. A lead's sign is one.
   */
  static boolean masksPlace(String folded, int b, int e) {
    int k = b;
    while (k < e && folded.charAt(k) == '*') {
      k++;
    }
    // **市住建局**: Markdown's bold closes after the name; a mask does not (****体育局: three stars or more hide more
    // than a level's char, no sign marks a lead so)
    return k < e && (k - b >= 2 && "省市县区镇乡村州盟旗".indexOf(folded.charAt(k)) >= 0 || k - b >= 3)
        && folded.indexOf("**", k) < 0;
  }

  /**
   * Whether the note says a list's first place leads: 第一, then 为 or 是 before 牵头 (列第一位的为牵头单位, 第一部门为牵头
   * 部门, 排名第一位为牵头单位); 第一分队由…牵头 names a team, no place in a list.
   */
  private static boolean namesFirstPlace(String f) {
    for (int i = f.indexOf("第一"); i >= 0; i = f.indexOf("第一", i + 1)) {
      int lead = f.indexOf("牵头", i + 2);
      if (lead < 0) {
        return false;
      }
      for (int k = i + 2; k < lead; k++) {
        if (f.charAt(k) == '为' || f.charAt(k) == '是') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the words after a sign say what it means ({@code 标*的为}, {@code 加*号为}, {@code ★者为}, {@code ★表示}): a
   * sign in a units list ({@code 由民政局牵头,**镇各社区配合}) says nothing of itself.
   */
  private static boolean saysWhatTheSignMeans(String f, int after) {
    int k = after;
    while (k < f.length() && (SIGNS.indexOf(f.charAt(k)) >= 0 || f.charAt(k) == '"' || f.charAt(k) == '”'
        || f.charAt(k) == '’' || f.charAt(k) == ' ')) {
      k++;
    }
    return k < f.length() && ("的者为号是:".indexOf(f.charAt(k)) >= 0 || f.startsWith("表示", k) || f.startsWith("标注", k)
        || f.startsWith("标记", k));
  }

  /** The convention a note states, or null if it states none. */
  public static LeadConvention of(String foldedNote) {
    if (foldedNote.contains("加粗") || foldedNote.contains("黑体")) {
      return BOLD;
    }
    if (foldedNote.contains("牵头") || foldedNote.contains("主办")) {
      for (int i = 0; i < foldedNote.length(); i++) {
        if (SIGNS.indexOf(foldedNote.charAt(i)) >= 0 && saysWhatTheSignMeans(foldedNote, i + 1)) {
          return SIGN;
        }
      }
    }
    if (foldedNote.contains("无牵头") && foldedNote.contains("即为牵头")) {
      return ALL_RESPONSIBLE_LEAD;
    }
    if (foldedNote.contains("牵头") && namesFirstPlace(foldedNote)) {
      return FIRST_LISTED;
    }
    return null;
  }
}
