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

import com.google.common.collect.ImmutableList;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, once the whole text is read, which items are measures and which headings, and gives each measure its
 * section: a numbering style that some item with units uses is a measure style; a numbered item of another style
 * before the last measure is a heading; a parent item over sub-items that carry the units is a heading; one clause
 * closing sub-items covers each of them.
 */
final class OutlineResolver {

  private static final int MAX_HEADING = 80;

  private OutlineResolver() {}

  static RawDocument resolve(Outline outline) {
    List<Item> items = outline.items;
    int[] rank = ranks(items);
    OutlineUnits.keepBareUnits(items);
    subjectsOnlyWhereNothingElse(items);
    OutlineUnits.handTopicClausesDown(items, rank);
    HeadingUnits.giveHeadingUnits(items, rank);
    OutlineUnits.giveTitleUnit(items);
    Set<Numbering> measureStyles = EnumSet.noneOf(Numbering.class);
    boolean anyDirect = false;
    for (Item it : items) {
      if (!it.direct && it.hasClauses()) {
        measureStyles.add(it.style);
      }
      anyDirect |= it.direct;
    }
    if (measureStyles.isEmpty() && !anyDirect) {
      // no item names its units: the items of the deepest numbering are the tasks still, each without units (the
      // assembler says so of each), rather than a document of nothing
      Numbering deepest = UnitlessTasks.style(items, rank);
      if (deepest != null) {
        measureStyles.add(deepest);
      }
    }
    for (Item it : items) {
      it.isMeasure = !it.superseded && (it.direct || (measureStyles.contains(it.style)
          && (it.style != Numbering.NONE || it.hasClauses() || it.cutParagraph)));
    }
    dropSectionsWithoutUnits(items, measureStyles, rank);
    // a line led by its unit is a task only in a list by unit, beside another such line (or with only a numbered
    // name between them, 1、在兰州设立…事宜 / 由…市发改委牵头,…): alone it is prose
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      if (it.unitLed && !it.assignedBy && !outline.prose && !(unitLedBeside(items, k, -1) || unitLedBeside(items, k, 1)
          || afterUnitsItems(items, k))) {
        it.isMeasure = false;
      }
    }
    // 1.提升教育质量。 over (1)…(3) that carry the units: a parent item is a heading, not a measure
    for (int k = 0; k + 1 < items.size(); k++) {
      Item it = items.get(k);
      Item next = items.get(k + 1);
      if (it.isMeasure && !it.direct && (!it.hasClauses() || leadsIn(it)
          || isTopic(it) && next.style != Numbering.NONE && next.hasClauses())
          && next.isMeasure && !next.direct && rank[next.style.ordinal()] > rank[it.style.ordinal()]
          && it.style != Numbering.NONE) {
        // (一、整治提升村容村貌(县委农办牵头) over 1.…(责任单位:…): a topic with its lead over items with their own
        // units heads them)
        // ((1)年度主要任务与要求: over ①…②…: a line that leads in to the items below heads them, whatever units a
        // heading above gave it)
        it.isMeasure = false;
      }
    }
    int lastMeasure = -1;
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).isMeasure) {
        lastMeasure = k;
      }
    }
    boolean seenMeasure = false;
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      if (it.isMeasure) {
        seenMeasure = true;
        continue;
      }
      if (it.style != Numbering.NONE) {
        it.isHeading = it.fullLength() <= MAX_HEADING && (!measureStyles.isEmpty() || anyDirect)
            && k < Math.max(lastMeasure, 0);
      } else {
        it.isHeading = seenMeasure && k < lastMeasure && Titles.plainHeading(it.fullTextOnce());
      }
    }
    for (Item it : items) {
      it.isHeading &= !it.superseded;
    }
    longHeadingsOfAHeadingStyle(items, measureStyles, lastMeasure);
    leaveOutTheLetter(items);
    ClosingClauses.inheritClosingClauses(items);
    return sections(outline, rank);
  }

  /**
   * Takes the units of items whose only units are their topic's subject ({@code (二)强化督导。县安委办要定期通报。}) away
   * where items of another numbering name theirs in a clause, a label or a table: there the plan says who does its
   * tasks so, and such a paragraph states an aim or a safeguard.
   */
  private static void subjectsOnlyWhereNothingElse(List<Item> items) {
    int[] named = new int[Numbering.values().length];
    int[] all = new int[Numbering.values().length];
    boolean any = false;
    for (Item it : items) {
      all[it.style.ordinal()]++;
      if (it.hasClauses() && !(it.subjectAfterTopic && it.measure().unitsFromSubject)) {
        named[it.style.ordinal()]++;
        any = true;
      }
    }
    for (Item it : items) {
      // (where most items of its numbering name their units in clauses, one that does not is an aim or a safeguard,
      // unless its subject is an agency with its level, 县公安局要…; where few do, 县教育局要新建学校3所 beside an item
      // with its bracket keeps its subject)
      int s = it.style.ordinal();
      if (any && it.subjectAfterTopic && it.measure().unitsFromSubject
          && (named[s] == 0 || 2 * named[s] > all[s] && !levelled(it.measure()))) {
        it.measure().takeClauses();
      }
    }
  }

  /** Whether a measure's first units start with a level (县公安局, 市教育局): an agency, no class of bodies. */
  private static boolean levelled(RawMeasure m) {
    String t = m.clauses().isEmpty() ? "" : Fold.trim(m.clauses().get(0).text());
    return !t.isEmpty() && UnitLeadWords.LEVELS.indexOf(t.charAt(0)) >= 0;
  }

  /**
   * Whether an item's text is a topic's: short, one phrase, no sentence ended, no figure (实施老旧小区改造120个。 is a
   * task with its target).
   */
  private static boolean isTopic(Item it) {
    String t = Fold.trim(Fold.fold(it.measure().text()));
    if (t.length() > 20 || t.indexOf('。') >= 0 || t.indexOf(',') >= 0 || t.indexOf(';') >= 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an item's text ends with a colon: it leads in to what follows. */
  static boolean leadsIn(Item it) {
    String t = Fold.trim(Fold.fold(it.measure().text()));
    return t.endsWith(":");
  }

  /** How far back the heading of a unit's numbered items is looked for. */
  private static final int MAX_UNITS_ITEMS = 40;

  /**
   * Whether the items right before {@code k} are a unit's numbered items under its name ({@code 交通部门:} / {@code 1.…}
   * / {@code 2.…}, then {@code 宣传部门:负责…}): a list by unit, whose next unit's duty is a task on one line.
   */
  private static boolean afterUnitsItems(List<Item> items, int k) {
    for (int j = k - 1; j >= 0 && k - j <= MAX_UNITS_ITEMS; j--) {
      Item other = items.get(j);
      if (other.headingIsName && other.headingUnits != null && !other.weakName) {
        return j < k - 1;
      }
      if (other.style == Numbering.NONE || other.direct) {
        return false;
      }
    }
    return false;
  }

  /** Whether the item next to {@code k} in direction {@code step}, past numbered items with no units, is unit-led. */
  private static boolean unitLedBeside(List<Item> items, int k, int step) {
    for (int j = k + step, passed = 0; j >= 0 && j < items.size() && passed <= 1; j += step, passed++) {
      Item other = items.get(j);
      if (other.unitLed) {
        return true;
      }
      if (other.style == Numbering.NONE && passed == 0 && !other.direct && !other.hasClauses()
          && j + step >= 0 && j + step < items.size() && items.get(j + step).unitLed) {
        return true; // 区财政局要… / 区慈善基金分会组织… / 区红十字会组织…: a paragraph whose subject went unread between two
      }
      if (other.style == Numbering.NONE || other.direct || other.hasClauses()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Takes the cover letter's items out of the plan where the plan after it has measures: a notice's own numbered
   * points ({@code 一、各责任单位要高度重视…}) are no tasks of the plan it sends.
   */
  private static void leaveOutTheLetter(List<Item> items) {
    boolean planHasMeasures = false;
    for (Item it : items) {
      planHasMeasures |= !it.inLetter && it.isMeasure;
    }
    if (planHasMeasures) {
      for (Item it : items) {
        if (it.inLetter) {
          it.isMeasure = false;
          it.isHeading = false;
        }
      }
    }
  }

  /**
   * A long numbered item over measures whose numbering other headings use is a heading too: a document run together
   * glues a heading to its paragraph ({@code 三、组织领导及职责分工为切实加强…,各组成单位及其职责如下:}), and its
   * siblings ({@code 二、目标任务}) say what it is.
   */
  private static void longHeadingsOfAHeadingStyle(List<Item> items, Set<Numbering> measureStyles, int lastMeasure) {
    Set<Numbering> headingStyles = EnumSet.noneOf(Numbering.class);
    for (Item it : items) {
      if (it.isHeading && it.style != Numbering.NONE) {
        headingStyles.add(it.style);
      }
    }
    for (int k = 0; k < lastMeasure; k++) {
      Item it = items.get(k);
      if (!it.isMeasure && !it.isHeading && headingStyles.contains(it.style) && !measureStyles.contains(it.style)
          && it.fullLength() > MAX_HEADING && nextIsMeasure(items, k)) {
        it.isHeading = true;
      }
    }
  }

  /** Whether the first item after {@code k} that is a measure or a heading is a measure. */
  private static boolean nextIsMeasure(List<Item> items, int k) {
    for (int j = k + 1; j < items.size(); j++) {
      if (items.get(j).isMeasure) {
        return true;
      }
      if (items.get(j).isHeading) {
        return false;
      }
    }
    return false;
  }

  /**
   * Each style's rank, by its ordinal: its level, and among the styles of one level the order in which the document
   * first uses them ({@code Ⅳ} used under {@code 1.} ranks below it).
   */
  private static int[] ranks(List<Item> items) {
    Numbering[] styles = Numbering.values();
    int[] first = new int[styles.length];
    java.util.Arrays.fill(first, Integer.MAX_VALUE);
    for (int k = 0; k < items.size(); k++) {
      Numbering s = items.get(k).style;
      first[s.ordinal()] = Math.min(first[s.ordinal()], k);
    }
    int[] rank = new int[styles.length];
    for (Numbering s : styles) {
      int within = 0;
      for (Numbering o : styles) {
        if (o.level == s.level && first[o.ordinal()] < first[s.ordinal()]) {
          within++;
        }
      }
      rank[s.ordinal()] = s.level * styles.length + within;
    }
    return rank;
  }

  /**
   * Under a top heading (the highest numbering no measure uses) over a notice's requirements, where no item has units,
   * the numbered items are no tasks: 二、几点要求 1.… 2.… after the tasks. A section of tasks whose units a cut lost
   * stays, as do items with no units among items that have them.
   */
  private static void dropSectionsWithoutUnits(List<Item> items, Set<Numbering> measureStyles, int[] rank) {
    Numbering top = null;
    for (Item it : items) {
      if (it.style != Numbering.NONE && it.style != Numbering.DASH && !measureStyles.contains(it.style)
          && (top == null || rank[it.style.ordinal()] < rank[top.ordinal()])) {
        top = it.style;
      }
    }
    if (top == null) {
      return;
    }
    for (Numbering m : measureStyles) {
      if (rank[m.ordinal()] <= rank[top.ordinal()]) {
        return; // the measures' numbering is no lower than the top heading's: no sections to tell apart
      }
    }
    int start = -1;
    for (int k = 0; k <= items.size(); k++) {
      if (k == items.size() || items.get(k).style == top) {
        if (start >= 0 && isRequirements(items.get(start).fullTextOnce())) {
          boolean units = false;
          for (int j = start; j < k && !units; j++) {
            units = items.get(j).direct || items.get(j).hasClauses();
          }
          for (int j = start; j < k && !units; j++) {
            items.get(j).isMeasure = false;
          }
        }
        start = k;
      }
    }
  }

  /** Words of a heading over a notice's requirements rather than its tasks: 工作要求, 保障措施, 组织领导. */
  private static final String[] REQUIREMENTS = {"要求", "保障", "组织领导", "注意事项", "有关事项", "工作机制", "督查", "考核",
      "几点"};

  private static boolean isRequirements(String heading) {
    String f = Fold.fold(heading);
    for (String w : REQUIREMENTS) {
      if (f.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The measures with their sections, the title (the first title line before them), the notes. */
  private static RawDocument sections(Outline outline, int[] rank) {
    List<RawMeasure> measures = new ArrayList<>(outline.items.size());
    // the headings above, outermost first; a heading's rank is its numbering style's (no strings made per heading)
    List<Item> stack = new ArrayList<>();
    // measures under the same headings share one section list; null when the headings changed since it was built
    ImmutableList<String> section = null;
    String title = null;
    boolean started = false;
    for (Item it : outline.items) {
      if (it.isHeading) {
        int r = rank[it.style.ordinal()];
        while (!stack.isEmpty() && rank[stack.get(stack.size() - 1).style.ordinal()] >= r) {
          stack.remove(stack.size() - 1);
        }
        stack.add(it);
        section = null;
        started = true;
      } else if (it.isMeasure) {
        // a measure numbered 2. closes a heading numbered 1. above it
        while (!it.direct && it.style != Numbering.NONE && !stack.isEmpty()
            && rank[stack.get(stack.size() - 1).style.ordinal()] >= rank[it.style.ordinal()]) {
          stack.remove(stack.size() - 1);
          section = null;
        }
        if (section == null) {
          ImmutableList.Builder<String> b = ImmutableList.builder();
          for (Item h : stack) {
            b.add(h.fullText());
          }
          section = b.build();
        }
        RawMeasure m = it.measure();
        m.section = m.rowSection.isEmpty() ? section
            : ImmutableList.<String>builder().addAll(section).addAll(m.rowSection).build();
        measures.add(m);
        started = true;
      } else if (!started && title == null && Titles.isTitle(it.fullTextOnce())) {
        title = it.fullText();
      }
    }
    if (title == null) {
      title = outline.furnitureTitle();
    }
    List<String> notes = new ArrayList<>(outline.notes);
    notes.addAll(outline.clauseNotes);
    return new RawDocument(title, notes, measures, outline.typed());
  }
}
