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
package dev.mandate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.model.Document;
import dev.mandate.model.Target;
import dev.mandate.parser.MandateParser;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvestmentExtractorTest {

  private static final String DOC = "1.新建改扩建中小学48所,总投资5亿元。(责任单位:市教育局)\n";

  @Test
  void userExtractorRunsAndWinsOverTheBuiltInReadingOfTheSameWords() {
    Document doc = MandateParser.builder().extractor(new InvestmentExtractor()).build().parse(DOC);
    var targets = doc.measures().get(0).targets();
    assertEquals(2, targets.size(), targets.toString());
    Target money = targets.get(1);
    assertEquals("投资5亿元", money.text());
    assertEquals("投资", money.subject().orElseThrow());
    assertEquals(0, new BigDecimal("500000000").compareTo(money.value()));
    assertEquals(Optional.of("元"), money.unit());
    assertEquals("48所", targets.get(0).text()); // the built-in extractor still finds the rest
  }

  @Test
  void withoutTheUserExtractorTheBuiltInFindsTheSameNumberWithoutItsSubject() {
    Document doc = MandateParser.builder().build().parse(DOC);
    Target money = doc.measures().get(0).targets().get(1);
    assertEquals("5亿元", money.text());
    assertEquals(0, new BigDecimal("500000000").compareTo(money.value()));
  }
}
