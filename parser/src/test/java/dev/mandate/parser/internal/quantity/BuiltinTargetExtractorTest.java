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
package dev.mandate.parser.internal.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.model.Target;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Cases beyond the spec tables, and a regression test for every bug found. */
class BuiltinTargetExtractorTest {

  private static String read(String text) {
    List<Target> ts = new BuiltinTargetExtractor(UnitsOfMeasure.with(List.of())).extract(dev.mandate.parser.internal.MeasureContext.of(text));
    return ts.stream().map(t -> t.text() + "=" + t.comparator() + ":" + t.value().toPlainString()
        + t.upper().map(u -> ".." + u.toPlainString()).orElse("") + t.unit().orElse("")
        + t.change().map(c -> ":" + c).orElse("")).collect(Collectors.joining(" "));
  }

  @Test
  void regressionLongerComparatorPrefixWins() {
    assertEquals("不超过1所=AT_MOST:1所", read("建设任务不超过1所"));
    assertEquals("不高于3亩=AT_MOST:3亩", read("建设任务不高于3亩"));
  }

  /** wild/w700: an indicator table's signs bound the figure after them; ‰ is a unit as % is. */
  @Test
  void signsOfBoundsAndPerMille() {
    assertEquals("≥80%=AT_LEAST:80%", read("城市污水处理率≥80%"));
    assertEquals(">=85%=AT_LEAST:85%", read("优良天数比例>=85%"));
    assertEquals("≤5‰=AT_MOST:5‰", read("婴儿死亡率≤5‰"));
    assertEquals("<35微克/立方米=AT_MOST:35微克/立方米", read("PM2.5浓度<35微克/立方米"));
    assertEquals("5‰=EXACT:5‰", read("人口自然增长率控制5‰"));
  }

  /** wild/w129: cuts by these verbs are decreases as 下降 and 压减 are. */
  /** wild/w1221: a PDF's copy spaces a figure from its unit; one space between them is no gap. */
  @Test
  void aFigureSpacedFromItsUnit() {
    assertEquals(read("融资成本低于去年同期0.5个百分点").replace("0.5个百分点=", "0.5 个百分点="),
        read("融资成本低于去年同期 0.5 个百分点"), "as written without the space");
    assertEquals("48 所=EXACT:48所", read("新建学校 48 所"));
    assertEquals("", read("新建学校 48  所"), "two spaces: a gap, no unit");
    assertEquals("", read("严格执行《条例》第 3 条规定"), "(review) an ordinal spaced from its 第");
  }

  @Test
  void cutsAreDecreases() {
    assertEquals("4%=EXACT:4%:DECREASE_BY", read("化学需氧量排放总量削减4%"));
    assertEquals("15%=EXACT:15%:DECREASE_BY", read("一般性支出压降15%"));
    assertEquals("30%=EXACT:30%:DECREASE_TO", read("会议费缩减至30%"));
  }

  @Test
  void aBoundAVerbAwayStillBounds() {
    assertEquals("至少开展1次=AT_LEAST:1次", read("每年至少开展1次"));
    assertEquals("不少于建设3所=AT_LEAST:3所", read("每县不少于建设3所"));
    assertEquals("不超过办理5件=AT_MOST:5件", read("每人不超过办理5件"));
    assertEquals("3所=EXACT:3所", read("至少在城区和郊区建设3所"), "too far, or across 和: no bound");
  }

  @Test
  void rangesInEveryForm() {
    assertEquals("2-3个=RANGE:2..3个", read("每个县区建设2-3个"));
    assertEquals("2—3个=RANGE:2..3个", read("每个县区建设2—3个"));
    assertEquals("2至3个=RANGE:2..3个", read("每个县区建设2至3个"));
    assertEquals("2~3个=RANGE:2..3个", read("每个县区建设2~3个"));
    assertEquals("2到3个=RANGE:2..3个", read("每个县区建设2到3个"));
    assertEquals("1-2万人=RANGE:10000..20000人", read("培训1-2万人"));
    assertEquals("在10000与20000之间=RANGE:10000..20000", read("人数控制在10000与20000之间"));
    assertEquals("5%-6%=RANGE:5..6%:INCREASE_BY", read("地区生产总值增长5%-6%"));
    assertEquals("2万—3万人=RANGE:20000..30000人", read("培训2万—3万人"));
    assertEquals("5%=EXACT:5%:INCREASE_BY 6个=EXACT:6个", read("增长5%-6个"), "different units: no range");
  }

