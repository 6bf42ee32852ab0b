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
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.text.Fold;

/**
 * Where a unit that leads its sentence starts and ends (see {@link UnitLead}): after the sentence's time
 * ({@code 今年11月底前,}), at its modal ({@code 应}, {@code 要}), after {@code 由} and a task's topic, before a dash and
 * its duty; and the verbs of helping another body a subject never opens with.
 */
final class SubjectBounds {

  private SubjectBounds() {}

  /** Whether {@code f} has a 由 at {@code i} that frames units, not the 由 of 自由 (自由贸易试验区 is a name's). */
  static boolean isBy(String f, int i) {
    return f.charAt(i) == '由' && (i == 0 || f.charAt(i - 1) != '自');
  }

  /** Role words that end the units after 由 in a task's sentence. */
  private static final String[] BY_ROLES = {"牵头负责", "负责", "牵头", "承办", "主办"};

  /**
   * The units after 由 at {@code at} and their role word, where the role word ends the sentence ({@code 防汛工作由县水利局
   * 负责。}): the unit of a sentence that is the task from {@code b}; null where no list of units (no leader) is so
   * closed — a partner's clause after a comma is {@link JoinedRoleClause}'s.
   */
  static UnitLead byUnits(String folded, int b, int at) {
    int n = folded.length();
    for (int k = at + 2; k < n && k <= at + 60; k++) {
      char c = folded.charAt(k);
      if (!(Fold.isHan(c) || c == '、' || c == '(' || c == ')')) {
        return null;
      }
      for (String w : BY_ROLES) {
        int after = Fold.trimStart(folded, k + w.length(), n);
        if (folded.startsWith(w, k) && (after == n || "。;".indexOf(folded.charAt(after)) >= 0
            || folded.charAt(after) == ',' && w.equals("牵头") && at - 1 - b <= MAX_BY_TOPIC
                && !partnersNext(folded, after + 1))) {
          // 第一分队由县投资促进局牵头,具体负责…: after a short topic the units' role word may close a clause of its
          // own, the task after it (a partners' clause after the comma is JoinedRoleClause's)
          String names = folded.substring(at, k);
          return AgencyNames.isList(names) && !AgencyNames.isLeaderTitle(names)
              ? new UnitLead(at, k, b, false, w.startsWith("牵头") || w.equals("主办")) : null;
        }
        if (folded.startsWith(w, k) && w.equals("牵头") && after < n && folded.charAt(after) == ','
            && at - 1 - b <= MAX_BY_TOPIC) {
          // 机电馆由省工商局牵头,省经委、省质监局配合;: a short topic, its lead after 由, and its partners' clause
          // closing the sentence — the units of a line no numbering gives to JoinedRoleClause
          return withPartners(folded, b, at, k, after + 1);
        }
      }
    }
    return null;
  }

  /**
   * The lead {@code folded[at, k)} of the topic at {@code b} with the partners from {@code from} to their role word, where
   * that word closes the sentence ({@code 省经委、省质监局配合;}); null if the partners are no list of names or the
   * sentence goes on after them.
   */
  private static UnitLead withPartners(String folded, int b, int at, int k, int from) {
    int e = from;
    while (e < folded.length() && ",;。".indexOf(folded.charAt(e)) < 0) {
      e++;
    }
    if (e < folded.length() && folded.charAt(e) == ',') {
      return null; // (…牵头,省经委配合,做好…: the sentence's task goes on after the partners: JoinedRoleClause's)
    }
    String piece = folded.substring(from, e);
    String role = RoleWords.SUPPORT.stream().filter(piece::endsWith).findFirst().orElse(null);
    if (role == null || !AgencyNames.isList(folded.substring(at, k))
        || !AgencyNames.isList(piece.substring(0, piece.length() - role.length()))) {
      return null;
    }
    UnitLead lead = new UnitLead(at, k, b, false, true);
    lead.supportStart = from;
    lead.supportEnd = e - role.length();
    return lead;
  }

  /** The most chars of a topic before 由 whose units' clause the task follows ({@code 第一分队由…牵头,…}). */
  static final int MAX_BY_TOPIC = 8;

  /** Whether the piece of text from {@code from} to the next comma or stop ends with a partner's role word. */
  private static boolean partnersNext(String folded, int from) {
    int e = from;
    while (e < folded.length() && ",;。".indexOf(folded.charAt(e)) < 0) {
      e++;
    }
    String piece = folded.substring(from, e);
    return RoleWords.SUPPORT.stream().anyMatch(piece::endsWith) || piece.endsWith("参加") || piece.endsWith("落实");
  }

