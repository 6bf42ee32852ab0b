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

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.json.MandateJson;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.eval.GoldScore;
import dev.mandate.parser.eval.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

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
    Map<String, Object> gold = (Map<String, Object>) JsonTree.parse(Fixtures.text(Fixtures.SEED_GOLD));
    List<Object> measures = (List<Object>) gold.get("measures");
    for (int i = 0; i < measures.size(); i++) {
      List<Object> rs = (List<Object>) ((Map<String, Object>) measures.get(i)).get("responsibilities");
      for (int k = 0; k < rs.size(); k++) {
        ((Map<String, Object>) rs.get(k)).put("role", k == Converted.SEED_BOLD.get(i) ? "LEAD" : "SUPPORT");
      }
    }
    return gold;
  }

  static Object gold(String name, boolean bold) {
    if (name.equals(Converted.SEED)) {
      return bold ? seedGold() : JsonTree.parse(Fixtures.text(Fixtures.SEED_GOLD));
    }
    return JsonTree.parse(Fixtures.text("dev/" + name + ".gold.json"));
  }

  /** The scores of one rendering ({@code variant} "" or "-ruled") as {@code ext}: the founding document, the dev set. */
  static GoldScore[] score(String variant, String ext) throws IOException {
    GoldScore seed = new GoldScore();
    GoldScore dev = new GoldScore();
    for (String n : Converted.names()) {
      Path f = Converted.file(n + variant, ext);
      Document d = PARSER.parse(f);
      // text has no bold: the founding document's text copy is held to the gold of its text
      Object gold = gold(n, !ext.equals("txt"));
      (n.equals(Converted.SEED) ? seed : dev).add(n, gold, JsonTree.parse(MandateJson.toJson(d)));
    }
    return new GoldScore[] {seed, dev};
  }

  /** Every figure of both scores at 0.98 at least; all are printed, and all that fall short are named. */
  static void meetsTheBar(String what, GoldScore[] s) {
    meetsTheBar(what, s, true);
  }

  /** As {@link #meetsTheBar(String, GoldScore[])}; the dev set's leads held to the bar only if {@code devLeads}. */
  static void meetsTheBar(String what, GoldScore[] s, boolean devLeads) {
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      GoldScore g = s[i];
      String name = (i == 0 ? "founding document" : "dev set") + " as " + what;
      System.out.println(name + ": " + g);
      g.diffs.forEach(x -> System.out.println("  " + x));
      checks.add(() -> assertTrue(g.measuresF1() >= 0.98, name + " measures F1 " + g.measuresF1()));
      checks.add(() -> assertTrue(g.unitsF1() >= 0.98, name + " units F1 " + g.unitsF1()));
      if (i == 0 || devLeads) {
        checks.add(() -> assertTrue(g.leadAccuracy() >= 0.98, name + " lead accuracy " + g.leadAccuracy()));
      }
      checks.add(() -> assertTrue(g.targetsF1() >= 0.98, name + " targets F1 " + g.targetsF1()));
    }
    assertAll(what, checks);
  }

  @Test
  void pdfWithoutTableBordersParsesLikeTheText() throws IOException {
    meetsTheBar("PDF", score("", "pdf"));
  }

  @Test
  void pdfWithTableBordersParsesLikeTheText() throws IOException {
    meetsTheBar("PDF with rules", score("-ruled", "pdf"));
  }

  @Test
  void word97ParsesLikeTheText() throws IOException {
    meetsTheBar(".doc", score("", "doc"));
  }

  /**
   * A WPS file as Kingsoft Writer saves it today is Word 97's format under another name: the converted .doc files,
   * named {@code .wps}, parse as the text does (the reader goes by content; the name only names the file).
   */
  @Test
  void wpsInWordsFormatParsesLikeTheText(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    GoldScore seed = new GoldScore();
    GoldScore dev = new GoldScore();
    for (String n : Converted.names()) {
      Path wps = java.nio.file.Files.copy(Converted.file(n, "doc"), dir.resolve(n + ".wps"));
      Document d = PARSER.parse(wps);
      (n.equals(Converted.SEED) ? seed : dev).add(n, gold(n, true), JsonTree.parse(MandateJson.toJson(d)));
    }
    meetsTheBar(".wps (Word 97 inside)", new GoldScore[] {seed, dev});
  }

  /**
   * Text copied out of the PDFs as they are shown ({@code pdftotext -layout}: cells side by side, wrapped over lines,
   * names broken across them) reads as the text does. Plain text has no bold: the dev set's leads, which the gold
   * takes from bold the text copy lost, are printed, not held to the bar.
   */
  @Test
  void textCopiedOutOfThePdfParsesLikeTheText() throws IOException {
    meetsTheBar("text copied out of the PDF", score("", "txt"), false);
  }

  @Test
  void textCopiedOutOfThePdfWithRulesParsesLikeTheText() throws IOException {
    meetsTheBar("text copied out of the PDF with rules", score("-ruled", "txt"), false);
  }

  @Test
  void theConvertedFilesAreWhatTheyClaim() throws IOException {
    byte[] pdf = Files.readAllBytes(Converted.file(Converted.SEED, "pdf"));
    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
    byte[] doc = Files.readAllBytes(Converted.file(Converted.SEED, "doc"));
    assertTrue((doc[0] & 0xFF) == 0xD0 && (doc[1] & 0xFF) == 0xCF, "an OLE file");
  }
}
