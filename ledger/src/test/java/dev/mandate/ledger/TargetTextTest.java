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
package dev.mandate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.model.Change;
import dev.mandate.model.Comparison;
import dev.mandate.model.Span;
import dev.mandate.model.Target;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets written back in Chinese, and deadlines grouped by month. */
class TargetTextTest {

  private static Target target(String value, String upper, String unit, Comparison cmp, Change change) {
    return Target.builder().text("x").value(new BigDecimal(value))
        .upper(Optional.ofNullable(upper).map(BigDecimal::new)).unit(unit).comparator(cmp)
        .change(Optional.ofNullable(change)).span(Span.of(0, 1)).build();
  }

  @Test
  void targetsAreWrittenAsAnOfficeWritesThem() {
    assertEquals("≥48所", TargetText.of(target("48", null, "所", Comparison.AT_LEAST, null)));
    assertEquals("提高10％", TargetText.of(target("10", null, "%", Comparison.EXACT, Change.INCREASE_BY)));
    assertEquals("提高到79元", TargetText.of(target("79", null, "元", Comparison.EXACT, Change.INCREASE_TO)));
    assertEquals("降低≤5％", TargetText.of(target("5", null, "%", Comparison.AT_MOST, Change.DECREASE_BY)));
    assertEquals("2-3个", TargetText.of(target("2", "3", "个", Comparison.RANGE, null)));
    assertEquals("约9万人", TargetText.of(target("90000", null, "人", Comparison.ABOUT, null)));
    assertEquals("≥4.8万户", TargetText.of(target("48000", null, "户", Comparison.AT_LEAST, null)));
    assertEquals("12345户", TargetText.of(target("12345", null, "户", Comparison.EXACT, null)));
    assertEquals("1.5亿元", TargetText.of(target("150000000", null, "元", Comparison.EXACT, null)));
    assertEquals("4.5", TargetText.of(target("4.50", null, "", Comparison.EXACT, null)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "6月底前, 6月",
      "2021年12月31日前, 2021年12月",
      "2022年3月, 2022年3月",
      "十二月底, 12月",
      "１０月底前, 10月",
      "年内, 年内",
      "年底前, 年内",
      "长期坚持, 其他",
      "'', 未写明",
      "13月, 其他",
  })
  void deadlinesFallInTheirMonth(String deadline, String month) {
    assertEquals(month, Deadlines.of(Optional.of(deadline)).label);
  }

  @Test
  void monthsSortByYearThenMonthThenTheBuckets() {
    assertEquals("[2021年6月, 2021年12月, 3月, 6月, 年内, 其他, 未写明]", Deadlines.count(java.util.List.of(
        Optional.of("年内"), Optional.empty(), Optional.of("6月底前"), Optional.of("2021年12月"), Optional.of("3月"),
        Optional.of("持续推进"), Optional.of("2021年6月30日"), Optional.of("年底前"))).keySet().toString());
  }
}
