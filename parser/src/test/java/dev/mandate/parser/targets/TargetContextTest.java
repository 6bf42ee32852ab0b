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
package dev.mandate.parser.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A user's extractor can be tested on a context made from a text alone. */
class TargetContextTest {

  @Test
  void aContextFromTextAloneReadsNumbersAndKnowsTheBuiltInUnits() {
    TargetContext c = TargetContext.of("新建改扩建中小学４８所");
    assertEquals("新建改扩建中小学48所", c.foldedText());
    assertEquals(1, c.measureId());
    assertEquals(Optional.empty(), c.source());
    assertTrue(c.unitsOfMeasure().contains("所"));
    NumberMatch n = c.numberAt(8).orElseThrow();
    assertEquals(new BigDecimal(48), n.value());
    assertEquals(10, n.end());
    assertEquals(Optional.empty(), c.numberAt(0));
  }

  @Test
  void aContextCarriesItsSectionAndSource() {
    TargetContext c = TargetContext.of("完成投资4.8万元", List.of("一、重点任务"), "plan.txt");
    assertEquals(List.of("一、重点任务"), c.section());
    assertEquals(Optional.of("plan.txt"), c.source());
    assertEquals(new BigDecimal(48000), c.numberAt(4).orElseThrow().value().stripTrailingZeros().setScale(0));
  }
}
