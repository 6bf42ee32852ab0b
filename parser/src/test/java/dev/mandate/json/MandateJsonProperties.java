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
package dev.mandate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Basis;
import dev.mandate.model.Change;
import dev.mandate.model.Comparison;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Span;
import dev.mandate.model.Target;
import dev.mandate.model.Unit;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Resources;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** model → JSON → model is the same model; output is deterministic; bad JSON is a typed error. */
class MandateJsonProperties {

  private static final String CHARS = "市教育局财政卫健委新建学校所个人%元,、;()“”\"\\/\n\t 0123456789abc𠀀";

  private static String text(Random r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder();
    while (b.length() < n) {
      int i = r.nextInt(CHARS.length());
      char c = CHARS.charAt(i);
      if (Character.isHighSurrogate(c)) {
        b.append(c).append(CHARS.charAt(i + 1));
      } else if (!Character.isLowSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A random but valid document, built from a seed so jqwik can shrink and replay it. */
  static Document document(long seed) {
    Random r = new Random(seed);
    Document.Builder d = Document.builder();
    if (r.nextBoolean()) {
      d.source(text(r, 1, 10));
    }
    if (r.nextBoolean()) {
      d.title(text(r, 1, 20));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      d.addNotes(text(r, 0, 10));
    }
    int measures = r.nextInt(5);
    for (int id = 1; id <= measures; id++) {
      String t = text(r, 1, 40);
      Measure.Builder m = Measure.builder().id(id).text(t.isBlank() ? "x" + t : t);
      String mt = t.isBlank() ? "x" + t : t;
      for (int i = r.nextInt(3); i > 0; i--) {
        m.addSection(text(r, 1, 10));
      }
      for (int i = r.nextInt(4); i >= 0; i--) {
        String name = "单位" + text(r, 1, 6);
        Unit.Builder u = Unit.builder().name(name);
        if (r.nextInt(4) == 0) {
          u.alias("别名" + text(r, 1, 4));
        }
        if (r.nextInt(4) == 0) {
          u.restoredName("市" + name);
        }
        m.addResponsibilities(r.nextBoolean() ? Responsibility.lead(u.build(), Basis.values()[r.nextInt(3)])
            : Responsibility.support(u.build()));
      }
      int at = 0;
      while (at < mt.length() && r.nextInt(3) > 0) {
        int start = at + r.nextInt(Math.max(1, (mt.length() - at) / 2));
        int end = Math.min(mt.length(), start + 1 + r.nextInt(4));
        if (start >= end || Character.isLowSurrogate(mt.charAt(start))
            || end < mt.length() && Character.isLowSurrogate(mt.charAt(end))) {
          break;
        }
        BigDecimal v = BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4));
        Target.Builder tb = Target.builder().text(mt.substring(start, end)).value(v).unit(text(r, 0, 3))
            .span(Span.of(start, end));
        if (r.nextInt(3) == 0) {
          tb.comparator(Comparison.RANGE).upper(v.add(BigDecimal.valueOf(r.nextInt(1000))));
        } else {
          tb.comparator(Comparison.values()[r.nextInt(4)]);
        }
        if (r.nextBoolean()) {
          tb.change(Change.values()[r.nextInt(4)]);
        }
        if (r.nextBoolean()) {
          tb.subject(text(r, 0, 8));
        }
        m.addTargets(tb.build());
        at = end;
      }
      if (r.nextBoolean()) {
        m.deadline("年底前");
      }
      if (r.nextBoolean()) {
        m.line(1 + r.nextInt(1000));
      }
      d.addMeasures(m.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      Diagnostic.Kind kind = Diagnostic.Kind.values()[r.nextInt(Diagnostic.Kind.values().length)];
      String message = text(r, 0, 20);
      d.addDiagnostics(r.nextBoolean() ? Diagnostic.of(kind, message)
          : Diagnostic.at(kind, message, 1 + r.nextInt(100), 1 + r.nextInt(100)));
    }
    return d.build();
  }

  @Property(tries = 1000)
  void modelToJsonToModelIsTheSameModel(@ForAll long seed) {
    Document doc = document(seed);
    String json = MandateJson.toJson(doc);
    Document back = MandateJson.fromJson(json);
    assertEquals(doc, back);
    assertEquals(json, MandateJson.toJson(back), "deterministic");
  }

  @Example
  void realDocumentsRoundTripAndAreDeterministic() {
    MandateParser p = MandateParser.builder().build();
    List<String> inputs = new ArrayList<>(List.of(Resources.SEED));
    for (String d : Resources.DEV) {
      inputs.add("dev/" + d + ".txt");
    }
    for (String in : inputs) {
      Document doc = p.parse(Resources.text(in), in);
      String json = MandateJson.toJson(doc);
      assertEquals(doc, MandateJson.fromJson(json), in);
      assertEquals(json, MandateJson.toJson(p.parse(Resources.text(in), in)), in + " twice, same bytes");
    }
  }

  @Example
  void numbersAreJsonNumbersInPlainNotation() {
    Document doc = MandateParser.builder().build().parse("具体措施: | 新增就业9万人,改造4.8万户以上。 |\n责任单位: | 市人社局 |\n");
    String json = MandateJson.toJson(doc);
    assertTrue(json.contains("\"value\": 90000,"), json);
    assertTrue(json.contains("\"value\": 48000,"), json);
    assertTrue(json.contains("\"upper\": null"), json);
  }

  @Example
  void eachResponsibilityTargetAndDiagnosticIsOneLineAndEachMeasureFieldItsOwn() {
    Document doc = MandateParser.builder().build().parse(
        "具体措施: | 新增就业9万人,改造4.8万户以上。 |\n责任单位: | 市人社局、市住建局 |\n具体措施: | 做好就业工作。 |\n");
    List<String> lines = MandateJson.toJson(doc).lines().collect(Collectors.toList());
    // canonical on every responsibility: one name per agency, the abbreviation written out
    assertTrue(lines.contains("        {\"unit\": \"市人社局\", \"role\": \"LEAD\", \"basis\": \"FIRST_LISTED\", "
        + "\"canonical\": \"市人力资源社会保障局\"},"), lines::toString);
    assertTrue(lines.contains("        {\"unit\": \"市住建局\", \"role\": \"SUPPORT\", \"canonical\": \"市住房城乡建设局\"}"),
        lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("        {\"text\": \"9万人\", ") && l.endsWith("\"span\": [4, 7]},")),
        lines::toString);
    assertTrue(lines.contains("      \"section\": [],"), lines::toString);
    assertTrue(lines.contains("      \"targets\": [],"), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("    {\"kind\": \"MISSING_RESPONSIBILITY\", ") && l.endsWith("}")),
        lines::toString);
    assertEquals("}", lines.get(lines.size() - 1));
    assertEquals(doc, MandateJson.fromJson(String.join("\n", lines)));
  }

