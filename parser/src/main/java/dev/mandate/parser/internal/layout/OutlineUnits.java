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
import dev.mandate.parser.internal.text.Fold;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The units an outline hands down to items that name none of their own: a topic's clause, a title's that starts with
 * a unit (a heading's that names a unit is {@link HeadingUnits}', a clause that closes a run of sub-items
 * {@link ClosingClauses}'); and bare lists of units kept only where a document gives them twice. Part of
 * {@link OutlineResolver}'s work, kept apart because each is a rule on its own. Stateless.
 */
final class OutlineUnits {

  /** A title's words that say it shares work out among units: 分工, 分解, 印发, 转发 (a plan sent on to those who carry it). */
  private static final Pattern SHARES_OUT = Pattern.compile("分工|分解|印发|转发");

  private OutlineUnits() {}

  /**
   * Bare lists of units under numbered tasks are their units where the document does so twice at least; a single
   * one is more likely the signature under the last item, and is dropped.
   */
  static void keepBareUnits(List<Item> items) {
    int bare = 0;
    for (Item it : items) {
      bare += it.hasClauses() && it.measure().bareUnits != null ? 1 : 0;
    }
    if (bare >= 2) {
      return;
    }
    for (Item it : items) {
      if (it.hasClauses() && it.measure().bareUnits != null) {
        it.measure().dropBareUnits(); // its label lines or brackets, if any, stay
      }
    }
  }

  /** The longest topic (a heading's words) whose clause is handed down to the items under it. */
  private static final int MAX_TOPIC = 30;

  /**
   * A topic with its clause over sub-items that name no units ({@code 一、强化科技创新(区科技局牵头)} over (一)…(二)…):
   * the topic is a heading, and its clause each sub-item's, down to the next item of the topic's rank. A task's
   * sentence over its parts (a long text, or sentences) keeps its clause.
   */
  static void handTopicClausesDown(List<Item> items, int[] rank) {
    for (int k = 0; k + 1 < items.size(); k++) {
      Item h = items.get(k);
      // (一)区民政局作为主管部门总体负责…。 over 1.负责起草…: the unit that leads the item carries each duty under it
      // (二)区劳动保障局、区卫生局…等部门根据…,做好…。具体包括: over 1.负责公布…: a unit's sentence that leads in to the
      // items under it, however long, is theirs too
      if (h.direct || h.style == Numbering.DASH || !h.hasClauses()
          || !(h.unitLed || isTopic(h.measure().text()) || h.measure().unitsFromSubject && OutlineResolver.leadsIn(h))) {
        continue;
      }
      if (h.style == Numbering.NONE) {
        handNameClausesDown(items, k);
        continue;
      }
      int end = k + 1;
      int under = 0;
      int own = 0;
      while (end < items.size()) {
        Item it = items.get(end);
        if (it.style != Numbering.NONE && rank[it.style.ordinal()] <= rank[h.style.ordinal()]) {
          break;
        }
        if (it.style == Numbering.DASH) {
          under = 0; // ——加快建设健康武汉: a heading of the dash's kind closes the topic's items, never one of them
          break;
        }
        if (it.style != Numbering.NONE && !it.direct) {
          under++;
          own += it.hasClauses() ? 1 : 0;
        }
        end++;
      }
      // (一、南山风景区(责任单位:市旅文局) over 1.…2.…3.… and 4.…(责任单位:市综合行政执法局): a topic's name with its
      // clause gives it to the items that name none, where one names its own; a task's sentence over them keeps it)
      if (under == 0 || own > 0 && !(h.style != Numbering.NONE && isTopic(h.measure().text()) && own < under)) {
        continue;
      }
      List<Clause> clauses = h.measure().takeClauses();
      for (int j = k + 1; j < end; j++) {
        Item it = items.get(j);
        if (it.style != Numbering.NONE && !it.direct && !it.hasClauses()) {
          it.measure().addClauses(clauses);
        }
      }
    }
  }

  /** The longest name with a clause, unnumbered, whose clause goes to the numbered items under it. */
  private static final int MAX_NAMED = 20;

  /**
   * A name with its clause, unnumbered, over numbered items that name no units ({@code 胖东来时代广场(责任单位:魏都区,市消防支队)}
   * over {@code 1.进门地面无荧光标识;} …): what the items list is of that place or matter, and its units carry each. The
   * items run to the first line of another numbering or none; two at least.
   */
  private static void handNameClausesDown(List<Item> items, int k) {
    Item h = items.get(k);
    String t = Fold.trim(Fold.fold(h.measure().text()));
    if (t.length() > MAX_NAMED || t.indexOf('。') >= 0 || t.indexOf(',') >= 0) {
      return;
    }
    Numbering style = k + 1 < items.size() ? items.get(k + 1).style : Numbering.NONE;
    int end = k + 1;
    while (end < items.size() && items.get(end).style == style && !items.get(end).direct
        && !items.get(end).hasClauses() && !items.get(end).unitLed) {
      end++;
    }
    if (style == Numbering.NONE || style == Numbering.DASH || end - k - 1 < 2
        || end < items.size() && items.get(end).style == style) {
      return; // (an item of the same numbering with units of its own: the list is not the name's alone)
    }
    List<Clause> clauses = h.measure().takeClauses();
    for (int j = k + 1; j < end; j++) {
      items.get(j).measure().addClauses(clauses);
    }
  }

  /** Whether a text reads as a topic: short, one phrase, no sentence ended inside it. */
  private static boolean isTopic(String text) {
    String t = Fold.trim(Fold.fold(text));
    int stop = t.indexOf('。');
    return t.length() <= MAX_TOPIC && (stop < 0 || stop == t.length() - 1) && t.indexOf(';') < 0;
  }

  /**
   * A document whose title starts with a unit's name ({@code 教育体育局2020年为民办实事}) and whose numbered items
   * name no unit at all is that unit's list: the unit is given to each of them. Where any item names units, or none is
   * numbered, nothing is given.
   */
  static void giveTitleUnit(List<Item> items) {
    Item title = null;
    for (Item it : items) {
      if (it.direct || it.hasClauses()) {
        return;
      }
      if (title == null && it.style == Numbering.NONE && Titles.isTitle(it.fullTextOnce())) {
        title = it;
      }
    }
    String folded = title == null ? null : Fold.fold(title.fullTextOnce());
    if (folded == null || SHARES_OUT.matcher(folded).find()) {
      return; // 国务院办公厅关于…分工的通知: the title's unit shares the work out to others, it does not carry it
    }
    String unit = leadingUnit(folded);
    if (unit == null) {
      return;
    }
    String written = title.fullText().substring(0, unit.length());
    boolean after = false;
    for (Item it : items) {
      after |= it == title;
      if (after && it != title && it.style != Numbering.NONE) {
        it.measure().addClause(new Clause(Clause.Kind.GENERIC, written, it.measure().line(), 1));
      }
    }
  }

  /** The unit's name a title starts with, up to a year or 关于 ({@code 县卫健委2021年…}), or null. */
  private static String leadingUnit(String folded) {
    int end = 0;
    while (end < folded.length() && end < 24 && Fold.isHan(folded.charAt(end)) && !folded.startsWith("关于", end)) {
      end++;
    }
    if (end < 3 || end >= folded.length() || !(Character.isDigit(folded.charAt(end)) || folded.startsWith("关于", end)
        || "二〇".indexOf(folded.charAt(end)) >= 0)) {
      return null;
    }
    String name = folded.substring(0, end);
    return AgencyNames.isStrongName(name) ? name : null;
  }

}
