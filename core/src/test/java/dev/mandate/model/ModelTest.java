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
package dev.mandate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  static final String TEXT = "新建改扩建中小学48所,就业率90%以上。";

  static Target target(String text, int start, String value) {
    return Target.builder().text(text).value(new BigDecimal(value)).unit("所").span(Span.of(start, start + text.length()))
        .build();
  }

  static Measure measure(int id, Responsibility... rs) {
    return Measure.builder().id(id).text(TEXT).responsibilities(Arrays.asList(rs)).build();
  }

  @Test
  void targetSpanMustSliceItsTextOutOfTheMeasure() {
    Target ok = target("48所", 8, "48");
    Measure m = Measure.builder().id(1).text(TEXT).addTargets(ok).build();
    assertEquals("48所", m.targets().get(0).span().slice(m.text()));
    Target wrong = target("48所", 7, "48");
    assertThrows(IllegalArgumentException.class, () -> Measure.builder().id(1).text(TEXT).addTargets(wrong).build());
    Target outside = target("48所", 40, "48");
    assertThrows(IllegalArgumentException.class, () -> Measure.builder().id(1).text(TEXT).addTargets(outside).build());
  }

  @Test
  void spanMustCoverTheTargetText() {
    assertThrows(IllegalArgumentException.class, () -> Target.builder().text("48所").value(BigDecimal.ONE).unit("所")
        .span(Span.of(8, 9)).build());
    assertThrows(IllegalArgumentException.class, () -> Span.of(3, 2));
    assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
  }

  @Test
  void upperMustNotBeBelowValueAndOnlyARangeHasOne() {
    Target.Builder b = Target.builder().text("2-3个").value(BigDecimal.valueOf(3)).unit("个").span(Span.of(0, 4))
        .comparator(Comparison.RANGE);
    assertThrows(IllegalArgumentException.class, () -> b.upper(BigDecimal.valueOf(2)).build());
    assertThrows(IllegalArgumentException.class, () -> Target.builder().text("2-3个").value(BigDecimal.ONE)
        .unit("个").span(Span.of(0, 4)).upper(BigDecimal.TEN).build());
    Target ok = Target.builder().text("2-3个").value(BigDecimal.valueOf(2)).upper(BigDecimal.valueOf(3)).unit("个")
        .span(Span.of(0, 4)).comparator(Comparison.RANGE).build();
    assertEquals(BigDecimal.valueOf(3), ok.upper().orElseThrow());
  }

  @Test
  void valuesAreKeptInTheirShortestExactFormSoEqualNumbersAreEqualTargets() {
    Target a = Target.builder().text("4.8万户").value(new BigDecimal("48000.0")).unit("户").span(Span.of(0, 5)).build();
    Target b = Target.builder().text("4.8万户").value(new BigDecimal("4.8E+4")).unit("户").span(Span.of(0, 5)).build();
    assertEquals(a, b);
    assertEquals("48000", a.value().toPlainString());
    assertEquals(0, a.value().scale());
  }

  @Test
  void idsRunOneToN() {
    Responsibility lead = Responsibility.lead(Unit.of("市教育局"), Basis.FIRST_LISTED);
    Document ok = Document.builder().addMeasures(measure(1, lead), measure(2, lead)).build();
    assertEquals(2, ok.measures().size());
    assertThrows(IllegalArgumentException.class,
        () -> Document.builder().addMeasures(measure(1, lead), measure(3, lead)).build());
    assertThrows(IllegalArgumentException.class, () -> Document.builder().addMeasures(measure(2, lead)).build());
  }

  @Test
  void collectionsRejectNullsAndBlankNames() {
    assertThrows(NullPointerException.class, () -> Document.builder().addNotes((String) null).build());
    assertThrows(NullPointerException.class,
        () -> Measure.builder().id(1).text("x").responsibilities(Arrays.asList((Responsibility) null)).build());
    assertThrows(IllegalArgumentException.class, () -> Unit.of(" "));
    assertThrows(IllegalArgumentException.class, () -> Measure.builder().id(1).text(" ").build());
  }

  @Test
  void aLeadHasABasisAndASupportHasNone() {
    assertThrows(IllegalArgumentException.class,
        () -> Responsibility.builder().unit(Unit.of("市教育局")).role(Role.LEAD).build());
    assertThrows(IllegalArgumentException.class, () -> Responsibility.builder().unit(Unit.of("市教育局"))
        .role(Role.SUPPORT).basis(Basis.MARKED).build());
  }

  @Test
  void conveniencesForLeadsSupportsAndUnits() {
    Unit edu = Unit.of("市教育局");
    Unit fin = Unit.builder().name("经贸委").restoredName("市经贸委").build();
    Unit front = Unit.builder().name("市委统战部").alias("市民族宗教局").build();
    Measure m1 = measure(1, Responsibility.lead(edu, Basis.MARKED), Responsibility.support(fin));
    Measure m2 = measure(2, Responsibility.lead(fin, Basis.MARKED), Responsibility.support(edu),
        Responsibility.support(front));
    Document d = Document.builder().addMeasures(m1, m2).build();
    assertEquals(List.of(edu), m1.leads());
    assertEquals(List.of(fin), m1.supports());
    assertEquals(List.of(m1), d.measuresLedBy("市教育局"));
    assertEquals(List.of(m2), d.measuresLedBy("市经贸委"), "restored names match");
    assertEquals(List.of(m2), d.measuresLedBy("经贸委"));
    assertTrue(d.measuresLedBy("市民族宗教局").isEmpty());
    List<UnitSummary> units = d.units();
    assertEquals(3, units.size());
    assertEquals("市教育局", units.get(0).name());
    assertEquals(1, units.get(0).leads());
    assertEquals(1, units.get(0).supports());
    assertEquals(2, units.get(0).measures());
    assertEquals("市委统战部", units.get(2).name());
    assertEquals(0, units.get(2).leads());
  }

  @Test
  void theGeneratedImplementationsAreNotPartOfTheApi() throws Exception {
    for (String type : List.of("Document", "Measure", "Unit", "Responsibility", "Target", "Span", "Diagnostic",
        "UnitSummary")) {
      Class<?> generated = Class.forName("dev.mandate.model.Immutable" + type);
      assertFalse(java.lang.reflect.Modifier.isPublic(generated.getModifiers()), generated + " is public");
      assertTrue(java.lang.reflect.Modifier.isPublic(Class.forName("dev.mandate.model." + type).getModifiers()));
    }
  }

  @Test
  void accessorsAreTypedByTheJdkNotByGuava() {
    for (Class<?> type : List.of(Document.class, Measure.class, Unit.class, Responsibility.class, Target.class,
        Diagnostic.class, Span.class, UnitSummary.class)) {
      for (java.lang.reflect.Method m : type.getMethods()) {
        String returned = m.getReturnType().getName();
        assertFalse(returned.startsWith("com.google.") || returned.startsWith("dev.mandate.model.Immutable"),
            type.getSimpleName() + "." + m.getName() + " returns " + returned);
      }
    }
  }

  @Test
  void anEmptyUnitOfMeasureIsNoUnit() {
    Target t = Target.builder().text("3").value(BigDecimal.valueOf(3)).unit("").span(Span.of(0, 1)).build();
    assertEquals(java.util.Optional.empty(), t.unit());
  }

  @Test
  void aDiagnosticIsPlacedOrNotAndItsCauseTakesNoPartInEquality() {
    Diagnostic at = Diagnostic.at(Diagnostic.Kind.MISSING_RESPONSIBILITY, "no unit", 3, 5);
    assertEquals("3:5: MISSING_RESPONSIBILITY: no unit", at.toString());
    assertEquals("NO_MEASURES: none", Diagnostic.of(Diagnostic.Kind.NO_MEASURES, "none").toString());
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.at(Diagnostic.Kind.NO_MEASURES, "x", 0, 1));
    Diagnostic withCause = Diagnostic.builder().from(at).cause(new IllegalStateException("boom")).build();
    assertEquals(at, withCause);
    assertEquals("boom", withCause.cause().orElseThrow().getMessage());
  }
}