  @Test
  void approximateAmountsAndFullWidth() {
    assertEquals("1万余人=AT_LEAST:10000人", read("帮扶1万余人"));
    assertEquals("200多亿元=AT_LEAST:20000000000元", read("完成投资200多亿元"));
    assertEquals("300余个=AT_LEAST:300个", read("建设300余个"));
    assertEquals("近万人=ABOUT:10000人", read("惠及近万人"));
    assertEquals("９０％以上=AT_LEAST:90%", read("就业率９０％以上"));
    assertEquals("百分之九十=EXACT:90%", read("覆盖率达到百分之九十"));
    assertEquals("１２，０００户=EXACT:12000户", read("改造１２，０００户"));
  }

  @Test
  void changesByAndTo() {
    assertEquals("10%=EXACT:10%:INCREASE_BY", read("救助保障标准再提高10%"));
    assertEquals("79元=EXACT:79元:INCREASE_TO", read("人均经费标准提高到79元"));
    assertEquals("580元=EXACT:580元:INCREASE_TO", read("补助标准提高到每人每年580元"));
    assertEquals("5%=EXACT:5%:DECREASE_BY", read("单位能耗下降5%"));
    assertEquals("3%以内=AT_MOST:3%:DECREASE_TO", read("失业率降低到3%以内"));
    assertEquals("6.2%左右=ABOUT:6.2%:INCREASE_BY", read("地区生产总值增长6.2%左右"));
    assertEquals("9万人=EXACT:90000人", read("城镇新增就业9万人"), "新增 states a level");
    assertEquals("1000个=EXACT:1000个", read("完善提升1000个行政村综合性文化服务中心"),
        "a number before its noun counts the verb's objects");
  }

  @Test
  void numberedNamesAndCodesAreNot() {
    assertEquals("", read("推进“十四五”规划,落实“两个维护”"));
    assertEquals("", read("建设一批项目,统一部署,进一步推进,一次办好,二次供水改造"));
    assertEquals("", read("A1-02-02地块,599B线路,8300安置小区"));
    assertEquals("", read("千家万户,百姓,第十二小学"));
    assertEquals("", read("推进第一、二批试点"));
    // wild/w219: a short quotation that opens with a figure names a policy; a figure after it is a target
    assertEquals("60亿元=EXACT:6000000000元", read("加快兑现“22条”和“10项举措”,力争为企业减负60亿元"));
    assertEquals("10个=EXACT:10个", read("建设“口袋公园”10个"));
    assertEquals("2座=EXACT:2座", read("新建2座人行天桥"));
    assertEquals("两所=EXACT:2所", read("新建两所学校"));
  }

  /** wild w385 (诸暨 2023): an amount and 以上 before 项目 says which projects are counted, by size; the count is the target. */
  @Test
  void aSizeClassOfProjectsIsNoTarget() {
    assertEquals("8个=EXACT:8个 2个=EXACT:2个", read("力争引进10亿元以上项目8个,其中50亿元以上项目2个"));
    assertEquals("9个=EXACT:9个", read("新引进5亿元及以上重大项目9个"));
    assertEquals("100亿元以上=AT_LEAST:10000000000元", read("完成投资100亿元以上"));
    assertEquals("5亿元以上=AT_LEAST:500000000元", read("争取上级资金5亿元以上用于项目建设"), "put into projects: an amount");
    assertEquals("200亿元=EXACT:20000000000元", read("新开工10亿元以上项目,完成投资200亿元"));
    assertEquals("4.6万元/人=EXACT:46000元/人 1—8元/平方米=RANGE:1..8元/平方米:DECREASE_TO", read("劳动生产率4.6万元/人,税额下调至1—8元/平方米"));
    assertEquals("", read("对亩产税收在行业平均200%、150%以上的,给予补贴"), "who qualifies: eligibility");
    // wild/w3043, w129: a bound said to be inclusive, (含), is a threshold to qualify, not an amount to reach
    assertEquals("50%=EXACT:50%", read("按50%比例给予补贴,对组织品牌数量不少于15个(含)、展车数量不低于100辆(含)的主办方"),
        "inclusive bounds: who qualifies");
    assertEquals("", read("对参保职工30人(含)以下的企业,裁员率不高于上年度"), "inclusive bound: eligibility");
    assertEquals("10个=EXACT:10个", read("建设城市书房10个(含)"), "(含) with no bound: a remark, the count a target");
    // review of round 55: a goal's inclusive bound is the goal's still
    assertEquals("45%=EXACT:45%", read("全市森林覆盖率达到45%(含)以上"), "a goal's bound, no class after it");
    assertEquals("", read("在职职工总数30人(含)以下的企业暂免征收"), "an inclusive bound before the class it bounds");
    assertEquals("2000万元以上=AT_LEAST:20000000元 3个=EXACT:3个", read("投入资金2000万元以上,建设项目3个"));
  }

