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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one agency-name grammar: what reads as a unit's name, strongly or weakly, and what never does. */
class AgencyNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"市教育局", "区发展改革委", "市政府办公室", "县示范区管委会", "合肥海关", "人行合肥中心支行", "市应急局",
      "团市委", "市妇联", "县委宣传部", "各县区政府", "各有关部门", "区征收中心", "市城投集团", "县消防救援大队", "市中级人民法院",
      "區發(fā)展改革委", "★市卫健委", "区农业农村委*", "商委", "白仙山水库工程政策处理工作领导小组", "区慈善基金会", "市残疾人联合会",
      "县科技创新促进会"})
  void strongNames(String name) {
    assertTrue(AgencyNames.isStrongName(Fold.fold(name)), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"纸坊街道", "相关镇(街道)", "城关镇", "县环卫站", "浦江镇", "市科技馆"})
  void weakNamesAreNamesInAList(String name) {
    assertTrue(AgencyNames.isName(Fold.fold(name)), name);
    assertTrue(AgencyNames.isList(Fold.fold("市教育局、" + name)), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"各牵头单位要切实履行", "以下简称县禁烧办", "元坝镇280", "全市", "开工建设老年大学。", "新建学校3所",
      "2023年12月底前完成", "含下属单位", "举办", "1300"})
  void notNames(String text) {
    assertFalse(AgencyNames.isStrongName(Fold.fold(text)), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"市教育局、市财政局", "县住建局,各乡镇人民政府", "区工信局、区住建局、区交通局,各乡镇人民政府、街道办事处。",
      "各县(市、区)人民政府、市直有关单位"})
  void lists(String list) {
    assertTrue(AgencyNames.isList(Fold.fold(list)), list);
  }

  /**
   * wild/w3063: digits inside a programme's quoted name are a name's ({@code 市“5115”工程领导小组成员单位}); the whole
   * units cell was dropped for them. Digits outside quotes, or in quotes after a task's words, still make no name.
   */
  @Test
  void digitsInAQuotedProgrammeAreAName() {
    assertTrue(AgencyNames.isList(Fold.fold("市“5115”工程领导小组成员单位、各县市区")));
    assertFalse(AgencyNames.isList(Fold.fold("市5115工程领导小组成员单位、各县市区")));
    assertFalse(AgencyNames.isName(Fold.fold("新建“5115”学校3所")));
    assertFalse(AgencyNames.isName(Fold.fold("创建“中国制造2025”国家级示范区")), "a task's words before the quote");
  }

  /**
   * wild/w2944: a ministry's office with the other board it hangs ({@code 办公室(外事司)}): the bracket is its alias, as a
   * strong name's is ({@code 市委统战部(市民族宗教局)}); a street's office after a town's government is the other body,
   * and a ministry's or a bureau's section says which part of it.
   */
  @Test
  void anInternalOfficesOtherBoardIsAnAlias() {
    assertTrue(AgencyNames.isOfficesOtherBoard("办公室", "外事司"));
    assertTrue(AgencyNames.isOfficesOtherBoard("秘书处", "组织人事处"));
    assertTrue(AgencyNames.isAlias("市民族宗教局"));
    assertFalse(AgencyNames.isOfficesOtherBoard("财政部", "国库司"), "a ministry's department: which part of it (review)");
    assertFalse(AgencyNames.isOfficesOtherBoard("市审计局", "经责审计科"), "a bureau's section (review)");
    assertFalse(AgencyNames.isOfficesOtherBoard("各镇政府", "街道办事处"), "各镇政府(街道办事处): the other body");
    assertFalse(AgencyNames.isAlias("社区"), "各村(社区): the other body");
  }

  /** wild/w2944: 要 in 机要 (confidential communications) is an office's word, no modal. */
  @Test
  void aConfidentialOfficeIsAName() {
    assertTrue(AgencyNames.isName(Fold.fold("机要通信司")));
    assertTrue(AgencyNames.isStrongName(Fold.fold("市机要局")));
    assertFalse(AgencyNames.isName(Fold.fold("各单位要切实履行职责")));
  }

  /** wild round 7 (金东 2024): a count of things (一批, 两所) is a task's words, though it ends as a school's name. */
  @ParameterizedTest
  @ValueSource(strings = {"新(改、扩)建一批中小学校", "新建两所学校", "建设三个服务中心"})
  void aCountOfThingsIsNoName(String text) {
    assertFalse(AgencyNames.isName(Fold.fold(text)), text);
    assertFalse(AgencyNames.isList(Fold.fold(text)), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"新建学校3所,市教育局牵头", "(社区)", "市教育局:新建学校", "开工建设老年大学。"})
  void notLists(String text) {
    assertFalse(AgencyNames.isStrictList(Fold.fold(text)), text);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> prefix = Arbitraries.of("市", "县", "区", "省", "各", "");
    Arbitrary<String> body = Arbitraries.of("教育", "财政", "卫生健康", "住房城乡建设", "农业农村", "生态环境", "发展改革", "商务",
        "文化和旅游", "交通运输", "市场监管", "人力资源社会保障");
    Arbitrary<String> suffix = Arbitraries.of("局", "委", "办", "厅", "中心", "集团", "管委会", "委员会", "部门", "公司");
    return Combinators.combine(prefix, body, suffix).as((p, b, s) -> p + b + s);
  }

  /** Names drawn from a prefix, a body and a suffix, joined by any separator, are a list of strong names. */
  @Property(tries = 500)
  void listsOfGeneratedNames(@ForAll("names") String a, @ForAll("names") String b, @ForAll("names") String c,
      @ForAll("separators") String s1, @ForAll("separators") String s2) {
    String list = a + s1 + b + s2 + c;
    assertTrue(AgencyNames.isList(Fold.fold(list)), list);
    assertTrue(AgencyNames.isStrongList(Fold.fold(list)), list);
    assertTrue(AgencyNames.startsWithName(Fold.fold(list + "等负责")), list);
  }

  /** A sentence's function word or a figure inside a name makes it none, wherever it stands. */
  @Property(tries = 500)
  void aFunctionWordOrAFigureBreaksAName(@ForAll("names") String name, @ForAll("breakers") String breaker,
      @ForAll("positions") double where) {
    int at = 1 + (int) (where * (name.length() - 1));
    String broken = name.substring(0, at) + breaker + name.substring(at);
    assertFalse(AgencyNames.isStrongName(Fold.fold(broken)), broken);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("、", ",", "，", ";", "；");
  }

  @Provide
  Arbitrary<String> breakers() {
    return Arbitraries.of("要", "将", "的", "把", "并", "12", "3");
  }

  @Provide
  Arbitrary<Double> positions() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** Every name the founding document's gold lists is a strong name: the grammar knows its own document. */
  @Property(tries = 1)
  void theFoundingDocumentsUnitsAreNames() {
    List<String> missed = new ArrayList<>();
    for (String n : List.of("市民政局", "市残联", "市财政局", "各县区政府", "开发区管委会", "市人力资源社会保障局", "市退役军人局",
        "市扶贫办", "市委统战部", "市总工会", "沂沭河管理局", "市交警支队", "市消防救援支队")) {
      if (!AgencyNames.isStrongName(Fold.fold(n))) {
        missed.add(n);
      }
    }
    assertTrue(missed.isEmpty(), missed.toString());
  }

  /** wild/w3263: an event in 会 held (晚会, 发布会) names no body; the bodies in 会 (协会, 工会, 委员会) still do. */
  @Test
  void anEventIn会IsNoName() {
    assertFalse(AgencyNames.isName(Fold.fold("中秋文艺晚会")));
    assertFalse(AgencyNames.isName(Fold.fold("新闻发布会")));
    assertFalse(AgencyNames.isName(Fold.fold("全县职工运动会")));
    assertFalse(AgencyNames.isName(Fold.fold("新春团拜会")), "(review) more events held");
    assertFalse(AgencyNames.isName(Fold.fold("元宵游园会")));
    assertTrue(AgencyNames.isName(Fold.fold("市演讲朗诵协会")));
    assertTrue(AgencyNames.isName(Fold.fold("县总工会")));
    assertTrue(AgencyNames.isName(Fold.fold("村民委员会")));
  }
}
