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

/**
 * A line or row that may be a measure, a heading or furniture: decided once the whole text is seen
 * ({@link OutlineResolver}). A measure read from a table or labelled row is {@link #direct}: a measure whatever follows.
 */
final class Item {
  /** Its measure; for a line with no units (the second constructor), made when first asked for. */
  private RawMeasure measure;
  final Numbering style;
  /** The line's trimmed text; null while it is still {@code [fullStart, fullEnd)} of {@link #source}. */
  private String fullText;
  private String source;
  private int fullStart;
  private int fullEnd;
  final boolean direct;
  boolean isMeasure;
  boolean isHeading;
  /** A line led by its unit ({@code 区委宣传部:…}): a measure only beside others like it, a list by unit. */
  boolean unitLed;
  /**
   * Whether a line led by its unit hands it the task by 由 and a lead's role word before it ({@code 由市民政局牵头,开展…}):
   * an assignment even alone, where a name that opens a sentence ({@code 县水务局负责…}) is prose unless beside another.
   */
  boolean assignedBy;
  /**
   * Whether a later cell of its record stands for it ({@code 整改任务} read as the task, then {@code 整改措施} whose
   * measures are the record's tasks): neither a measure nor a heading.
   */
  boolean superseded;
  /**
   * Whether it is a paragraph under a topic's heading that the text cut off before its clause, where the document's
   * other such paragraphs carry theirs, or the last of a line's tasks each closed by its clause that has none: a
   * measure of no units, as the page left it.
   */
  boolean cutParagraph;
  /** Whether it stands in a cover letter before its signature (an agency's name and a date): no task of the plan. */
  boolean inLetter;
  /**
   * Whether its only units are the subject of the sentence after its topic (TopicSubject): a task only where the
   * document names its units no other way (OutlineResolver), else a paragraph of its aims or safeguards.
   */
  boolean subjectAfterTopic;
  /** Units a heading gives the items under it ({@code 一、县示范区管委会牵头工作}), or null. */
  dev.mandate.parser.internal.responsibility.Clause headingUnits;
  /**
   * Whether the heading is a unit's name and nothing more ({@code (一)市教育局:}): the name of whom the items are about
   * where the items state their own units ({@code 1. 市科技馆} over problems found there), else of who carries them.
   */
  boolean headingIsName;
  /**
   * Whether the heading's name is one only by a weak suffix ({@code (一)学院}, {@code (二)教务处}): its units go to the
   * items under it only where each opens with a unit's duty ({@code 1、负责…}).
   */
  boolean weakName;
  /**
   * Whether the item is a paragraph under a unit's heading that takes its units from it ({@code 三、省委政法委 / 深入开展…}):
   * the heading's units, not the item's own.
   */
  boolean unitsFromHeading;
  /**
   * Whether the item is the text of a duties label ({@code 职责:负责…}, {@code 工作职责:…}): the duties of the body its
   * heading names ({@code (一)组织摸排组 / 组长:… / 职责:…}), a weak name's too.
   */
  boolean dutiesLabel;
  /** Where the measure's text lies in the trimmed text, and where the line is: for a measure made when asked. */
  private int from;
  private int to;
  private int line;
  private int column;

  Item(RawMeasure measure, Numbering style, String fullText, boolean direct) {
    this.measure = measure;
    this.style = style;
    this.fullText = fullText;
    this.direct = direct;
  }

  /**
   * A line with no units yet: its trimmed text is {@code [fullStart, fullEnd)} of {@code source} (the input where the
   * line lies), its measure {@code [from, to)} of that. Both are made only if asked for: a numbered line may be a
   * measure until the text ends, and most of those in a text of short lines turn out headings or nothing; one object
   * a line, with no string of its own, held while the layout is decided.
   */
  Item(String source, int fullStart, int fullEnd, int from, int to, int line, int column, Numbering style) {
    this(null, style, null, false);
    this.source = source;
    this.fullStart = fullStart;
    this.fullEnd = fullEnd;
    this.from = from;
    this.to = to;
    this.line = line;
    this.column = column;
  }

  /** A measure read whole from a table or a labelled row. */
  static Item direct(RawMeasure m) {
    return new Item(m, Numbering.NONE, m.text(), true);
  }

  /** The trimmed text, kept once made: for what outlives the layout (headings, the title, the measure). */
  String fullText() {
    String t = fullText;
    if (t == null) {
      t = source.substring(fullStart, fullEnd);
      fullText = t;
      source = null;
    }
    return t;
  }

  /** The trimmed text, not kept if it was not already: for a look at it that most items fail. */
  String fullTextOnce() {
    return fullText != null ? fullText : source.substring(fullStart, fullEnd);
  }

  int fullLength() {
    return fullText != null ? fullText.length() : fullEnd - fullStart;
  }

  /** The measure's text, not made into a measure if it was not one already: for a look at it that most items fail. */
  String textOnce() {
    if (measure != null) {
      return measure.text();
    }
    return fullText != null ? fullText.substring(from, to) : source.substring(fullStart + from, fullStart + to);
  }

  /** The length of the measure's text, nothing made. */
  int textLength() {
    return measure != null ? measure.text().length() : to - from;
  }

  RawMeasure measure() {
    RawMeasure m = measure;
    if (m == null) {
      m = new RawMeasure(fullText().substring(from, to), line, column);
      measure = m;
    }
    return m;
  }

  boolean hasClauses() {
    return measure != null && measure.hasClauses();
  }

  /** A line with no numbering, no units and not read from a table: never a measure, at most a heading or title. */
  boolean isPlain() {
    return !direct && style == Numbering.NONE && !hasClauses();
  }

  @Override
  public String toString() {
    return (direct ? "direct " : "") + style + " " + fullTextOnce();
  }
}
