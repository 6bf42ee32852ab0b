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
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * Documents organised by unit, asked by {@link Items}: numbered items each opened by their unit's name
 * ({@code 1、区住建局。排查…}), and headings that are units' names alone over the paragraph that is each unit's task
 * ({@code 三、省委政法委} / {@code 深入开展…}).
 */
final class UnitSections {

  private UnitSections() {}

  /**
   * Whether a heading read so far has units (a unit's name, its label lines, its clause), or an item of another
   * numbering: a document that gives them so gives them to the items under them, and an item's first sentence is a
   * project's name there ({@code (一)…/牵头单位:县卫生健康局/1、县人民医院。新建住院楼…}).
   */
  static boolean unitsGivenBefore(Outline outline, Numbering style) {
    for (Item it : outline.items) {
      if (it.headingUnits != null || it.style != style && it.hasClauses()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the numbered item next to line {@code index}, before or after it (a few blank lines between), of the same
   * numbering, opens with a unit's name as a sentence of its own too: {@code 1、区住建局。…} / {@code 2、生态局东安分局。…},
   * a document organised by unit.
   */
  static boolean siblingNamed(List<? extends Block> blocks, int index, Numbering style) {
    return sibling(blocks, index, style, (f, from) -> OfficeSubjects.nameSentence(f, from) != null);
  }

  /**
   * Whether the numbered item next to line {@code index}, as {@link #siblingNamed} finds it, opens with a unit's name
   * as a sentence, an organ's of weak suffix before its duties too ({@code (三)规划发展与信息化股。组织拟订…}).
   */
  static boolean siblingOrganNamed(List<? extends Block> blocks, int index, Numbering style) {
    return sibling(blocks, index, style, (f, from) -> OfficeSubjects.nameSentence(f, from, true) != null);
  }

  /**
   * Whether the numbered item next to line {@code index}, as {@link #siblingNamed} finds it, opens with a unit or a
   * list of offices and a verb too ({@link OfficeSubjects#officeSubject}): {@code 3.后勤处做好…} / {@code 4.保卫处、后勤处加强…},
   * a notice that hands its items to an institution's offices.
   */
  static boolean siblingOffices(List<? extends Block> blocks, int index, Numbering style) {
    return sibling(blocks, index, style,
        (f, from) -> OfficeSubjects.officeSubject(f, from) != null || UnitLead.of(f, from) != null);
  }

  /** How a sibling item is asked to open: of its folded text, from past its numbering. */
  private interface Opening {
    boolean test(String folded, int from);
  }

  /**
   * Whether the numbered item next to line {@code index}, before or after it (a few blank lines between, no more than
   * four lines looked at each way), of numbering {@code style}, opens as {@code opening} asks.
   */
  private static boolean sibling(List<? extends Block> blocks, int index, Numbering style, Opening opening) {
    for (int step = -1; step <= 1; step += 2) {
      for (int k = index + step, seen = 0; k >= 0 && k < blocks.size() && seen < 4; k += step, seen++) {
        if (!(blocks.get(k) instanceof Line)) {
          break;
        }
        Line l = (Line) blocks.get(k);
        if (l.isBlank()) {
          continue;
        }
        String f = Fold.trim(l.folded());
        Numbering.Prefix p = Numbering.of(f);
        if (p.style == style && opening.test(f, p.length)) {
          return true;
        }
        break;
      }
    }
    return false;
  }

  /** How many lines after a unit's heading are looked through for the next heading of its numbering. */
  private static final int SIBLING_REACH = 12;

  /**
   * Whether the document gives its tasks unit by unit at {@code heading}'s level, and line {@code index}, its text from
   * {@code b}, is the heading's task: the heading is a unit's name alone by a strong suffix, as another heading of its
   * numbering is, before it or within a few lines after it ({@code 三、省委政法委 / 深入开展… / 四、省直机关工委 / 继续做好…});
   * no item numbered under the heading follows in its section (the paragraph would be a remark or background over
   * them); and the paragraph does not speak of the unit ({@code 该局整改工作推进较慢…}, {@code 市财政局是主管…的部门}).
   */
  static boolean paragraphIsUnitsTask(Outline outline, Item heading, String folded, int b, List<? extends Block> blocks,
      int index) {
    // (三、卫生所 / 在主席台南边设救护站…: an organ's name of weak suffix, among siblings named by strong ones)
    boolean organ = !namesUnitAlone(heading) && heading.headingIsName && heading.headingUnits != null
        && UnitLeadWords.isOrgan(Fold.trim(Fold.fold(heading.headingUnits.text())));
    if (!namesUnitAlone(heading) && !organ || folded.charAt(b) == '该') {
      return false;
    }
    String name = Fold.trim(Fold.fold(heading.headingUnits.text()));
    int after = b + name.length();
    if (folded.startsWith(name, b) && after < folded.length() && "是为".indexOf(folded.charAt(after)) >= 0) {
      return false;
    }
    boolean sibling = false;
    for (Item it : outline.items) {
      sibling |= it != heading && it.style == heading.style && namesUnitAlone(it);
    }
    for (int k = FlatCells.nextTextIndex(blocks, index + 1), seen = 0; k >= 0 && seen < SIBLING_REACH;
        k = FlatCells.nextTextIndex(blocks, k + 1), seen++) {
      String f = Fold.trim(((Line) blocks.get(k)).folded());
      Numbering.Prefix p = Numbering.of(f);
      if (p.style == heading.style) {
        String next = Fold.trim(f.substring(p.length));
        return sibling || !organ && AgencyNames.isStrongName(next.endsWith(":") ? next.substring(0, next.length() - 1) : next);
      }
      if (p.style != Numbering.NONE) {
        return false; // (一)… under the heading: its items, the paragraph their preamble
      }
    }
    return sibling;
  }

  /** Whether a heading is a unit's name alone by a strong suffix ({@code 四、省直机关工委}). */
  private static boolean namesUnitAlone(Item heading) {
    return heading.headingIsName && !heading.weakName && heading.headingUnits != null
        && AgencyNames.isStrongName(Fold.trim(Fold.fold(heading.headingUnits.text())));
  }
}
