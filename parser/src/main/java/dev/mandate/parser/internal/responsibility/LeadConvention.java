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
  static final String SIGNS = "*★☆※✱✲✳＊";

  /** The convention a note states, or null if it states none. */
  public static LeadConvention of(String foldedNote) {
    if (foldedNote.contains("加粗") || foldedNote.contains("黑体")) {
      return BOLD;
    }
    if (foldedNote.contains("牵头") || foldedNote.contains("主办")) {
      for (int i = 0; i < foldedNote.length(); i++) {
        if (SIGNS.indexOf(foldedNote.charAt(i)) >= 0) {
          return SIGN;
        }
      }
    }
    if (foldedNote.contains("无牵头") && foldedNote.contains("即为牵头")) {
      return ALL_RESPONSIBLE_LEAD;
    }
    if (foldedNote.contains("第一") && foldedNote.contains("牵头")) {
      return FIRST_LISTED;
    }
    return null;
  }
}
