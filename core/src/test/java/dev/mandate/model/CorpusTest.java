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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Canonical names on units, and the corpus that counts agencies by them across documents. */
class CorpusTest {

  static Unit unit(String name, String canonical) {
    return Unit.builder().name(name).canonical(canonical).build();
  }

  static final Unit NDRC_SHORT = unit("市发改委", "市发展改革委");
  static final Unit NDRC_FULL = unit("市发展和改革委员会", "市发展改革委");
  static final Unit EDUCATION = Unit.of("市教育局");
  static final Unit FINANCE = Unit.of("市财政局");

  static Measure measure(int id, Responsibility... rs) {
    return Measure.builder().id(id).text("措施" + id).addResponsibilities(rs).build();
  }

  static Document document(String source, Measure... ms) {
    return Document.builder().source(source).addMeasures(ms).build();
  }

  static final Document A = document("a.txt",
      measure(1, Responsibility.lead(NDRC_SHORT, Basis.FIRST_LISTED), Responsibility.support(FINANCE)),
      measure(2, Responsibility.lead(EDUCATION, Basis.FIRST_LISTED), Responsibility.support(NDRC_SHORT)),
      measure(3, Responsibility.lead(FINANCE, Basis.MARKED)));
  static final Document B = document("b.txt",
      measure(1, Responsibility.lead(NDRC_FULL, Basis.MARKED), Responsibility.support(EDUCATION)),
      // the same agency twice in one measure, under two spellings: counted once, as lead
      measure(2, Responsibility.support(NDRC_SHORT), Responsibility.lead(NDRC_FULL, Basis.MARKED)));

  @Test
  void aUnitsCanonicalNameIsItsFullNameUnlessGiven() {
    assertEquals("市教育局", Unit.of("市教育局").canonical());
    assertEquals("市经贸委", Unit.builder().name("经贸委").restoredName("市经贸委").build().canonical());
    assertEquals("市发展改革委", NDRC_SHORT.canonical());
    assertNotEquals(Unit.of("市发改委"), NDRC_SHORT, "the canonical name is part of the value");
    assertThrows(IllegalArgumentException.class, () -> unit("市发改委", " "));
  }

  @Test
  void aMeasureTellsTheRoleOfAnAgencyByCanonicalName() {
    assertEquals(Optional.of(Role.LEAD), A.measures().get(0).role("市发展改革委"));
    assertEquals(Optional.of(Role.SUPPORT), A.measures().get(1).role("市发展改革委"));
    assertEquals(Optional.empty(), A.measures().get(2).role("市发展改革委"));
    assertEquals(Optional.of(Role.LEAD), B.measures().get(1).role("市发展改革委"), "lead wins over support");
    assertEquals(List.of(1), ids(B.measuresLedBy("市发展改革委").stream().limit(1).collect(Collectors.toList())));
    assertEquals(2, B.measuresLedBy("市发展改革委").size(), "a document finds leads by canonical name too");
  }

  private static List<Integer> ids(List<Measure> ms) {
    return ms.stream().map(Measure::id).collect(Collectors.toList());
  }

  @Test
  void theCorpusCountsEachAgencyOnceUnderItsCanonicalName() {
    Corpus c = Corpus.of(A, B);
    assertEquals(5, c.measures().size());
    List<Agency> agencies = c.agencies();
    // 市财政局 and 市教育局 both lead one and support one: the one named first comes first
    assertEquals(List.of("市发展改革委", "市财政局", "市教育局"),
        agencies.stream().map(Agency::canonical).collect(Collectors.toList()), "most leads first, then supports");
    Agency ndrc = c.agency("市发展改革委").orElseThrow();
    assertEquals(List.of("市发改委", "市发展和改革委员会"), ndrc.names());
    assertEquals(3, ndrc.leads());
    assertEquals(1, ndrc.supports());
    assertEquals(4, ndrc.measures());
    assertEquals(2, ndrc.documents());
    Agency finance = c.agency("市财政局").orElseThrow();
    assertEquals(1, finance.leads());
    assertEquals(1, finance.supports());
    assertEquals(1, finance.documents());
    assertEquals(Optional.empty(), c.agency("市发改委"), "agencies are looked up by canonical name");
  }

  @Test
  void theCorpusListsTheMeasuresAnAgencyLeadsAndSupportsAcrossDocuments() {
    Corpus c = Corpus.of(List.of(A, B));
    List<DocumentMeasure> led = c.measuresLedBy("市发展改革委");
    assertEquals(List.of("1.1", "2.1", "2.2"), refs(led));
    assertEquals(List.of("1.2"), refs(c.measuresSupportedBy("市发展改革委")));
    assertEquals(List.of("2.1"), refs(c.measuresSupportedBy("市教育局")));
    assertEquals(List.of(), c.measuresLedBy("市公安局"));
    assertTrue(led.get(1).document() == B);
    assertEquals(List.of("市发展改革委", "市财政局"),
        c.leadingAgencies(2).stream().map(Agency::canonical).collect(Collectors.toList()));
    assertEquals(3, c.leadingAgencies(10).size(), "only agencies that lead");
    assertThrows(IllegalArgumentException.class, () -> c.leadingAgencies(-1));
  }

  @Test
  void anEmptyCorpusHasNothing() {
    Corpus c = Corpus.of();
    assertEquals(List.of(), c.measures());
    assertEquals(List.of(), c.agencies());
  }

  private static List<String> refs(List<DocumentMeasure> ms) {
    return ms.stream().map(m -> m.documentNumber() + "." + m.measure().id()).collect(Collectors.toList());
  }
}
