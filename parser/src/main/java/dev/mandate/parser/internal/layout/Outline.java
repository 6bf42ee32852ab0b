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

import dev.mandate.model.Diagnostic;
import dev.mandate.parser.internal.Diagnostics;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.responsibility.ResponsibilityReader;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * What the families have read so far, in document order: the items (measures, candidates, headings), the measure that
 * label lines attach to ({@link #current}), the numbered item whose text may still wrap onto the next lines, notes and
 * the title. The families write to it; {@link OutlineResolver} decides at the end which items are measures and which
 * headings. One instance per parse.
 */
final class Outline {

  private final Diagnostics diagnostics;
  final List<Item> items = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  /** Notes bracketed in unit lists, in the order read; they follow the document's own notes. */
  final List<String> clauseNotes = new ArrayList<>();
  /** The first table row of furniture that reads as a title: the title if no line before the measures is one. */
  private String furnitureTitle;
  /** Whether the source shows type for any unit list. */
  private boolean typed;
  /** The item that label lines and clauses attach to. */
  private Item current;

  /**
   * Whether the text is read as prose, cut into its sentences ({@link ProseSentences}): a sentence led by its unit is a
   * task then, alone too.
   */
  final boolean prose;

  Outline(Diagnostics diagnostics, boolean prose) {
    this.diagnostics = diagnostics;
    this.prose = prose;
  }

  Item current() {
    return current;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  boolean typed() {
    return typed;
  }

  String furnitureTitle() {
    return furnitureTitle;
  }

  /** Whether a row of furniture could still give the title: only the first that reads as one is kept. */
  boolean wantsFurnitureTitle() {
    return furnitureTitle == null;
  }

  void offerFurnitureTitle(String text) {
    if (furnitureTitle == null && Titles.isTitle(text)) {
      furnitureTitle = text;
    }
  }

  // ---- measures read whole (tables, labelled rows) ------------------------------------------------------------

  void addDirect(String body, Line line, int column) {
    if (body.isEmpty()) {
      return;
    }
    addDirect(new RawMeasure(body, line.number(), Math.max(1, column)));
  }

  void addDirect(RawMeasure m) {
    for (Clause c : m.clauses()) {
      learnFrom(c);
    }
    Item it = Item.direct(m);
    append(it, false);
    current = it;
    // a new measure ends a numbered item's text, as a new numbered item does: a label line after it is its own
    endContinuation();
    continuing = null;
  }

  /** A table row spanning the table ({@code 一、…}): a heading; label lines after it attach to nothing. */
  void addSpanningRow(Item it) {
    append(it, false);
    current = null;
  }

  // ---- clauses ------------------------------------------------------------------------------------------------

  void attach(String text, boolean[] bold, int lineNumber, int column) {
    attach(text, bold, lineNumber, column, Clause.Kind.GENERIC);
  }

  /** Attaches the clauses of {@code text} to the current measure; text before any label is of {@code kind}. */
  void attach(String text, boolean[] bold, int lineNumber, int column, Clause.Kind kind) {
    List<Clause> clauses = Labels.clauses(text, bold, kind, lineNumber, column);
    if (current == null) {
      if (!clauses.isEmpty()) {
        // a convention stated in a list before any measure still counts
        for (Clause c : clauses) {
          notes.addAll(ResponsibilityReader.notesIn(c.text()));
        }
        diagnostics.add(Diagnostic.Kind.ORPHAN_RESPONSIBILITY,
            "responsibility line with no measure before it: '" + Fold.trim(text) + "'", lineNumber, column);
      }
      return;
    }
    RawMeasure m = current.measure();
    addClauses(m, clauses);
    if (!current.direct && current.style != Numbering.NONE) {
      m.closingClause = true;
    }
  }

  /** Adds clauses to a measure: a deadline clause sets its deadline, the others its units. */
  void addClauses(RawMeasure m, List<Clause> clauses) {
    for (Clause c : clauses) {
      if (c.kind() == Clause.Kind.DEADLINE) {
        if (!c.text().isEmpty()) {
          m.deadline = c.text();
        }
      } else if (c.kind().namesUnits()) {
        Clause units = ClauseText.withoutTrailingDeadline(c, m);
        if (units != null) {
          m.addClause(units);
          learnFrom(units);
        }
      } else {
        m.addClause(c);
      }
    }
  }

  /** Attaches the cells' text, joined by spaces, with their bold where the source shows type. */
  void attachCells(List<Cell> cells, int number, Clause.Kind kind) {
    ClauseText joined = ClauseText.ofCells(cells);
    attach(joined.text, joined.bold, number, 1, kind);
  }

  /**
   * Learns what a unit list says about the whole document as it is added to a measure: a note bracketed in it
   * ({@code (以下均为牵头单位)}), and whether the source shows type. Read now, while the list is at hand, not in a pass
   * of its own over every measure once the text is read.
   */
  void learnFrom(Clause c) {
    typed |= c.hasType();
    // only the few lists with a bracket are read for one: the rest of the responsibility reader stays out of the
    // layout stage, and the JIT does not compile it a first time just for this
    if (Brackets.containsRoundOpen(c.text())) {
      clauseNotes.addAll(ResponsibilityReader.notesIn(c.text()));
    }
  }

  /**
   * Gives a clause to the last {@code count} items that have none (or, for {@link ProseAssignment#ALL}, to all of them
   * back to the last that has units): the numbered items of one numbering just before a sentence that assigns them.
   */
  void assignBack(int count, Clause clause) {
    Numbering style = null;
    int given = 0;
    for (int k = items.size() - 1; k >= 0 && (count == ProseAssignment.ALL || given < count); k--) {
      Item it = items.get(k);
      if (it.isPlain()) {
        continue;
      }
      if (it.direct || it.hasClauses() || it.style == Numbering.NONE || style != null && it.style != style) {
        break;
      }
      style = it.style;
      it.measure().addClause(clause);
      given++;
    }
    if (given > 0) {
      learnFrom(clause);
    } else {
      diagnostics.add(Diagnostic.Kind.ORPHAN_RESPONSIBILITY, "units assigned to items before them, but no item "
          + "without units is there: '" + clause.text() + "'", clause.line(), clause.column());
    }
  }

  // ---- candidates and the numbered item that may wrap ---------------------------------------------------------

  /** The numbered item whose text may go on over the next lines, until a label line or clause closes it. */
  private Item continuing;
  /** The lines read since {@link #continuing}, that may be the rest of its text: how many, and their text joined. */
  private int pendingLines;
  private StringBuilder pendingText;
  /** Those lines' items still among {@link #items} (most are let go as plain lines: see {@link #append}). */
  private final List<Item> pendingKept = new ArrayList<>();

  Item continuing() {
    return continuing;
  }

  /** Whether lines were read since the numbered item that may continue, that may be its text's rest. */
  boolean hasPending() {
    return pendingLines > 0;
  }

  /** Adds the item a line made; {@code [b, e)} of {@code text} is its body, which may continue the item above. */
  void addCandidate(Item it, String text, int b, int e) {
    if (it.style == Numbering.NONE && continuing != null && !it.hasClauses()) {
      // may be the wrapped rest of the numbered item above: decided by what follows
      if (pendingText == null) {
        pendingText = new StringBuilder();
      }
      pendingText.append(text, b, e);
      pendingLines++;
      append(it, true);
      pendingKept.add(it);
      return;
    }
    if (continuing != null && pendingLines > 0 && unitsLeadItsText(continuing) && pendingEndsSentence()) {
      // (一)市食安办负责,…制定宣传 / 方案,部署安排学习。 / (二)…: the lines up to the next item were the text's rest
      mergeContinuation(null);
    }
    append(it, false);
    current = it;
    endContinuation();
    continuing = it.style != Numbering.NONE && (!it.hasClauses() || unitsLeadItsText(it)) ? it : null;
  }

  /**
   * Whether a numbered item's units stand before its text on its line, or open it as its subject, and its text is not
   * ended ({@code (一)市食安办负责,深入宣传…制定宣传}, {@code 4、县直各单位要开展…整体水}): its text may wrap onto the next
   * lines, as an item's with no units does.
   */
  private static boolean unitsLeadItsText(Item it) {
    if (it.direct || !it.hasClauses()) {
      return false;
    }
    RawMeasure m = it.measure();
    String t = Fold.trim(Fold.fold(m.text()));
    if (t.isEmpty() || "。;!?:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return false;
    }
    for (Clause c : m.clauses()) {
      if (c.line() != m.line || c.column() > m.column) {
        return false;
      }
    }
    return true;
  }

  /** Whether the lines held as an item's possible rest end a sentence, as the item's text did not. */
  private boolean pendingEndsSentence() {
    String t = pendingText == null ? "" : Fold.trim(Fold.fold(pendingText.toString()));
    return !t.isEmpty() && "。;".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** A label line closes the numbered item above: the lines between were the rest of its text. */
  void closeContinuation() {
    if (continuing != null && pendingLines > 0) {
      if (LineShapes.isTopic(continuing) && pendingKept.size() == pendingLines
          && LineShapes.isHeadingOver(continuing, Fold.fold(pendingText.toString()), 0, pendingText.length())) {
        // 五、市容工程 / 第二届…期间,城市市容要达到…。 / 承办:…: a topic's heading over the paragraph the label's units
        // carry out, no heading wrapped onto a sentence
        paragraphUnderTopic(false);
        return;
      }
      mergeContinuation(null);
    }
    continuing = null;
  }

  /** The lines held after a topic's heading made one paragraph, the current item: the topic heads it. */
  private void paragraphUnderTopic(boolean cut) {
    int line = pendingKept.isEmpty() ? continuing.measure().line : pendingKept.get(0).measure().line;
    String paragraph = pendingText.toString();
    removeRecent(pendingKept);
    endContinuation();
    Item it = new Item(new RawMeasure(paragraph, line, 1), Numbering.NONE, Fold.trim(paragraph), false);
    it.cutParagraph = cut;
    append(it, false);
    current = it;
    continuing = null;
    paragraphsUnderTopics = true;
  }

  /**
   * The text has ended: a numbered item cut off in mid-sentence (the last of a page cut short, its units lost) takes
   * the lines that followed it, as its text wrapped onto them.
   */
  void endOfText() {
    if (continuing != null && pendingLines > 0 && paragraphsUnderTopics && LineShapes.isTopic(continuing)) {
      // (三)健全支撑体系 / 加强公共卫生体系建设…(cut): a topic over its paragraph, as the ones before, cut short
      paragraphUnderTopic(true);
      return;
    }
    if (continuing != null && pendingLines > 0) {
      String t = Fold.trim(Fold.fold(continuing.measure().text()));
      if (!t.endsWith("。") && !t.endsWith(";") && !t.endsWith("!") && !t.endsWith("?")) {
        mergeContinuation(null);
      }
    }
  }

  /** Whether a topic's heading has stood over a paragraph that is its task, with its clause (see {@link Items}). */
  private boolean paragraphsUnderTopics;

  /** A topic's heading stands over the paragraph that is its task: the numbered item above no longer continues. */
  void topicOverParagraph() {
    paragraphsUnderTopics = true;
    continuing = null;
  }

  /** The numbered item no longer continues (a clause or a plain line ended it). */
  void stopContinuing() {
    continuing = null;
  }

  /** Joins the lines that followed the numbered item (and {@code last}, if any) to its text. */
  void mergeContinuation(String last) {
    StringBuilder b = new StringBuilder(continuing.measure().text());
    if (pendingText != null) {
      b.append(pendingText);
    }
    removeRecent(pendingKept);
    if (last != null) {
      b.append(last);
    }
    continuing.measure().setText(b.toString());
    run.end();
    endContinuation();
    current = continuing;
  }

  /** Forgets the lines that might have continued the numbered item: they stay what they are, plain lines. */
  private void endContinuation() {
    pendingLines = 0;
    pendingText = null;
    pendingKept.clear();
  }

  /** The run of plain lines that ends the items so far, and what of it is kept (see {@link PlainRun}). */
  private final PlainRun run = new PlainRun(items, pendingKept);

  private void append(Item it, boolean pending) {
    run.append(it, pending);
  }

  /**
   * Removes these items, the last ones added (or nearly), from {@link #items}. Each is looked for from the end: a
   * search from the start (List.remove) made a long document of wrapped items take time quadratic in its length.
   */
  private void removeRecent(List<Item> recent) {
    for (int r = recent.size() - 1; r >= 0; r--) {
      Item p = recent.get(r);
      for (int k = items.size() - 1; k >= 0; k--) {
        if (items.get(k) == p) {
          items.remove(k);
          break;
        }
      }
    }
  }

  /** Marks every item so far as the cover letter's: a signature and its date end the letter. */
  void endLetter() {
    closeContinuation();
    for (Item it : items) {
      it.inLetter = true;
    }
  }
}
