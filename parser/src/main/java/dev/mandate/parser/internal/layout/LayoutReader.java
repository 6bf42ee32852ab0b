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
import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Row;
import dev.mandate.parser.internal.text.Fold;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the layout of a document, block by block, and produces its raw measures. Each layout family is read by
 * a class of its own; real documents mix them, so every block is offered to the families in turn, the first that
 * reads it wins, and what none reads is an item ({@link Items}). {@link OutlineResolver} then decides which items are
 * measures and which headings. A text in which no family finds a task is read once more, cut into its sentences
 * ({@link ProseSentences}): a report in prose gives its tasks in sentences that name their units. One instance per
 * parse.
 */
public final class LayoutReader {

  private final Diagnostics diagnostics;

  public LayoutReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public RawDocument read(List<? extends Block> source) {
    // a table copied with its layout is read back into rows before wrapped paragraphs are joined: its wrapped
    // lines stand at their columns, which joining would lose
    List<Block> blocks = RunOnLines.of(GluedTables.of(TrailingHeaders.of(PageChunks.join(OpenClauses.join(
        WrappedLines.join(LaidOutColumns.of(CountedSteps.of(GluedNumbers.of(cellLines(BrokenHeaders.join(PipeLedRows.join(
        PipeTrailedRows.join(CopyJunk.of(source))))))))))))));
    if (blocks.size() > ProseSentences.MAX_LINES) {
      return read(blocks, diagnostics, false);
    }
    // a first reading whose findings count only if it finds a task: a text of none is read again as prose
    Diagnostics first = diagnostics.scratch();
    first.record();
    RawDocument raw = read(blocks, first, false);
    List<Diagnostics.Call> calls = first.recorded();
    if (hasTask(raw)) {
      diagnostics.replay(calls);
      return raw;
    }
    Diagnostics prose = diagnostics.scratch();
    prose.record();
    RawDocument sentences = read(ProseSentences.of(blocks), prose, true);
    if (!hasTask(sentences)) {
      diagnostics.replay(calls);
      return raw;
    }
    diagnostics.add(Diagnostic.Kind.READ_AS_PROSE, "no table, labelled rows or numbered items with units were found; "
        + "the measures were read from sentences that name their units (由X牵头, X负责…), and may be less complete", 0, 0);
    diagnostics.replay(prose.recorded());
    return sentences;
  }

  private static boolean hasTask(RawDocument raw) {
    for (RawMeasure m : raw.measures()) {
      if (!m.text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** One reading of the blocks, by a fresh set of the layout families. */
  private static RawDocument read(List<Block> blocks, Diagnostics diagnostics, boolean prose) {
    Outline outline = new Outline(diagnostics, prose);
    Tables tables = new Tables(outline);
    FlatTables flatTables = new FlatTables(outline);
    TransposedTables transposedTables = new TransposedTables(outline);
    LoneLabels loneLabels = new LoneLabels(outline);
    LabelLines labelLines = new LabelLines(outline);
    RecordFields recordFields = new RecordFields(outline);
    Items items = new Items(outline);
    int lastText = blocks.size() - 1;
    while (lastText >= 0 && blocks.get(lastText) instanceof Line && ((Line) blocks.get(lastText)).isBlank()) {
      lastText--;
    }
    // whether the last line with text was page furniture: a short label line right after it is too (名称:, 文号:)
    boolean afterFurniture = false;
    // whether the document has read 主办单位: as a label of its tasks (no site's credit then, unless beside 承办)
    boolean creditsLabel = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block instanceof Row) {
        tables.row((Row) block);
        continue;
      }
      Line line = (Line) block;
      if (line.isBlank() || tables.line(line, i == lastText)) {
        continue;
      }
      tables.end();
      String t = Fold.trim(line.folded());
      boolean furniture = Furniture.isLine(t) || Furniture.isSiteCredit(blocks, i, t, creditsLabel)
          || afterFurniture && Furniture.isMetadataLike(t);
      afterFurniture = furniture;
      if (furniture) {
        continue; // page furniture: neither measure, unit nor label
      }
      creditsLabel |= Furniture.startsWithCredit(t);
      if (Cells.isSignatureDate(t) && signedBefore(blocks, i)) {
        outline.endLetter(); // 蔡甸区人民政府办公室 / 2023年1月3日: what came before is the cover letter
        continue;
      }
      int last = flatTables.read(blocks, i, t);
      if (last < 0) {
        last = transposedTables.read(blocks, i, t);
      }
      if (last < 0) {
        last = loneLabels.read(blocks, i, t);
      }
      if (last < 0) {
        last = recordFields.read(blocks, line, i);
      }
      if (last < 0) {
        last = labelLines.read(blocks, line, i, t);
      }
      if (last >= 0) {
        i = last;
      } else {
        items.read(line, i == lastText, blocks, i);
      }
    }
    labelLines.end();
    outline.endOfText();
    return OutlineResolver.resolve(outline);
  }

  /** Whether the line before line {@code i} with text is an agency's name alone: a letter's signature. */
  private static boolean signedBefore(List<Block> blocks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (blocks.get(k) instanceof Line && !((Line) blocks.get(k)).isBlank()) {
        String t = Fold.trim(((Line) blocks.get(k)).folded());
        return t.length() <= 30 && AgencyNames.isName(t);
      }
    }
    return false;
  }

