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
package dev.mandate.examples.cli;

import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Target;
import dev.mandate.model.Unit;
import dev.mandate.model.UnitSummary;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A document summarised for a person at a terminal: counts, the units that lead most, the first measures. */
final class Summary {

  private Summary() {}

  static void print(Document doc, String name, PrintWriter w) {
    List<UnitSummary> units = doc.units();
    int targets = doc.measures().stream().mapToInt(m -> m.targets().size()).sum();
    w.printf("%s: %d measures, %d units, %d targets%n", name, doc.measures().size(), units.size(), targets);
    doc.title().ifPresent(t -> w.println("title: " + t));
    for (String n : doc.notes()) {
      w.println("note: " + n);
    }
    List<UnitSummary> leading = units.stream()
        .filter(u -> u.leads() > 0)
        .sorted(Comparator.comparingInt(UnitSummary::leads).reversed().thenComparing(UnitSummary::name))
        .limit(5)
        .collect(Collectors.toList());
    if (!leading.isEmpty()) {
      w.println();
      w.println("Units that lead most:");
      int width = leading.stream().mapToInt(u -> displayWidth(u.name())).max().orElse(0);
      for (UnitSummary u : leading) {
        w.printf("  %s  leads %2d, supports %2d%n", pad(u.name(), width), u.leads(), u.supports());
      }
    }
    if (!doc.measures().isEmpty()) {
      w.println();
      w.println("First measures:");
      for (Measure m : doc.measures().subList(0, Math.min(5, doc.measures().size()))) {
        String text = m.text().length() > 40 ? m.text().substring(0, 40) + "…" : m.text();
        String lead = m.leads().stream().map(Unit::name).collect(Collectors.joining("、"));
        String t = m.targets().stream().map(Target::text).collect(Collectors.joining(", "));
        w.printf("  %2d. %s%n      lead: %s%s%s%n", m.id(), text, lead.isEmpty() ? "(none)" : lead,
            t.isEmpty() ? "" : "; targets: " + t, m.deadline().map(d -> "; deadline: " + d).orElse(""));
      }
    }
    if (!doc.diagnostics().isEmpty()) {
      w.println();
      w.println(doc.diagnostics().size() + " diagnostic(s):");
      for (Diagnostic d : doc.diagnostics().subList(0, Math.min(5, doc.diagnostics().size()))) {
        w.println("  " + d);
      }
    }
    w.flush();
  }

  /**
   * The columns a string takes in a terminal: two for each wide char (Han, full-width forms, CJK punctuation), one for
   * the others; so that a column of Chinese names lines up.
   */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      w += isWide(c) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWide(int c) {
    return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
  }

  /** s padded with spaces to {@code width} columns. */
  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    for (int w = displayWidth(s); w < width; w++) {
      b.append(' ');
    }
    return b.toString();
  }
}
