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

import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.text.Fold;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The units a heading that names a unit hands down to the items under it that name none of their own ({@code (二)区教育局}
 * over its tasks, {@code 一、县示范区管委会牵头工作(8项)}), where the items read as that unit's and not as its partners'
 * or a list's. Part of {@link OutlineResolver}'s work beside {@link OutlineUnits}. Stateless.
 */
final class HeadingUnits {

  private HeadingUnits() {}

  /**
   * A heading that names the unit of the items under it ({@code 一、县示范区管委会牵头工作}) gives that unit to each of them
   * that has none, down to the next heading of its numbering.
   */
  static void giveHeadingUnits(List<Item> items, int[] rank) {
    // headings that are names alone are of whom the items speak, not of who carries them, as soon as a heading of
    // their numbering has items that state their own units (1. 市科技馆 / (1)… / 问题整改责任单位:…)
    Set<Numbering> nameStyles = EnumSet.noneOf(Numbering.class);
    for (Item it : items) {
      if (it.headingIsName) {
        nameStyles.add(it.style);
      }
    }
    Set<Numbering> objectStyles = EnumSet.noneOf(Numbering.class);
    for (int k = 0; k < items.size() && !nameStyles.isEmpty(); k++) {
      Item it = items.get(k);
      // (a task of that numbering led by its own unit, (三)质量技术监督部门负责…, says nothing of the name headings)
      // (联系人:郑大远 under a unit's name heading names a person to ask, no unit: the heading still carries)
      if (nameStyles.contains(it.style) && (it.headingIsName && namesUnits(it) || statesOwnUnits(items, k))) {
        objectStyles.add(it.style);
      }
    }
    Set<Item> weakNamesCarry = weakNamesCarry(items, rank);
    // the innermost heading first: an item under two headings that name units is the nearer one's ((二)日常办事机构 /
    // 2.市指挥部办公室职责 / (1)负责…), and a heading that names a unit takes none from the one above it
    for (int k = items.size() - 1; k >= 0; k--) {
      Item h = items.get(k);
      if (h.headingUnits == null || h.headingIsName && objectStyles.contains(h.style) && !namesCarrier(h)) {
        continue;
      }
      // (a weak name carries its items where they open with its duties, and always its duties label's text)
      boolean carries = !h.weakName || weakNamesCarry.contains(h);
      for (int j = k + 1; j < items.size(); j++) {
        Item it = items.get(j);
        if (it.style == h.style || it.style != Numbering.NONE && rank[it.style.ordinal()] < rank[h.style.ordinal()]
            || h.headingIsName && isUnitsOwnLine(it)) {
          break; // (the next of its numbering, or a heading above it: 七、工作步骤 after (十四)广电局主要工作任务:; the next
          // unit's own line after a unit's name heading)
        }
        if (it.dutiesLabel && h.headingIsName && !namesUnits(it)) {
          // (一)组织摸排组 / 组长:… / 职责:负责…: the label says whose duties they are, the body the heading names
          it.measure().addClause(h.headingUnits);
          continue;
        }
        if (carries && !it.direct && it.style != Numbering.NONE && !(it.headingIsName && !it.weakName)
            && (!namesUnits(it) || onlySupport(it) && (leads(h) || h.headingIsName))
            && rank[it.style.ordinal()] > rank[h.style.ordinal()]) {
          // (二)省编办牵头的工作 / 2.… / 协同单位:省财政厅…: the heading's lead leads an item its partners support, as
          // a unit's name heading does its items (九)县公安局主要工作任务: / 1.… / 协助单位:交通局
          it.measure().addClause(h.headingUnits);
        }
      }
    }
  }

  /** Verbs that open a unit's duty and nothing else (组织, 督促 open tasks of any kind as often). */
  private static final String[] DUTY_OPENERS = {"负责", "承担", "牵头"};

