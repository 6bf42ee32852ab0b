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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import dev.mandate.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The gold measures of the founding document, the dev set and the wild corpus, rendered again in every layout family
 * with vocabulary drawn wide (RenderedGold): whatever the layout, the parser reads back the same measures, units,
 * leads and targets.
 */
class RenderedGoldProperties {

  private static final MandateParser PARSER = MandateParser.builder().build();
  private static final List<RenderedGold.Measure> GOLD = RenderedGold.load();

  @Property(tries = 600)
  void everyFamilyReadsBackTheMeasures(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int count) {
    Random r = new Random(seed);
    List<RenderedGold.Measure> ms = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      ms.add(GOLD.get(r.nextInt(GOLD.size())));
    }
    RenderedGold.Family family = RenderedGold.Family.values()[r.nextInt(RenderedGold.Family.values().length)];
    String doc = family == RenderedGold.Family.HTML_TABLE ? RenderedGold.html(ms, r)
        : family == RenderedGold.Family.WORD_PAGE ? RenderedGold.wordPage(ms, r) : RenderedGold.render(ms, family, r);
    Document d = PARSER.parse(doc);
    String where = family + "\n" + doc;
    assertEquals(ms.size(), d.measures().size(), where);
    for (int k = 0; k < ms.size(); k++) {
      RenderedGold.Measure g = ms.get(k);
      Measure m = d.measures().get(k);
      assertEquals(g.text, m.text(), where);
      assertEquals(g.units(), m.responsibilities().stream().map(x -> x.unit().name()).collect(Collectors.toList()),
          where);
      assertEquals(g.leads, m.responsibilities().stream().filter(x -> x.role() == Role.LEAD)
          .map(x -> x.unit().name()).collect(Collectors.toList()), where);
      assertEquals(targets(alone(g.text)), targets(m), where);
    }
  }

  @Property(tries = 1)
  void theGoldHoldsEnoughMeasuresToDrawFrom() {
    assertTrue(GOLD.size() >= 100, "gold measures a layout can carry: " + GOLD.size());
  }

  /** The measure parsed alone, in the founding document's layout. */
  private static Measure alone(String text) {
    return PARSER.parse("具体措施: | " + text + " |\n责任单位: | 市教育局 |\n").measures().get(0);
  }

  private static List<String> targets(Measure m) {
    List<String> out = new ArrayList<>();
    for (Target t : m.targets()) {
      out.add(t.text() + "=" + t.value() + t.unit().orElse("") + "/" + t.comparator() + "/" + t.change().orElse(null));
    }
    return out;
  }
}
