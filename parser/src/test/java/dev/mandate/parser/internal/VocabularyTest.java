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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Role;
import dev.mandate.model.Target;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.internal.layout.Columns;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.responsibility.LeadConvention;
import dev.mandate.parser.internal.responsibility.ResponsibilityReader;
import dev.mandate.parser.internal.quantity.UnitsOfMeasure;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules are data that tests itself: every example in every rules file reads as its entry says. */
class VocabularyTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  static Stream<Vocabulary.Entry> labels() {
    return Labels.vocabulary().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labels")
  void everyLabelExampleGetsItsKind(Vocabulary.Entry e) {
    List<Clause> clauses = Labels.clauses(e.example(), Clause.Kind.GENERIC, 1, 1);
    assertEquals(1, clauses.size(), e.toString());
    assertEquals(Clause.Kind.valueOf(e.kind()), clauses.get(0).kind(), e.toString());
    if (e.kind().equals("LEAD") || e.kind().equals("SUPPORT") || e.kind().equals("GENERIC")) {
      Role role = new ResponsibilityReader().read(clauses, LeadConvention.FIRST_LISTED, new Diagnostics(10))
          .responsibilities().get(0).role();
      assertEquals(e.kind().equals("SUPPORT") ? Role.SUPPORT : Role.LEAD, role, e.toString());
    }
  }

  static Stream<Vocabulary.Entry> columns() {
    return Columns.vocabulary().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("columns")
  void everyColumnExampleIsAHeaderWithThatColumn(Vocabulary.Entry e) {
    List<String> cells = Arrays.asList(e.example().split("\\|"));
    List<Columns.Kind> kinds = Columns.header(cells);
    assertTrue(kinds != null, "a header row: " + e);
    int at = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (dev.mandate.parser.internal.text.Fold.fold(cells.get(i)).equals(e.word())) {
        at = i;
      }
    }
    assertTrue(at >= 0, "the example names the column: " + e);
    assertEquals(Columns.Kind.valueOf(e.kind()), kinds.get(at), e.toString());
  }

  static Stream<Vocabulary.Entry> units() {
    return UnitsOfMeasure.builtIn().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("units")
  void everyUnitExampleIsOrIsNotATargetInThatUnit(Vocabulary.Entry e) {
    String doc = "具体措施: | " + e.example() + "。 |\n责任单位: | 市教育局 |\n";
    List<Target> ts = PARSER.parse(doc).measures().get(0).targets();
    if (e.kind().equals("TARGET")) {
      assertEquals(1, ts.size(), e + " → " + ts);
      assertEquals(e.word(), ts.get(0).unit().orElse(""), e.toString());
    } else {
      assertEquals("NOT", e.kind(), e.toString());
      assertTrue(ts.isEmpty(), e + " → " + ts);
    }
  }
}
