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
package dev.mandate.parser;

import dev.mandate.model.Basis;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import java.util.List;
import java.util.stream.Collectors;

/** Compact test notation for a responsibility: 市教育局/LF (lead, first listed), /LM (marked), /LB (bold), /S. */
public final class Shown {
  private Shown() {}

  public static String of(Responsibility r) {
    String s = r.unit().name() + "/" + r.role().name().charAt(0);
    if (r.role() == Role.LEAD) {
      s += r.basis().get() == Basis.FIRST_LISTED ? "F" : r.basis().get() == Basis.MARKED ? "M" : "B";
    }
    return s;
  }

  /** A parser with the defaults, for the snippets of the tests that show what it reads. */
  private static final MandateParser PARSER = MandateParser.builder().build();

  /** {@link #measures(Document)} of {@code text} parsed with the defaults. */
  public static List<String> parsed(String text) {
    return measures(PARSER.parse(text));
  }

  /** "section / text | 市X局/LM 市Y局/S | targets | deadline" for each measure of a document. */
  public static List<String> measures(Document d) {
    return d.measures().stream().map(Shown::measure).collect(Collectors.toList());
  }

  /** "section / text | 市X局/LM 市Y局/S | targets | deadline" for one measure. */
  public static String measure(Measure m) {
    return (m.section().isEmpty() ? "" : String.join("/", m.section()) + " / ") + m.text() + " | "
        + m.responsibilities().stream().map(Shown::of).collect(Collectors.joining(" ")) + " | "
        + m.targets().stream().map(t -> t.text()).collect(Collectors.joining(" ")) + " | "
        + m.deadline().orElse("-");
  }
}