  @Example
  void badJsonIsATypedErrorWithAPosition() {
    MandateException a = assertThrows(MandateException.class, () -> MandateJson.fromJson("{\"format\": "));
    assertEquals(MandateException.Kind.INVALID_JSON, a.kind());
    assertTrue(a.getMessage().contains("line"), a.getMessage());
    assertEquals(MandateException.Kind.INVALID_JSON,
        assertThrows(MandateException.class, () -> MandateJson.fromJson("{\"format\": \"other/2\"}")).kind());
    assertEquals(MandateException.Kind.INVALID_JSON, assertThrows(MandateException.class, () ->
        MandateJson.fromJson("{\"format\":\"mandate/1\",\"measures\":[{\"id\":2,\"text\":\"x\"}]}")).kind());
    assertEquals(MandateException.Kind.INVALID_JSON, assertThrows(MandateException.class, () ->
        MandateJson.fromJson("[" .repeat(10_000))).kind());
  }

  @Example
  void unknownFieldsAreIgnored() {
    Document d = MandateJson.fromJson("{\"format\":\"mandate/1\",\"extra\":{\"a\":[1,2]},\"measures\":[{\"id\":1,"
        + "\"text\":\"x\",\"more\":true,\"responsibilities\":[{\"unit\":\"市X局\",\"role\":\"LEAD\","
        + "\"basis\":\"MARKED\",\"alt\":[\"y\"]}],\"targets\":[],\"deadline\":null}]}");
    assertEquals("市X局", d.measures().get(0).leads().get(0).name());
    assertEquals(Optional.empty(), d.source());
  }
}