  /** Whether a modal verb ({@link #startsWithModal}) stands in {@code folded[b, e)}. */
  static boolean startsWithModalWithin(String folded, int b, int e) {
    for (int i = b; i < e; i++) {
      if (startsWithModal(folded, i)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of helping or guiding another body: a sentence that opens with one has no subject (协助县政府做好…). */
  static final String[] HELPING = {"指导", "协助", "督促", "配合", "会同", "协调"};

  /**
   * Whether a modal verb starts at {@code at} (应, 应当, 要, 须, 必须; not 应急, 应对, 应用, 要素: 县政府应对气候变化领导小组
   * is one name): a subject's end.
   */
  static boolean startsWithModal(String folded, int at) {
    if (at >= folded.length()) {
      return false;
    }
    char c = folded.charAt(at);
    return c == '应' && !folded.startsWith("应急", at) && !folded.startsWith("应对", at) && !folded.startsWith("应用", at)
        || c == '要' && !folded.startsWith("要素", at) || c == '须'
        || folded.startsWith("必须", at);
  }

  /**
   * Where the subject starts after a time and a comma that open the sentence ({@code 今年11月底前,市经信委要…}, {@code
   * 12月底前,}); {@code b} if none. The time stays the task's text (its deadline).
   */
  static int afterTime(String folded, int b, int n) {
    int comma = -1;
    for (int k = b + 2; k < n && k - b <= 12 && comma < 0; k++) {
      comma = folded.charAt(k) == ',' ? k : -1; // (looked for near the start only: asked of every sentence)
    }
    if (comma < 0) {
      return b;
    }
    String when = folded.substring(b, comma);
    return when.startsWith("今年") || when.startsWith("明年") || when.equals("年内") || Cells.isDeadline(when)
        ? Fold.trimStart(folded, comma + 1, n) : b;
  }

  /** Whether c is a dash: 县委宣传部——负责…, a unit's name before its duty as before a colon. */
  static boolean isDash(char c) {
    return c == '—' || c == '―' || c == '─' || c == '-' || c == '－';
  }

  /** Where the text goes on after the separator at {@code at}: past a run of dashes, or the one char. */
  static int afterDashes(String folded, int at) {
    int k = at + 1;
    while (isDash(folded.charAt(at)) && k < folded.length() && isDash(folded.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * 各部门, 各牵头单位, 各有关单位, 镇安委会有关成员单位: every unit (or the relevant ones), as a letter exhorts them, is no
   * unit of a task.
   */
  static boolean isPlaceholder(String list) {
    return (list.startsWith("各") || list.contains("有关") || list.contains("相关")) && list.indexOf('、') < 0
        && (list.endsWith("部门") || list.endsWith("单位"));
  }

  /** Whether a month's date starts at {@code at} ({@code 12月中旬}, {@code 5月底}): a subject's time, before its verb. */
  static boolean startsWithMonth(String folded, int at) {
    int d = at;
    while (d < folded.length() && d - at < 2 && folded.charAt(d) >= '0' && folded.charAt(d) <= '9') {
      d++;
    }
    return d > at && d < folded.length() && folded.charAt(d) == '月';
  }

  /** Words a name never starts with: a sentence's frame ({@code 根据省政府要求,县财政局负责…}). */
  private static final String[] FRAMES = {"根据", "按照", "依据", "依照", "遵照"};

  /** Whether a sentence opens at {@code b} with its frame ({@code 根据…}, {@code 按照…}), no unit's name. */
  static boolean opensWithFrame(String folded, int b) {
    return LineShapes.startsWithAny(folded, b, FRAMES);
  }

  /**
   * Where the subject's sentence goes on after its frame and comma ({@code 按照《应急预案》的规定,县卫生局负责…},
   * {@code 在卫生行政部门的统一领导下,县疾控中心负责…}), or -1: a frame word, or 在 with a clause ending in 下, then a comma
   * within a clause's reach.
   */
  static int afterFrame(String folded, int b, int n) {
    boolean under = b < n && folded.charAt(b) == '在';
    if (!under && !opensWithFrame(folded, b)) {
      return -1;
    }
    for (int k = b + 3; k < n && k - b <= 50; k++) {
      char c = folded.charAt(k);
      if (c == '。' || c == ';' || c == ':') {
        return -1;
      }
      if (c == ',') {
        return under && folded.charAt(k - 1) != '下' ? -1 : Fold.trimStart(folded, k + 1, n);
      }
    }
    return -1;
  }

  /** The ends of a time clause between a subject and its duty ({@code 县经济局在流感期间,负责…}). */
  private static final String[] TIMES = {"期间", "时期", "时", "中", "前", "后"};

  /**
   * Whether a time clause with 在 starts at {@code at} and the subject's duty follows its comma ({@code 在流感期间,负责…},
   * {@code 在汛期,要…}): the name before {@code at} is the sentence's subject.
   */
  static boolean timeThenDuty(String folded, int at) {
    int n = folded.length();
    if (at >= n || folded.charAt(at) != '在') {
      return false;
    }
    for (int k = at + 2; k < n && k - at <= 30; k++) {
      char c = folded.charAt(k);
      if (c == '。' || c == ';' || c == ':') {
        return false;
      }
      if (c == ',') {
        int d = Fold.trimStart(folded, k + 1, n);
        return LineShapes.endsWithAny(folded, k, TIMES)
            && (folded.startsWith("负责", d) || startsWithModal(folded, d) || folded.startsWith("牵头", d));
      }
    }
    return false;
  }

  /** Verbs of a unit's duty that may follow its name and a comma ({@code 交通部门,负责通村公路建设}). */
  private static final String[] DUTY_VERBS = {"负责", "牵头", "指导", "承担", "组织", "督促", "会同", "协助", "配合"};

  /** Whether a comma at {@code at} is followed by a duty's verb: the name before it heads its duty, as with a colon. */
  static boolean dutyAfterComma(String folded, int at) {
    if (at >= folded.length() || folded.charAt(at) != ',' && !isDash(folded.charAt(at))) {
      return false;
    }
    int verb = afterDashes(folded, at);
    for (String v : DUTY_VERBS) {
      if (folded.startsWith(v, verb)) {
        // (市发改局,配合部门:…: the next label of a bracket, no duty)
        return Labels.leading(folded.substring(verb, Math.min(folded.length(), verb + 12))) == null;
      }
    }
    return false;
  }

  /**
   * Whether an article opens with the unit it binds ({@code 第四条 水务主管部门应当加强…}), an item then; not the units
   * all articles bind ({@code 第二十六条 各级各有关部门…根据分工认真履行职责}), a rule over the items after it.
   */
  static boolean bindsUnit(String folded, int from) {
    UnitLead unit = UnitLead.of(folded, from);
    return unit != null && !unit.label && folded.charAt(unit.nameStart) != '各';
  }
}
