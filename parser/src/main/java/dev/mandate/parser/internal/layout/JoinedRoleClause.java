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
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A role clause joined to a task's sentence by a comma, and ending it: {@code 关于…的问题,由国土资源部会同农业部等部门负责落实。},
 * {@code 完善粮食补贴政策,由财政部牵头,农业部配合。} — the form of a national or provincial notice that shares out the
 * policies of another document. The clause is part of the task's sentence, so the task's text keeps it (as it keeps a
 * unit named inside its sentence, {@code 由X负责的…项目}); its units are read from it. The frame says they are units —
 * {@code 由} before them, a role word or {@code 会同} after — so a name whose suffix is weak alone ({@code 财政部}: a
 * ministry carries no level prefix) is one here. A clause after its own full stop is {@link InlineClauses}'s.
 */
final class JoinedRoleClause {

  /** How far back from a line's end the comma before 由 is looked for: a clause of a few lists at most. */
  private static final int MAX_CLAUSE = 200;
  /** The most chars of what the units are to do after the last role word: 负责落实, 研究提出落实意见. */
  private static final int MAX_TAIL = 24;
  /** Words that end a list of units in the clause: a role, a partnership, what the units are to do. */
  private static final String[] MARKERS = {"牵头", "具体负责", "负责", "配合", "协办", "协助", "参与", "参加", "主办", "主责", "承办",
      "会同", "共同", "联合",
      "研究", "组织", "等"};
  /** Role words that say the units before them support, or lead: kept with the units for the responsibility stage. */
  private static final String[] ROLE_WORDS = {"牵头", "主办", "主责", "承办", "配合", "协办", "协助", "参与", "参加"};
  /**
   * What the responsible units do, ending a part before a partners' part: 由X负责,Y配合; 由X组织实施,Y配合; 由X和Y组织,
   * Z配合.
   */
  private static final String[] IN_CHARGE = {"具体负责", "负责实施", "组织实施", "负责", "组织"};

  /**
   * Words of charge that run together after a part's units before its partners' part ({@code 负责牵头组织实施},
   * {@code 共同组织}).
   */
  private static final String[] CHARGE_WORDS = {"牵头", "负责", "具体", "共同", "组织", "实施", "落实", "推进"};

  /** Whether {@code f[b, e)} is a run of {@link #CHARGE_WORDS} and nothing else ({@code 负责推进}, {@code 组织实施}). */
  static boolean onlyChargeWords(String f, int b, int e) {
    return e > b && chargeRunEnd(f, b, e) == e;
  }

  /** Where the run of {@link #CHARGE_WORDS} from {@code b} ends, reading no word that starts at {@code e} or after. */
  private static int chargeRunEnd(String f, int b, int e) {
    int k = b;
    for (String w = wordAt(f, k); w != null && k < e; w = wordAt(f, k)) {
      k += w.length();
    }
    return k;
  }

  /** The word of {@link #CHARGE_WORDS} at {@code k}. */
  private static String wordAt(String f, int k) {
    for (String w : CHARGE_WORDS) {
      if (f.startsWith(w, k)) {
        return w;
      }
    }
    return null;
  }

  /** Markers that begin names too (组织部, 政策研究室, 工商联合会, 共同体) where one of {@link #NAME_GOES_ON} follows. */
  private static final java.util.Set<String> PART_OF_NAMES = java.util.Set.of("组织", "研究", "联合", "共同");
  /** Chars after such a marker that make it part of a name. */
  private static final String NAME_GOES_ON = "部室院所中会社体";

  private JoinedRoleClause() {}

  /**
   * The clauses of a role clause joined by a comma to the end of {@code folded} (from {@code from}, past the item's
   * numbering), or null if the line ends otherwise.
   */
  static List<Clause> of(String text, String folded, int from, int line) {
    // (…等,由市财政局负责,6月15日提出。: a time after the clause, the task's deadline, in its text)
    List<Clause> atEnd = of(text, folded, from,
        RoleSentenceParts.closingWords(folded, from, InlineClauses.sentenceEnd(folded, from))[0], line);
    if (atEnd != null) {
      return atEnd;
    }
    // 道路交通安全专项整治,由公安部门负责,有关部门配合。要继续加大…: the clause ends the item's first sentence, a
    // topic's, and the body that follows says what is to be done
    int stop = folded.indexOf('。', from);
    List<Clause> topic = stop < 0 || Fold.trimStart(folded, stop + 1, folded.length()) == folded.length() ? null
        : of(text, folded, from, stop, line);
    return topic != null ? topic : beforeWhatIsDone(text, folded, from, stop < 0 ? folded.length() : stop, line);
  }