  /**
   * The headings named by a weak suffix ({@code (一)学院}, {@code (二)教务处}) that are of who carries the items under
   * them: over all the headings of the same name, half of their items at least, and two, open with a unit's duty
   * ({@code 负责…}); a place or a thing inspected ({@code (一)商场} over {@code 组织检查…}) heads other items.
   */
  private static Set<Item> weakNamesCarry(List<Item> items, int[] rank) {
    // per name {items under it, those that open with a duty}; each heading holds its name's counts
    java.util.Map<String, int[]> byName = new java.util.HashMap<>();
    java.util.Map<Item, int[]> ofHeading = new java.util.IdentityHashMap<>();
    for (int k = 0; k < items.size(); k++) {
      Item h = items.get(k);
      if (!h.weakName) {
        continue;
      }
      int[] counts = byName.computeIfAbsent(Fold.trim(Fold.fold(h.headingUnits.text())), x -> new int[3]);
      ofHeading.put(h, counts);
      for (int j = k + 1; j < items.size() && items.get(j).style != h.style; j++) {
        Item it = items.get(j);
        if (rank[it.style.ordinal()] <= rank[h.style.ordinal()]) {
          break;
        }
        counts[0]++;
        String t = Fold.trim(Fold.fold(it.textOnce()));
        for (String v : DUTY_OPENERS) {
          if (t.startsWith(v)) {
            counts[1]++;
            break;
          }
        }
        counts[2] += LineShapes.startsWithAny(t, 0, WORK_OPENERS) ? 1 : 0;
      }
    }
    // a name carries by its own duties; another of the same numbering, under a name that carries, by one duty at
    // least (an office's list may open with 组织, 督促 after its 负责…)
    Set<Numbering> carrying = EnumSet.noneOf(Numbering.class);
    for (Item h : items) {
      int[] counts = ofHeading.get(h);
      if (counts != null && carriesByItsOwn(counts) || h.headingIsName && !h.weakName && h.headingUnits != null) {
        carrying.add(h.style); // (or a unit's name by a strong suffix heads items in that numbering: (一)办公室)
      }
    }
    Set<Item> carry = new java.util.HashSet<>();
    Set<Long> dutyGroups = null; // read once, where an organ's heading first asks
    int[] parents = null;
    for (int k = 0; k < items.size(); k++) {
      Item h = items.get(k);
      int[] counts = ofHeading.get(h);
      if (counts == null) {
        continue;
      }
      // (四、保卫处 over 制定…, 安排…, beside 一、学院办公室 under the same heading: an organ's name carries as its
      // siblings named by strong suffixes do; 二、检查重点 / (一)实验室 under another heading is a place inspected)
      boolean organ = counts[1] == 0 && counts[2] >= 1 && carrying.contains(h.style)
          && UnitLeadWords.isOrgan(Fold.trim(Fold.fold(h.headingUnits.text())));
      if (organ && dutyGroups == null) {
        parents = parents(items, rank);
        dutyGroups = dutyGroups(items, rank, parents);
      }
      if (carriesByItsOwn(counts) || carrying.contains(h.style) && counts[1] >= 1
          || organ && dutyGroups.contains(group(parents[k], h.style))) {
        carry.add(h);
      }
    }
    return carry;
  }

  /**
   * Verbs an office's own work opens with, beyond a duty's (负责): what it draws up, provides or keeps (制定安全保卫预案,
   * 保证浴室的正常开放); not what is checked at a place (检查…, 设置…).
   */
  private static final String[] WORK_OPENERS = {"负责", "承担", "牵头", "制定", "制订", "组织", "做好", "协助", "配合", "保证",
      "提供", "安排", "落实", "协调"};

  /**
   * The siblings' groups (a parent heading and a numbering, {@link #group}) that hold a unit's name by a strong suffix
   * whose own items open with a duty ({@code 一、学院办公室 / (一)负责…}): beside it an organ's name of weak suffix
   * carries too; beside a bureau's name over what is checked (县公安局 / 1.检查…) it is a place.
   */
  private static Set<Long> dutyGroups(List<Item> items, int[] rank, int[] parents) {
    Set<Long> groups = new java.util.HashSet<>();
    for (int j = 0; j < items.size(); j++) {
      Item it = items.get(j);
      if (it.style != Numbering.NONE && it.headingIsName && !it.weakName && it.headingUnits != null
          && itemsOpenWithDuty(items, j, rank)) {
        groups.add(group(parents[j], it.style));
      }
    }
    return groups;
  }

  /** A key for the headings of one numbering under one parent ({@code parent} -1 at the top). */
  private static long group(int parent, Numbering style) {
    return (parent + 1L) * Numbering.values().length + style.ordinal();
  }

