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
package dev.mandate.office;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.json.MandateJson;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Resources;
import dev.mandate.parser.eval.GoldScore;
import dev.mandate.parser.eval.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The founding document and the dev set, rendered to {@code .docx} and converted by LibreOffice to PDF (with and
 * without table borders) and {@code .doc}, parse to the measures, units, leads (by bold) and targets of their gold:
 * at least 0.98 on every figure of the scorer, as their text does.
 */
class ConvertedDocumentsTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  /** The founding document's gold with the leads it was rendered with: the bold unit of each measure. */
  @SuppressWarnings("unchecked")
  static Object seedGold() {
    Converted.file(Converted.SEED, "pdf"); // renders it, which sets the bold units
    Map<String, Object> gold = (Map<String, Object>) JsonTree.parse(Resources.text(Resources.SEED_GOLD));
    List<Object> measures = (List<Object>) gold.get("measures");
    for (int i = 0; i < measures.size(); i++) {
      List<Object> rs = (List<Object>) ((Map<String, Object>) measures.get(i)).get("responsibilities");
      for (int k = 0; k < rs.size(); k++) {
        ((Map<String, Object>) rs.get(k)).put("role", k == Converted.SEED_BOLD.get(i) ? "LEAD" : "SUPPORT");
      }
    }
    return gold;
  }

  static Object gold(String name) {
    return name.equals(Converted.SEED) ? seedGold() : JsonTree.parse(Resources.text("dev/" + name + ".gold.json"));
  }

  /** The scores of one rendering ({@code variant} "" or "-ruled") as {@code ext}: the founding document, the dev set. */
  static GoldScore[] score(String variant, String ext) throws IOException {
    GoldScore seed = new GoldScore();
    GoldScore dev = new GoldScore();
    for (String n : Converted.names()) {
      Path f = Converted.file(n + variant, ext);
      Document d = PARSER.parse(f);
      (n.equals(Converted.SEED) ? seed : dev).add(n, gold(n), JsonTree.parse(MandateJson.toJson(d)));
    }
    return new GoldScore[] {seed, dev};
  }

  private static void meetsTheBar(String what, GoldScore s) {
    System.out.println(what + ": " + s);
    s.diffs.forEach(x -> System.out.println("  " + x));
    assertTrue(s.measuresF1() >= 0.98, what + " measures F1 " + s.measuresF1());
    assertTrue(s.unitsF1() >= 0.98, what + " units F1 " + s.unitsF1());
    assertTrue(s.leadAccuracy() >= 0.98, what + " lead accuracy " + s.leadAccuracy());
    assertTrue(s.targetsF1() >= 0.98, what + " targets F1 " + s.targetsF1());
  }

  @Test
  void pdfWithoutTableBordersParsesLikeTheText() throws IOException {
    GoldScore[] s = score("", "pdf");
    meetsTheBar("founding document as PDF", s[0]);
    meetsTheBar("dev set as PDF", s[1]);
  }

  @Test
  void pdfWithTableBordersParsesLikeTheText() throws IOException {
    GoldScore[] s = score("-ruled", "pdf");
    meetsTheBar("founding document as PDF with rules", s[0]);
    meetsTheBar("dev set as PDF with rules", s[1]);
  }

  @Test
  void word97ParsesLikeTheText() throws IOException {
    GoldScore[] s = score("", "doc");
    meetsTheBar("founding document as .doc", s[0]);
    meetsTheBar("dev set as .doc", s[1]);
  }

  @Test
  void theConvertedFilesAreWhatTheyClaim() throws IOException {
    byte[] pdf = Files.readAllBytes(Converted.file(Converted.SEED, "pdf"));
    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
    byte[] doc = Files.readAllBytes(Converted.file(Converted.SEED, "doc"));
    assertTrue((doc[0] & 0xFF) == 0xD0 && (doc[1] & 0xFF) == 0xCF, "an OLE file");
  }
}
