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

import dev.mandate.json.MandateJson;
import dev.mandate.model.Document;
import dev.mandate.parser.eval.GoldScore;
import dev.mandate.parser.eval.JsonTree;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * Whole documents against their gold, scored as the project's scorer does. The founding document must stay perfect;
 * the dev set (real fragments of other governments' documents, see dev/SOURCES.md) must stay above the bars of the
 * layouts issue. Figures are printed so a drop shows which document moved.
 */
class GoldFilesTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  static GoldScore score(String name, String txt, String gold) {
    Document doc = PARSER.parse(new ByteArrayInputStream(Resources.bytes(txt)), name + ".txt");
    GoldScore s = new GoldScore();
    s.add(name, JsonTree.parse(Resources.text(gold)), JsonTree.parse(MandateJson.toJson(doc)));
    return s;
  }

  @Test
  void foundingDocumentIsPerfectOnMeasuresUnitsAndLeads() {
    GoldScore s = score("linyi-2021-livelihood", Resources.SEED, Resources.SEED_GOLD);
    System.out.println("founding document: " + s);
    s.diffs.forEach(d -> System.out.println("  " + d));
    assertEquals(59, s.goldMeasures());
    assertEquals(1.0, s.measuresF1(), 1e-9, "measures F1");
    assertEquals(1.0, s.unitsF1(), 1e-9, "units F1");
    assertEquals(1.0, s.leadAccuracy(), 1e-9, "lead accuracy");
  }

  @Test
  void foundingDocumentTargetsMeetTheBar() {
    GoldScore s = score("linyi-2021-livelihood", Resources.SEED, Resources.SEED_GOLD);
    assertTrue(s.targetsF1() >= 0.98, "targets F1 " + s.targetsF1() + " < 0.98: " + s.diffs);
    assertEquals(1.0, s.comparatorAccuracy(), 1e-9, "comparator accuracy: " + s.diffs);
    assertEquals(1.0, s.changeAccuracy(), 1e-9, "change accuracy: " + s.diffs);
    assertEquals(1.0, s.upperAccuracy(), 1e-9, "upper accuracy: " + s.diffs);
    assertEquals(1.0, s.spanAccuracy(), 1e-9, "span accuracy: " + s.diffs);
  }

  /**
   * Subjects and deadlines are not scored by score.py; this keeps them from drifting: the share of matched targets
   * whose subject equals the gold's, and of measures whose deadline does, over the seed and the dev set.
   */
  @Test
  @SuppressWarnings("unchecked")
  void subjectsAndDeadlinesAgreeWithTheGold() {
    int subjects = 0;
    int targets = 0;
    int deadlines = 0;
    int measures = 0;
    java.util.List<String[]> docs = new java.util.ArrayList<>();
    docs.add(new String[] {Resources.SEED, Resources.SEED_GOLD});
    for (String d : Resources.DEV) {
      docs.add(new String[] {"dev/" + d + ".txt", "dev/" + d + ".gold.json"});
    }
    for (String[] doc : docs) {
      Document parsed = PARSER.parse(Resources.text(doc[0]));
      java.util.List<Object> gold = (java.util.List<Object>) ((java.util.Map<String, Object>)
          JsonTree.parse(Resources.text(doc[1]))).get("measures");
      assertEquals(gold.size(), parsed.measures().size(), doc[0]);
      for (int i = 0; i < gold.size(); i++) {
        java.util.Map<String, Object> g = (java.util.Map<String, Object>) gold.get(i);
        dev.mandate.model.Measure m = parsed.measures().get(i);
        measures++;
        if (java.util.Objects.equals(g.get("deadline"), m.deadline().orElse(null))) {
          deadlines++;
        }
        for (Object o : (java.util.List<Object>) g.get("targets")) {
          java.util.Map<String, Object> gt = (java.util.Map<String, Object>) o;
          String text = (String) gt.get("text");
          for (dev.mandate.model.Target t : m.targets()) {
            if (t.text().equals(text)) {
              targets++;
              subjects += java.util.Objects.equals(gt.get("subject"), t.subject().orElse(null)) ? 1 : 0;
              break;
            }
          }
        }
      }
    }
    System.out.printf("subjects %d/%d, deadlines %d/%d%n", subjects, targets, deadlines, measures);
    assertTrue(subjects >= 0.8 * targets, "subjects " + subjects + "/" + targets);
    assertTrue(deadlines >= 0.95 * measures, "deadlines " + deadlines + "/" + measures);
  }

  @Test
  void devSetMeetsTheBar() {
    GoldScore all = new GoldScore();
    for (String d : Resources.DEV) {
      GoldScore one = score(d, "dev/" + d + ".txt", "dev/" + d + ".gold.json");
      System.out.println(d + ": " + one);
      one.diffs.forEach(x -> System.out.println("  " + x));
      all.add(d, JsonTree.parse(Resources.text("dev/" + d + ".gold.json")),
          JsonTree.parse(MandateJson.toJson(PARSER.parse(new ByteArrayInputStream(
              Resources.bytes("dev/" + d + ".txt")), d + ".txt"))));
    }
    System.out.println("dev set: " + all);
    assertTrue(all.measuresF1() >= 0.95, "measures F1 " + all.measuresF1());
    assertTrue(all.unitsF1() >= 0.95, "units F1 " + all.unitsF1());
    assertTrue(all.leadAccuracy() >= 0.95, "lead accuracy " + all.leadAccuracy());
    assertTrue(all.targetsF1() >= 0.95, "targets F1 " + all.targetsF1());
  }
}