  /** Block {@code i}, a line seen without the pipes around its one cell (the line before it tells of a header's). */
  private static Block withoutEdgePipes(List<? extends Block> blocks, int i) {
    Block b = blocks.get(i);
    if (!(b instanceof Line)) {
      return b;
    }
    Block before = i > 0 ? blocks.get(i - 1) : null;
    if (((Line) b).foldedContains('|', false) && TableShapes.isHeadingNumbered(((Line) b).folded())
        && before instanceof Line && hasInnerPipe((Line) before)) {
      // 一、体系建设 | after a row of cells: a row spanning the table, not a cell of a table flattened (a page's title
      // with a pipe after it, under its metadata's row, is no row)
      return b;
    }
    boolean afterCell = before instanceof Line && ((Line) before).withoutEdgePipes() != before
        && !((Line) before).withoutEdgePipes().isBlank();
    return ((Line) b).withoutEdgePipes(afterCell);
  }

  /** Whether a line has a pipe between two cells' text: a row of a table written with pipes. */
  private static boolean hasInnerPipe(Line line) {
    String f = line.folded();
    int first = -1;
    int last = -1;
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c != '|' && !Fold.isSpace(c)) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    for (int k = first + 1; first >= 0 && k < last; k++) {
      if (f.charAt(k) == '|') {
        return true;
      }
    }
    return false;
  }

  /** The most blocks held as objects; past it they stay a view, one made when asked for (see Lines). */
  private static final int HELD = 1 << 16;

  /**
   * The blocks, each line that is one cell with pipes around it ({@code 序号 |}, {@code ||}) seen without them: a table
   * flattened one cell a line with its pipes kept reads as one flattened without. A document of up to {@link #HELD}
   * blocks is held as its lines, each made once (the families look ahead, and a line folds itself once); a longer one
   * is a view, each line made when asked for, so that a text of millions of short lines takes no object a line.
   */
  private static List<Block> cellLines(List<? extends Block> blocks) {
    if (blocks.size() <= HELD) {
      List<Block> held = new ArrayList<>(blocks.size());
      for (int i = 0; i < blocks.size(); i++) {
        held.add(withoutEdgePipes(blocks, i));
      }
      return held;
    }
    return new AbstractList<Block>() {
      @Override
      public Block get(int index) {
        return withoutEdgePipes(blocks, index);
      }

      @Override
      public int size() {
        return blocks.size();
      }
    };
  }
}
