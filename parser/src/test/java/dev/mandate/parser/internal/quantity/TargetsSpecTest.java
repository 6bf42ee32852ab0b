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
package dev.mandate.parser.internal.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Target;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Resources;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec is a test: every row of the tables in TARGETS.md (a copy in test resources), run through the whole
 * parser as a measure's text. Failures name the example.
 */
class TargetsSpecTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  /** The rows of the markdown table under {@code heading}, cells trimmed, header and rule rows skipped. */
  static List<String[]> table(String heading) {
    String md = Resources.text("spec/TARGETS.md");
    int at = md.indexOf(heading);
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : md.substring(at).split("\n")) {
      if (line.startsWith("|")) {
        inTable = true;
        String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        if (!cells[0].startsWith("---") && !cells[0].equals("text in the measure") && !cells[0].equals("kind")) {
          rows.add(cells);
        }
      } else if (inTable) {
        break;
      }
    }
    return rows;
  }

  static List<Target> targets(String measureText) {
    String doc = "具体措施: | " + measureText + " |\n责任单位: | 市教育局 |\n";
    return PARSER.parse(doc).measures().get(0).targets();
  }

  static Stream<Arguments> targetRows() {
    return table("## Targets").stream().map(r -> Arguments.of(r[0], r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targetRows")
  void targetsTable(String example, String[] row) {
    // "…" in the spec stands for words left out; read it as ordinary text
    String text = example.replace("…", "示范标准");
    List<Target> found = targets(text);
    String[] values = row[1].replaceAll(":.*", "").split("\\s*(,|and)\\s*");
    assertEquals(values.length, found.size(), example + " → " + found);
    for (int i = 0; i < values.length; i++) {
      Target t = found.get(i);
      assertEquals(0, new BigDecimal(values[i].strip()).compareTo(t.value()), example + " value: " + t);
      assertEquals(row[3], t.unit().orElse(""), example + " unit");
      if (values.length == 1) {
        assertEquals(row[2].isEmpty() ? null : new BigDecimal(row[2]), t.upper().orElse(null), example + " upper");
        assertEquals(row[4], t.comparator().name(), example + " comparator");
      }
      // every value has the row's change (a note in brackets after it says why)
      String change = row[5].replaceAll("\\s*\\(.*", "");
      assertEquals(change.isEmpty() ? null : change, t.change().map(Enum::name).orElse(null), example + " change");
      assertEquals(t.text(), text.substring(t.span().start(), t.span().end()), example + " span");
    }
  }

  static Stream<Arguments> notTargetRows() {
    List<Arguments> out = new ArrayList<>();
    for (String[] r : table("## Not targets")) {
      for (String ex : r[1].split(",\\s*")) {
        out.add(Arguments.of(r[0] + ": " + ex, ex));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTargetRows")
  void notTargetsTable(String name, String example) {
    assertTrue(targets(example).isEmpty(), example + " alone → " + targets(example));
    String inSentence = "全面落实" + example + "相关工作,确保取得实效。";
    assertTrue(targets(inSentence).isEmpty(), inSentence + " → " + targets(inSentence));
  }
}
