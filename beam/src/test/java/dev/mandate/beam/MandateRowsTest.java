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
package dev.mandate.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;

/** The rows of the founding document, field by field, as its JSON gives them (seeds/linyi-2021-livelihood.txt). */
class MandateRowsTest {

  private static final Path SEED = Fixtures.resource("seeds/linyi-2021-livelihood.txt");
  private static final Document DOC = Fixtures.library(SEED);
  private static final String SOURCE = Fixtures.source(SEED);

  @Test
  void aMeasureRowHoldsItsIdSectionTextDeadlineAndLine() {
    List<Row> rows = MandateRows.measures(DOC);
    assertEquals(DOC.measures().size(), rows.size());
    Row first = rows.get(0);
    assertEquals(MandateRows.MEASURE, first.getSchema());
    assertEquals(SOURCE, first.getString("source"));
    assertEquals(1, first.getInt32("measure"));
    assertEquals(List.of(), List.copyOf(first.getArray("section")));
    assertEquals(DOC.measures().get(0).text(), first.getString("text"));
    assertNull(first.getString("deadline"));
    assertEquals(2, first.getInt32("line"));
  }

  @Test
  void responsibilitiesAreNumberedInTheOrderWrittenWithTheLeadsBasis() {
    List<Row> rows = MandateRows.responsibilities(DOC);
    assertEquals(DOC.measures().stream().mapToInt(m -> m.responsibilities().size()).sum(), rows.size());
    // 市民政局 leads measure 1 (first listed); 市残联, 市财政局, 各县区政府 and 开发区管委会 support it
    List<Row> first = rows.stream().filter(r -> r.getInt32("measure") == 1).toList();
    assertEquals(List.of("市民政局", "市残联", "市财政局", "各县区政府", "开发区管委会"),
        first.stream().map(r -> r.getString("unit")).toList());
    assertEquals(List.of(1, 2, 3, 4, 5), first.stream().map(r -> r.getInt32("responsibility")).toList());
    assertEquals("LEAD", first.get(0).getString("role"));
    assertEquals("FIRST_LISTED", first.get(0).getString("basis"));
    assertEquals("SUPPORT", first.get(1).getString("role"));
    assertNull(first.get(1).getString("basis"));
    assertNull(first.get(1).getString("alias"));
  }

  @Test
  void aTargetRowHoldsItsValueUnitComparatorChangeAndSpan() {
    List<Row> rows = MandateRows.targets(DOC);
    assertEquals(DOC.measures().stream().mapToInt(m -> m.targets().size()).sum(), rows.size());
    // 再提高10%: an increase by 10 %, at 63–66 of measure 1's text
    Row first = rows.get(0);
    assertEquals(SOURCE, first.getString("source"));
    assertEquals(1, first.getInt32("measure"));
    assertEquals(1, first.getInt32("target"));
    assertEquals("10%", first.getString("text"));
    assertEquals("困难群体救助保障标准", first.getString("subject"));
    assertEquals(0, new BigDecimal(10).compareTo(first.getDecimal("value")));
    assertNull(first.getDecimal("upper"));
    assertEquals("%", first.getString("unit"));
    assertEquals("EXACT", first.getString("comparator"));
    assertEquals("INCREASE_BY", first.getString("change"));
    assertEquals(63, first.getInt32("spanStart"));
    assertEquals(66, first.getInt32("spanEnd"));
    Measure m1 = DOC.measures().get(0);
    assertEquals("10%", m1.text().substring(first.getInt32("spanStart"), first.getInt32("spanEnd")));
  }

  @Test
  void everyRowSurvivesItsSchemasCoder() throws Exception {
    // what a runner does between steps: a row that its coder cannot carry would fail there, not here
    for (Row r : MandateRows.measures(DOC)) {
      assertEquals(r, CoderUtils.clone(RowCoder.of(MandateRows.MEASURE), r));
    }
    for (Row r : MandateRows.responsibilities(DOC)) {
      assertEquals(r, CoderUtils.clone(RowCoder.of(MandateRows.RESPONSIBILITY), r));
    }
    for (Row r : MandateRows.targets(DOC)) {
      assertEquals(r, CoderUtils.clone(RowCoder.of(MandateRows.TARGET), r));
    }
    Row failure = MandateRows.failure("a.pdf", "NOT_TEXT", "a.pdf: is a PDF");
    assertEquals(failure, CoderUtils.clone(RowCoder.of(MandateRows.FAILURE), failure));
  }
}