  /**
   * {@code 防汛工作由县水利局牵头,县应急局配合,汛前完成隐患排查。}: the clause inside the first sentence, its partners' part
   * the last before what is to be done; null if no comma after a partners' role word ends such a clause. (A lead's
   * alone, 防汛工作由X负责,…, is left: names that hold a role's word, 市社会组织管理局, would be cut at it.)
   */
  private static List<Clause> beforeWhatIsDone(String text, String folded, int from, int stop, int line) {
    int end = Fold.trimEnd(folded, from, stop);
    if (end > from && folded.charAt(end - 1) == ':') {
      return null; // (…由X牵头,Y配合,重点抓好以下工作: a heading over the items its clause is handed down to)
    }
    for (int c = folded.lastIndexOf(',', stop - 1); c > from; c = folded.lastIndexOf(',', c - 1)) {
      for (String w : RoleWords.SUPPORT) {
        if (c - w.length() > from && folded.startsWith(w, c - w.length())) {
          return of(text, folded, from, c, line);
        }
      }
    }
    return null;
  }

  private static List<Clause> of(String text, String folded, int from, int e, int line) {
    if (e - from < 6) {
      return null;
    }
    int by = -1;
    for (int i = e - 1; i > from && i >= e - MAX_CLAUSE; i--) {
      char c = folded.charAt(i);
      if (c == '。' || c == ';' || c == '；') {
        return null; // the clause ends the task's sentence, in it
      }
      if (c == ',' || c == '，') {
        int s = Fold.trimStart(folded, i + 1, e);
        if (s + 3 < e && folded.charAt(s) == '由' && "于此".indexOf(folded.charAt(s + 1)) < 0) {
          by = s;
          break;
        }
      }
    }
    boolean strict = false;
    if (by < 0) {
      // 防汛工作由县水利局负责, 党委常委会、校长办公会由政务科负责: the task's topic, then its units after 由 with no comma
      // between (not a leader, 由分管副县长负责)
      by = byInSentence(folded, from, e);
      strict = true;
    }
    if (by < 0) {
      return null;
    }
    List<Clause> out = new ArrayList<>();
    int b = by + 1;
    while (b < e) {
      int comma = b;
      // (由市住建局牵头、市消防救援支队配合: the mark after the lead's role word parts the clauses as a comma would)
      while (comma < e && folded.charAt(comma) != ',' && folded.charAt(comma) != '，'
          && !UnitPartners.partnersAfterMark(folded, comma)) {
        comma++;
      }
      if (b > by + 1) {
        // 施工工地由县住建局负责,待建地块由县自然资源局负责: a second topic and its units after its own 由
        int second = byInSentence(folded, b, comma);
        b = second > 0 ? second + 1 : b;
      }
      if (comma < e && RoleSentenceParts.isBareLeadersPart(Fold.trim(folded.substring(b, comma)))) {
        b = Fold.trimStart(folded, comma + 1, e); // 由分管副市长负责,: the leader in charge, a person, no unit's part
        continue;
      }
      int[] part = part(folded, b, comma, comma == e, strict && b == by + 1);
      if (part == null) {
        return null;
      }
      out.add(new Clause(Clause.Kind.GENERIC, text.substring(b, part[0]), line, b + 1));
      b = Fold.trimStart(folded, comma + 1, e);
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * Whether {@code f[b, j)} names the parties 由 and 负责 frame at the clause's end {@code e} though no unit's suffix
   * does ({@code 由经营者负责}, {@code 由所有权人、使用者或者管理者负责}, {@code 由施工企业负责}): a list of short nouns of
   * a person or a firm — who holds, runs or uses a place — that the frame says carry the task.
   */
  private static boolean partiesInFrame(String f, int b, int j, int e) {
    int end = Fold.trimStart(f, j + 2, e);
    if (!f.startsWith("负责", j) || end < e && (end + 1 < e || "。;".indexOf(f.charAt(end)) < 0)) {
      return false;
    }
    int start = b;
    int i = b;
    while (i < j) {
      // a list's separators: 、 and the words 或者, 或, 和 (所有权人、使用者或者管理者)
      int sep = f.startsWith("或者", i) ? 2 : "、或和".indexOf(f.charAt(i)) >= 0 ? 1 : 0;
      if (sep == 0) {
        if (!Fold.isHan(f.charAt(i))) {
          return false;
        }
        i++;
      } else if (!isParty(f, start, i)) {
        return false;
      } else {
        i += sep;
        start = i;
      }
    }
    return isParty(f, start, j);
  }

  /** Whether {@code f[b, e)} is a party's noun: two to eight Han chars ending 者, 人, 户, 企业 or 业主. */
  private static boolean isParty(String f, int b, int e) {
    if (e - b < 2 || e - b > 8) {
      return false;
    }
    char last = f.charAt(e - 1);
    return last == '者' || last == '人' && f.charAt(e - 2) != '责' || last == '户'
        || f.startsWith("企业", e - 2) || f.startsWith("业主", e - 2);
  }

  /**
   * A part {@code [b, e)} of the clause: its units, a 会同 and partners, then a role word (a part before the last) or
   * a short account of what they are to do (the last). {@code {end of the units and their role word}}, or null.
   */
  private static int[] part(String f, int b, int e, boolean last, boolean strict) {
    int j = marker(f, b + 2, e);
    if (j < 0 || !AgencyNames.isList(f.substring(b, j)) && !partiesInFrame(f, b, j, e)
        || strict && AgencyNames.isLeaderTitle(f.substring(b, j))) {
      return null;
    }
    int unitsEnd = j;
    if (f.startsWith("会同", j)) {
      int k = marker(f, j + 4, e);
      if (k < 0 || f.startsWith("会同", k) || !AgencyNames.isList(f.substring(j + 2, k))) {
        return null;
      }
      unitsEnd = k;
      j = k;
    }
    if (f.startsWith("等", j)) {
      // 农业部等部门, 等有关单位: the list's other members, unnamed
      j++;
      for (String w : new String[] {"有关部门", "相关部门", "有关单位", "相关单位", "部门", "单位"}) {
        if (f.startsWith(w, j)) {
          j += w.length();
          break;
        }
      }
    }
    for (String w : ROLE_WORDS) {
      if (f.startsWith(w, j)) {
        int end = j == unitsEnd ? j + w.length() : unitsEnd;
        // a part before the last is a list and its role word alone: 由财政部牵头,农业部配合
        if (last || j + w.length() == e) {
          return new int[] {end};
        }
        break;
      }
    }
    for (String w : IN_CHARGE) {
      if (!last && f.startsWith(w, j) && j + w.length() == e) {
        return new int[] {unitsEnd}; // 由公安部门负责,有关部门配合: the units responsible, then their partners
      }
    }
    if (!last) {
      // 由区建设局负责牵头组织实施,各相关街道配合: the words of charge run together, a lead's 牵头 among them kept with
      // the units for the responsibility stage
      int k = chargeRunEnd(f, j, e);
      if (k == e && k - j > 2 && j == unitsEnd) {
        int lead = f.startsWith("牵头", j) ? j + 2 : f.startsWith("负责牵头", j) ? j + 4 : unitsEnd;
        return new int[] {lead};
      }
      return null;
    }
    if (e - j > MAX_TAIL || j == e) {
      return null;
    }
    return new int[] {unitsEnd};
  }

  /**
   * Where 由 stands inside the last sentence of {@code f[from, e)} after its topic of two chars at least (no comma
   * before it: a role clause of its own is {@link #of}'s), or -1; not 由于, 由此.
   */
  private static int byInSentence(String f, int from, int e) {
    int s = from;
    for (int i = e - 1; i > from && i >= e - MAX_CLAUSE; i--) {
      if ("。;；".indexOf(f.charAt(i)) >= 0) {
        s = i + 1;
        break;
      }
    }
    s = Fold.trimStart(f, s, e);
    for (int i = s + 2; i + 3 < e && i < s + MAX_CLAUSE; i++) {
      char c = f.charAt(i);
      if (c == ',' || c == '，') {
        return -1;
      }
      if (SubjectBounds.isBy(f, i) && "于此".indexOf(f.charAt(i + 1)) < 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first of {@link #MARKERS} in {@code f[from, e)}, or -1. */
  private static int marker(String f, int from, int e) {
    for (int i = from; i < e; i++) {
      for (String m : MARKERS) {
        if (f.startsWith(m, i)
            && !(PART_OF_NAMES.contains(m) && i + 2 < e && NAME_GOES_ON.indexOf(f.charAt(i + 2)) >= 0)) {
          return i;
        }
      }
    }
    return -1;
  }
}
