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
package dev.mandate.parser.internal.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mandate.parser.internal.Vocabulary;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One name per agency: pairs that must get one canonical name, pairs that must not, and the document's place. */
class AgencyRegistryTest {

  private static final AgencyRegistry NO_PLACE = AgencyRegistry.withoutPlace();

  private static String canonical(String name) {
    return NO_PLACE.canonical(name);
  }

  static Stream<Vocabulary.Entry> abbreviations() {
    return AgencyRegistry.vocabulary().stream();
  }

  /** Every line of agencies.txt: the two names of its example get one canonical name, which ends in its form. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("abbreviations")
  void everyAbbreviationExampleMerges(Vocabulary.Entry e) {
    String[] pair = e.example().split("=");
    assertEquals(2, pair.length, "example A=B: " + e);
    assertEquals(canonical(pair[0]), canonical(pair[1]), e.toString());
    assertEquals(true, canonical(pair[0]).endsWith(AgencyRegistry.rules(e.kind())), e + " → " + canonical(pair[0]));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "市发改委, 市发展改革委",
      "市发展和改革委员会, 市发展改革委",
      "市工信局, 市工业和信息化局",
      "市人力资源和社会保障局, 市人力资源社会保障局",
      "市人社局, 市人力资源社会保障局",
      "市住建局, 市住房城乡建设局",
      "市卫健委, 市卫生健康委员会",
      "市自然资源和规划局, 市自规局",
      "市市场监督管理局, 市市场监管局",
      "县人民政府, 县政府",
      "沂水县人民政府, 沂水县政府",
      "中共临沂市委组织部, 临沂市委组织部",
      "开发区管理委员会, 开发区管委会",
      "市 教育局, 市教育局",
      "市残疾人联合会, 市残联",
      "重庆市沙坪坝区发改委, 重庆市沙坪坝区发展和改革委员会",
      "区农业农村委, 区农业农村委员会",
      "市政府办公室, 市政府办",
  })
  void pairsThatMustMerge(String a, String b) {
    assertEquals(canonical(a), canonical(b), a + " / " + b);
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({
      "县教育局, 市教育局",
      "区政府, 市政府",
      "市发改委, 县发改委",
      "省人社厅, 市人社局",
      "沂水县政府, 沂南县政府",
      "和平区教育局, 平区教育局",
      "太和县政府, 太县政府",
      "市市场监管局, 市监管局",
      "市教育局, 市教育体育局",
      "市民政局, 市民族宗教局",
      "市委, 市政府",
      "市委办, 市政府办",
      "市城市管理局, 市城管委",
      "市卫生健康委, 市卫生计生委",
      "各县区政府, 县区政府和开发区管委会",
  })
  void pairsThatMustNotMerge(String a, String b) {
    assertNotEquals(canonical(a), canonical(b), a + " / " + b);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "市发展和改革委员会, 市发展改革委",
      "市教育局, 市教育局",
      "市和平区发展和改革局, 市和平区发展改革局",
      "县区政府和开发区管委会, 县区政府和开发区管委会",
      "市场监管局, 市场监管局",
      "中共市委宣传部, 市委宣传部",
  })
  void canonicalForms(String name, String form) {
    assertEquals(form, canonical(name));
  }

  @Test
  void theDocumentsPlaceNamesItsBureaus() {
    AgencyRegistry linyi = AgencyRegistry.forDocument(Optional.of("临沂市2021年重点民生实事实施方案"), Optional.empty());
    AgencyRegistry jinan = AgencyRegistry.forDocument(Optional.empty(), Optional.of("/data/济南市民生实事.docx"));
    assertEquals(Optional.of("临沂市"), linyi.place('市'));
    assertEquals(Optional.of("济南市"), jinan.place('市'));
    assertEquals("临沂市教育局", linyi.canonical("市教育局"));
    assertEquals("济南市教育局", jinan.canonical("市教育局"));
    assertNotEquals(linyi.canonical("市教育局"), jinan.canonical("市教育局"), "two cities' bureaus stay apart");
    assertEquals("临沂市发展改革委", linyi.canonical("市发展和改革委员会"));
    assertEquals(linyi.canonical("市发改委"), linyi.canonical("临沂市发展改革委"), "written with or without the city");
    assertEquals("县教育局", linyi.canonical("县教育局"), "a document of a city does not say which county");
    assertEquals("市教育局", NO_PLACE.canonical("市教育局"), "where no document says, the bureau stays unplaced");
    assertEquals("市场监管局", linyi.canonical("市场监管局"), "市场 is a word, not the level 市");
  }

  @Test
  void aTitleNamingTwoCitiesNamesNone() {
    AgencyRegistry r = AgencyRegistry.forDocument(Optional.of("临沂市2021年方案"), Optional.of("济南市方案.txt"));
    assertEquals(Optional.empty(), r.place('市'));
    assertEquals("市教育局", r.canonical("市教育局"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "关于印发加快推进城市更新的通知",
      "推进城市建设方案",
      "全市民生实事",
  })
  void titlesThatNameNoPlace(String title) {
    assertEquals(Optional.empty(), AgencyRegistry.forDocument(Optional.of(title), Optional.empty()).place('市'));
  }
}