  /**
   * wild/w3283 (陕西 2012), w314, w329: a rate per a count of people ({@code 35/10万}) has the count for its unit; a
   * life span's years ({@code 人均预期寿命提高1岁}) are a target where an age says who is meant.
   */
  @Test
  void ratesPerACountAndLifeSpans() {
    assertEquals("35/10万以下=AT_MOST:35/10万:DECREASE_TO", read("孕产妇死亡率降到35/10万以下"));
    assertEquals("控制在15/10万以内=AT_MOST:15/10万", read("孕产妇死亡率控制在15/10万以内"));
    assertEquals("控制在4/10万人以下=AT_MOST:4/10万人", read("发病率控制在4/10万人以下"));
    assertEquals("", read("按1/10比例抽查"), "a fraction, no count of people after the slash");
    assertEquals("1岁=EXACT:1岁:INCREASE_BY", read("人均预期寿命提高1岁"));
    assertEquals("80岁=EXACT:80岁", read("人均预期寿命达到80岁"));
    assertEquals("78歲=EXACT:78歲:INCREASE_TO", read("人均預期壽命提高到78歲"), "(review) in traditional characters");
    assertEquals("", read("为60岁以上老年人免费体检"), "an age says who is meant");
    assertEquals("", read("寿命延长,为60岁以上老年人免费体检"), "a life span in another clause");
  }

  private static String subjects(String text) {
    return new BuiltinTargetExtractor(UnitsOfMeasure.with(List.of()))
        .extract(dev.mandate.parser.internal.MeasureContext.of(text)).stream()
        .map(t -> t.subject().orElse("-")).collect(Collectors.joining(" "));
  }

  /**
   * wild/w3283, w3281, w1121, w341, w1183: a subject ends before the verb that lowers it to its level ({@code 降到},
   * {@code 下降至}) and before the baseline it is measured against ({@code 比2015年}, {@code 比“十五”末}, {@code 同比});
   * the 比 of a noun ({@code 比例}, {@code 占比}, {@code 报销比}) stays, and {@code 可比} (at comparable prices) goes.
   */
  @Test
  void aSubjectEndsBeforeItsLevelsVerbAndItsBaseline() {
    assertEquals("婴儿死亡率", subjects("婴儿死亡率降到10‰以下"));
    assertEquals("单位生产总值能耗", subjects("单位生产总值能耗比“十五”末下降20%"));
    assertEquals("单位国内生产总值能源消费", subjects("单位国内生产总值能源消费比2015年下降15%"));
    assertEquals("地区生产总值", subjects("地区生产总值比上年增长8%"));
    assertEquals("单位地区生产总值能耗", subjects("单位地区生产总值能耗较2020年下降13.5%"), "(review) 较 as 比");
    assertEquals("城市社区综合服务设施覆盖率", subjects("城市社区综合服务设施覆盖率同比增长5%"));
    assertEquals("义务教育段随迁子女就读公办学校比例", subjects("义务教育段随迁子女就读公办学校比例达到90%"));
    assertEquals("新兴产业增加值占比", subjects("新兴产业增加值占比提升至30%"));
    assertEquals("规上工业增加值", subjects("规上工业增加值可比增长8%"), "可比: at comparable prices, no baseline");
    assertEquals("门诊报销比=", subjects("门诊报销比=50%"), "the noun's 比 stays (the sign as wild/w660's gold keeps it)");
  }
}

