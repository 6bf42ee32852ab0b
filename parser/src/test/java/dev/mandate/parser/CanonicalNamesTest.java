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
package dev.mandate.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.model.Agency;
import dev.mandate.model.Corpus;
import dev.mandate.model.Document;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One name per agency, end to end: documents parsed, then counted together in a {@link Corpus}. Spellings of one
 * agency merge; levels never do; the same bureau of two cities stays two where the documents say which city.
 */
class CanonicalNamesTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static Document parse(String source, String units) {
    return PARSER.parse("具体措施: | 新建学校3所。 |\n责任单位: | " + units + " |\n", source);
  }

  private static List<String> agencies(Document... documents) {
    return Corpus.of(documents).agencies().stream().map(Agency::canonical).collect(Collectors.toList());
  }

  @Test
  void spellingsOfOneAgencyAreCountedAsOne() {
    Document a = parse("a.txt", "市发改委、市工信局");
    Document b = parse("b.txt", "市发展和改革委员会、市工业和信息化局");
    Document c = parse("c.txt", "市发展改革委、经信委");
    assertEquals(List.of("市发展改革委", "市工业信息化局", "市经济信息化委"), agencies(a, b, c));
    Agency ndrc = Corpus.of(a, b, c).agency("市发展改革委").orElseThrow();
    assertEquals(3, ndrc.leads());
    assertEquals(List.of("市发改委", "市发展和改革委员会", "市发展改革委"), ndrc.names());
    assertEquals("市经济信息化委", c.measures().get(0).supports().get(0).canonical(), "the list's 市 restored");
  }

  @Test
  void levelsNeverMerge() {
    assertEquals(List.of("县教育局", "市教育局"), agencies(parse("a.txt", "县教育局"), parse("b.txt", "市教育局")));
  }

  @Test
  void theSameBureauOfTwoCitiesStaysTwoWhereTheDocumentsSayWhichCity() {
    Document linyi = parse("/data/临沂市2021年民生实事.txt", "市教育局");
    Document jinan = parse("济南市民生实事分工.txt", "市教育局");
    assertEquals(List.of("临沂市教育局", "济南市教育局"), agencies(linyi, jinan));
    assertEquals("市教育局", linyi.measures().get(0).leads().get(0).name(), "the name as written stays");
    assertEquals(List.of("市教育局"), agencies(parse("a.txt", "市教育局"), parse("b.txt", "市教育局")),
        "where no document says, one");
  }
}
