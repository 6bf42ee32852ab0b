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
package dev.mandate.parser.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Target;
import dev.mandate.parser.internal.layout.LayoutReader;
import dev.mandate.parser.internal.layout.RawDocument;
import dev.mandate.parser.internal.layout.RawMeasure;
import dev.mandate.parser.internal.responsibility.AgencyRegistry;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.GluedNames;
import dev.mandate.parser.internal.responsibility.LeadConvention;
import dev.mandate.parser.internal.responsibility.ResponsibilityReader;
import dev.mandate.parser.internal.responsibility.SharedUnits;
import dev.mandate.parser.internal.source.PinyinResidue;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Lines;
import dev.mandate.parser.internal.quantity.Deadlines;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.targets.TargetExtractor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the stages over one decoded text and assembles the {@link Document}: layout → responsibilities → targets.
 * Immutable and thread-safe; every call works on fresh state.
 */
public final class DocumentAssembler {

  private final ImmutableList<TargetExtractor> extractors;
  private final ImmutableSet<String> unitsOfMeasure;
  private final int maxDiagnostics;
  private final int maxLineLength;
  private final ResponsibilityReader responsibilities = new ResponsibilityReader();

  /**
   * @param extractors in the order they run; earlier findings win overlaps
   */
  public DocumentAssembler(List<TargetExtractor> extractors, Set<String> unitsOfMeasure, int maxDiagnostics,
      int maxLineLength) {
    this.extractors = ImmutableList.copyOf(extractors);
    this.unitsOfMeasure = ImmutableSet.copyOf(unitsOfMeasure);
    this.maxDiagnostics = maxDiagnostics;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Assembles a document from text, held in pieces that each end after a line break but the last. The list is
   * emptied: its lines hold the text from then on, and are let go once the layout has read them.
   */
  public Document assembleText(List<String> pieces, Optional<String> source, boolean malformed) {
    Diagnostics diagnostics = new Diagnostics(maxDiagnostics);
    Optional<PinyinResidue> residue = PinyinResidue.of(pieces);
    if (residue.isPresent()) {
      // 負(fù)責(zé): read without a converter's pinyin, the strings read given back as the text writes them
      pieces.clear();
      Document d = assemble(lines(residue.get().cleanedPieces(), diagnostics), source, malformed, diagnostics);
      return residue.get().restore(d);
    }
    return assemble(lines(pieces, diagnostics), source, malformed, diagnostics);
  }

  private List<Line> lines(List<String> pieces, Diagnostics diagnostics) {
    List<Line> lines = Lines.of(pieces, maxLineLength, diagnostics);
    pieces.clear();
    return lines;
  }

  /** Assembles a document from blocks read out of a structured source (HTML, Word, Excel). */
  public Document assemble(List<? extends Block> blocks, Optional<String> source, boolean malformed) {
    return assemble(blocks, source, malformed, new Diagnostics(maxDiagnostics));
  }

  private Document assemble(List<? extends Block> blocks, Optional<String> source, boolean malformed,
      Diagnostics diagnostics) {
    if (malformed) {
      diagnostics.add(Diagnostic.Kind.MALFORMED_INPUT,
          "the input has bytes that are not valid UTF-8 or GB18030; they were replaced with U+FFFD", 0, 0);
    }
    RawDocument raw = new LayoutReader(diagnostics).read(blocks);
    // read: the measures hold what they need of the text, and the lines or rows (all of the input) can go while the
    // measures are assembled; no caller keeps them
    blocks = null;

    Set<String> notes = new LinkedHashSet<>(raw.notes());
    LeadConvention convention = LeadConvention.FIRST_LISTED;
    for (String note : notes) {
      LeadConvention c = LeadConvention.of(Fold.fold(note));
      if (c != null) {
        convention = c;
        break;
      }
    }
    if (convention == LeadConvention.BOLD && !raw.measures().isEmpty() && !raw.typed()) {
      diagnostics.add(Diagnostic.Kind.NO_MARKED_LEAD,
          "the document says bold type marks the lead, but plain text carries no bold; the first listed unit of "
              + "each measure was taken as its lead", 0, 0);
    }

    List<Measure> measures = new ArrayList<>(raw.measures().size());
    // the same units recur in most measures: one instance per distinct unit and responsibility (less memory and GC)
    // one canonical name per agency; the document's title or file name may say which place its 市教育局 is of
    SharedUnits shared = new SharedUnits(AgencyRegistry.forDocument(Optional.ofNullable(raw.title()), source));
    LastRead last = new LastRead();
    int id = 0;
    for (RawMeasure m : raw.measures()) {
      if (m.text().isBlank()) {
        continue; // (一、，部门：厅部: a line of nothing but punctuation and a label; no task to keep
      }
      measures.add(measure(m, ++id, convention, shared, last, notes, source, diagnostics));
    }
    measures = GluedNames.split(measures, shared);
    if (measures.isEmpty()) {
      diagnostics.add(Diagnostic.Kind.NO_MEASURES,
          "no measure found: expected labelled rows (具体措施:/责任单位:), a table with 工作任务 and 责任单位 columns, "
              + "or numbered items with 牵头单位/责任单位 lines or clauses", 0, 0);
    }
    return Document.builder()
        .source(source)
        .title(Optional.ofNullable(raw.title()))
        .notes(notes)
        .measures(measures)
        .diagnostics(diagnostics.build())
        .build();
  }

  /**
   * One measure: its responsibilities, deadline and targets. A method of its own, not the body of the loop above:
   * the JIT then compiles it once, instead of compiling the loop on the stack late in a long document as well, which
   * held up every other compile of a cold run.
   */
  private Measure measure(RawMeasure m, int id, LeadConvention convention, SharedUnits shared, LastRead last,
      Set<String> notes, Optional<String> source, Diagnostics diagnostics) {
    ResponsibilityReader.Result r;
    if (last.sameClauses(m.clauses())) {
      // the clauses of the measure above, inherited (rows under a merged unit cell): read once, to the same effect
      r = last.result;
      diagnostics.replay(last.calls);
    } else {
      diagnostics.record();
      r = responsibilities.read(m.clauses(), convention, diagnostics, shared);
      last.clauses = m.clauses();
      last.result = r;
      last.calls = diagnostics.recorded();
    }
    notes.addAll(r.notes());
    ImmutableList<Responsibility> resp = r.responsibilities();
    if (resp.isEmpty()) {
      diagnostics.add(Diagnostic.Kind.MISSING_RESPONSIBILITY,
          "measure " + id + " has no responsible unit (expected a 责任单位 row, label or clause after it)",
          m.line(), m.column());
    }
    String folded = Fold.fold(m.text());
    MeasureContext ctx = new MeasureContext(m.text(), folded, id, m.section(), source, unitsOfMeasure);
    Optional<String> deadline = Optional.ofNullable(m.deadline()).filter(d -> !d.isBlank());
    if (deadline.isEmpty()) {
      deadline = Deadlines.first(m.text(), folded);
    }
    if (deadline.isEmpty() && m.closingTime() != null) {
      deadline = Deadlines.first(m.closingTime());
    }
    return Measure.builder()
        .id(id)
        .section(m.section())
        .text(m.text())
        .responsibilities(resp)
        .targets(targets(ctx, m, diagnostics))
        .deadline(deadline)
        .line(m.line())
        .build();
  }

  /**
   * The clauses last read, and what reading them gave. A measure that inherits its clauses (the rows under a merged
   * unit cell, items before a closing clause) has the very same clause objects as the one above; reading them again
   * for each would make the work grow with rows times units, which a few kilobytes of hostile input can make huge.
   */
  private static final class LastRead {
    List<Clause> clauses;
    ResponsibilityReader.Result result;
    List<Diagnostics.Call> calls;

    boolean sameClauses(List<Clause> next) {
      if (clauses == null || clauses.size() != next.size()) {
        return false;
      }
      for (int i = 0; i < next.size(); i++) {
        if (clauses.get(i) != next.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  private List<Target> targets(MeasureContext ctx, RawMeasure m, Diagnostics diagnostics) {
    // made when the first target is kept: most measures have none
    TreeMap<Integer, Target> kept = null;
    String text = ctx.text();
    for (TargetExtractor extractor : extractors) {
      List<Target> found;
      try {
        found = extractor.extract(ctx);
      } catch (RuntimeException e) {
        diagnostics.add(Diagnostic.Kind.EXTRACTOR_FAILED,
            extractor.getClass().getName() + " failed on measure " + ctx.measureId() + ": " + e,
            m.line(), m.column(), e);
        continue;
      }
      if (found == null) {
        continue;
      }
      for (Target t : found) {
        if (t == null) {
          continue;
        }
        int s = t.span().start();
        int e = t.span().end();
        if (e > text.length() || e - s != t.text().length() || !text.regionMatches(s, t.text(), 0, e - s)) {
          diagnostics.add(Diagnostic.Kind.EXTRACTOR_FAILED,
              extractor.getClass().getName() + " returned target '" + t.text() + "' at " + t.span()
                  + " that is not that part of measure " + ctx.measureId() + "'s text; dropped",
              m.line(), m.column());
          continue;
        }
        if (kept == null) {
          kept = new TreeMap<>();
        } else if (overlaps(kept, s, e)) {
          continue;
        }
        kept.put(s, t);
      }
    }
    return kept == null ? List.of() : new ArrayList<>(kept.values());
  }

  private static boolean overlaps(TreeMap<Integer, Target> kept, int s, int e) {
    Map.Entry<Integer, Target> before = kept.floorEntry(s);
    if (before != null && before.getValue().span().end() > s) {
      return true;
    }
    Map.Entry<Integer, Target> after = kept.ceilingEntry(s);
    return after != null && after.getKey() < e;
  }
}
