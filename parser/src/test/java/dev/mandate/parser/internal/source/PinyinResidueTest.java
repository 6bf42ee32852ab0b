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
package dev.mandate.parser.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Target;
import dev.mandate.parser.MandateParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** wild w205, w164, w270: a converter's pinyin after characters of a traditional page. */
class PinyinResidueTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  @Test
  void aTextWithResidueIsReadWithoutItAndGivenBackWithIt() {
    Document d = PARSER.parse("主要預(yù)期目標(biāo)完成良好\n"
        + "國內(nèi)生產(chǎn)總值增長6.5%—7%。這項(xiàng)工作由國家發(fā)展改革委負(fù)責(zé),去年增長6.7%。\n"
        + "城鎮(zhèn)新增就業(yè)1000萬人以上。這項(xiàng)工作由人社部負(fù)責(zé),去年新增就業(yè)1314萬人。\n");
    assertEquals(2, d.measures().size());
    Measure first = d.measures().get(0);
    assertEquals("國內(nèi)生產(chǎn)總值增長6.5%—7%。", first.text());
    assertEquals("國家發(fā)展改革委", first.responsibilities().get(0).unit().name());
    Measure second = d.measures().get(1);
    assertEquals("城鎮(zhèn)新增就業(yè)1000萬人以上。", second.text());
    assertEquals("人社部", second.responsibilities().get(0).unit().name());
    for (Measure m : d.measures()) {
      for (Target t : m.targets()) {
        assertEquals(t.text(), t.span().slice(m.text()), "a target's span in its measure's text as written");
      }
    }
    assertEquals("1000萬人以上", second.targets().get(0).text());
  }

  /** Found by a blind review: a measure whose text the reading joined from two lines is given back too. */
  @Test
  void aTextJoinedFromLinesIsGivenBackWithItsResidue() {
    Document d = PARSER.parse("1.推進(jìn)城鎮(zhèn)老舊小區(qū)改造,惠及居民\n1.5萬(wàn)戶(hù)。(市住建局牽頭)\n"
        + "2.新建學(xué)校3所。(市教育局牽頭)\n");
    Measure first = d.measures().get(0);
    assertEquals("推進(jìn)城鎮(zhèn)老舊小區(qū)改造,惠及居民1.5萬(wàn)戶(hù)。", first.text());
    Target t = first.targets().get(0);
    assertEquals("1.5萬(wàn)戶(hù)", t.text());
    assertEquals(t.text(), t.span().slice(first.text()));
  }

  @Test
  void groupsAreFoundByTheirShapeAndAFewAreNoResidue() {
    assertTrue(PinyinResidue.of(List.of("負(fù)責(zé)單(dān)位")).isPresent());
    // two glosses a writer meant, a unit's abbreviation, a bracket after no Han char: none is residue
    assertFalse(PinyinResidue.of(List.of("重(zhòng)点和长(cháng)期")).isPresent());
    assertFalse(PinyinResidue.of(List.of("道路(km)、面积(ha)、长度(cm)")).isPresent());
    assertFalse(PinyinResidue.of(List.of("(zé)(zé)(zé) a(zé)b(zé)c(zé)")).isPresent());
    assertFalse(PinyinResidue.of(List.of("負(fù", "責(zé", "單(dān")).isPresent());
  }

  @Test
  void aTextWithoutResidueIsReadAsItIs() {
    Document d = PARSER.parse("1.新建学校3所。(市教育局牵头)\n");
    assertEquals("新建学校3所。", d.measures().get(0).text());
  }
}
