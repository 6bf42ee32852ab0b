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
    assertTrue(all.unitsF1() >= 0.93, "units F1 " + all.unitsF1());
    assertTrue(all.leadAccuracy() >= 0.93, "lead accuracy " + all.leadAccuracy());
    assertTrue(all.targetsF1() >= 0.90, "targets F1 " + all.targetsF1());
  }
}