  /**
   * For each item, the index of the nearest numbered item before it of a higher rank (its parent heading), or -1: one
   * pass with a stack of the open headings.
   */
  private static int[] parents(List<Item> items, int[] rank) {
    int[] parents = new int[items.size()];
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int j = 0; j < items.size(); j++) {
      Item it = items.get(j);
      if (it.style == Numbering.NONE) {
        parents[j] = open.isEmpty() ? -1 : open.peek();
        continue;
      }
      int r = rank[it.style.ordinal()];
      while (!open.isEmpty() && rank[items.get(open.peek()).style.ordinal()] >= r) {
        open.pop();
      }
      parents[j] = open.isEmpty() ? -1 : open.peek();
      open.push(j);
    }
    return parents;
  }

  /** Whether an item under heading {@code k}, down to the next of its numbering, opens with a duty (负责, 承担, 牵头). */
  private static boolean itemsOpenWithDuty(List<Item> items, int k, int[] rank) {
    Item h = items.get(k);
    for (int j = k + 1; j < items.size() && items.get(j).style != h.style; j++) {
      Item it = items.get(j);
      if (it.style != Numbering.NONE && rank[it.style.ordinal()] < rank[h.style.ordinal()]) {
        break;
      }
      if (LineShapes.startsWithAny(Fold.trim(Fold.fold(it.textOnce())), 0, DUTY_OPENERS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name's items, two at least and half of them, open with a duty. */
  private static boolean carriesByItsOwn(int[] counts) {
    return counts[1] >= 2 && 2 * counts[1] >= counts[0];
  }

  /** Whether an item's clauses name units at all, not only a person or a deadline ({@code 联系人:郑大远}). */
  private static boolean namesUnits(Item it) {
    for (Clause c : it.measure().clauses()) {
      if (isUnitsClause(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause names units (a lead, partners, units of no said role), not a person, a time or a remark. */
  private static boolean isUnitsClause(Clause c) {
    return c.kind() == Clause.Kind.LEAD || c.kind() == Clause.Kind.SUPPORT || c.kind() == Clause.Kind.GENERIC;
  }

  /**
   * Whether every unit an item's clauses name is its name heading's own ({@code 二、学工部} over {@code …(学工部王锐负责)}):
   * the item says again who carries it, which makes the heading its carrier, not what it speaks of.
   */
  private static boolean namesOnly(Item it, Item heading) {
    if (!heading.headingIsName || heading.headingUnits == null) {
      return false;
    }
    String name = Fold.trim(Fold.fold(heading.headingUnits.text()));
    boolean any = false;
    for (Clause c : it.measure().clauses()) {
      if (isUnitsClause(c)) {
        if (name.isEmpty() || !Fold.trim(Fold.fold(c.text())).startsWith(name)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Whether an item's clauses name supporting units only. */
  private static boolean onlySupport(Item it) {
    for (Clause c : it.measure().clauses()) {
      if (c.kind() != Clause.Kind.SUPPORT) {
        return false;
      }
    }
    return true;
  }

  /** Whether a heading's units lead ({@code 省编办牵头的工作}). */
  static boolean leads(Item h) {
    return h.headingUnits != null && h.headingUnits.kind() == Clause.Kind.LEAD;
  }

  /**
   * Whether a unit's name heading says the unit carries the items under it: its colon ({@code 交通部门:}) or its duties'
   * words ({@code 防汛办主要职责}) after the name, where a name alone may be of whom the items speak.
   */
  private static boolean namesCarrier(Item h) {
    String t = Fold.trim(Fold.fold(h.fullTextOnce()));
    // (成员单位职责: the members' duties, a label's words and no unit's name)
    return !t.isEmpty() && (t.charAt(t.length() - 1) == ':' || UnitHeading.dutiesStart(t, 0, t.length()) < t.length())
        && !UnitLeadWords.isUnitsLabel(Fold.trim(Fold.fold(h.headingUnits.text())));
  }

  /** Whether an item is an unnumbered line led by its unit's label ({@code 宣传部门:负责…}): that unit's duty. */
  private static boolean isUnitsOwnLine(Item it) {
    return it.unitLed && it.style == Numbering.NONE && !it.measure().unitsFromSubject;
  }

  /** Whether an item under heading {@code k} (down to the next of its numbering) has units of its own. */
  private static boolean statesOwnUnits(List<Item> items, int k) {
    Item h = items.get(k);
    for (int j = k + 1; j < items.size(); j++) {
      Item it = items.get(j);
      if (it.style == h.style || isUnitsOwnLine(it)) {
        break; // (宣传部门:负责… after the items: the next unit's duty, the list by unit going on unnumbered)
      }
      if (namesUnits(it) && !onlySupport(it) && !it.unitsFromHeading && !namesOnly(it, h)
          && (h.headingIsName || !it.unitLed && !it.measure().unitsFromSubject)) {
        // (协助单位:交通局 under an item names its partners, not who carries it; 各乡镇要明确专人负责, a sentence led
        // by its subject in a closing section, says nothing of the name headings; under a site's name it does:
        // 一、东关社区 / 2.县城管局要加大保洁频次。)
        return true;
      }
    }
    return false;
  }
}
