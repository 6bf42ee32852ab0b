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
package dev.mandate.parser.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the thirteenth session's work on real documents the parser had not read (wild corpus, round 41 and
 * documents left before), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as
 * it was.
 */
class UnseenRunsTest {

  /**
   * wild/w1721: a document run into one line, where the next item's number is glued to the last unit a label gave
   * (责任科室(单位):县总医院、县妇幼保健院2.针对…): the list ends there and the next item starts.
   */
  @Test
  void anItemGluedToTheUnitsOfTheLabelBeforeIt() {
    assertEquals(List.of("一、工作任务 / 开展市容环境整治,对医院的公厕进行整治提升。 | 县总医院/LF 县妇幼保健院/S |  | -",
        "一、工作任务 / 针对公共场所的排队无序问题开展整治。 | 县总医院/LF 县妇幼保健院/S |  | -",
        "一、工作任务 / 开展城乡结合部环境整治。 | 局爱卫工作科/LF |  | -"),
        Shown.parsed("一、工作任务 1.开展市容环境整治,对医院的公厕进行整治提升。责任科室(单位):县总医院、县妇幼保健院"
            + "2.针对公共场所的排队无序问题开展整治。责任科室(单位):县总医院、县妇幼保健院(3)开展城乡结合部环境整治。责任科室:局爱卫工作科\n"));
    // likewise a time label's date; a number after a label whose value is a sentence stays in its task
    assertEquals(List.of("开展市容环境整治。 | 县总医院/LF |  | 5月10日前", "针对公共场所开展整治。 | 县总医院/LF |  | -"),
        Shown.parsed("1.开展市容环境整治。完成时间:5月10日前2.针对公共场所开展整治。\n责任单位:县总医院\n"));
    assertEquals(List.of("开展市容环境整治。工作要求:全面排查整治2.针对公共场所开展整治。 | 县总医院/LF |  | -"),
        Shown.parsed("1.开展市容环境整治。工作要求:全面排查整治2.针对公共场所开展整治。\n责任单位:县总医院\n"));
  }

  /**
   * wild/w546: a run-on page whose section headings are glued to their lists' first items after a sentence's end
   * (…报告。防汛办主要职责1、贯彻…) and whose sentences end in an ASCII full stop before the next item (工程.6、).
   */
  @Test
  void aHeadingGluedToItsFirstItemAndAnAsciiFullStop() {
    assertEquals(List.of("组织乡镇技术人员制订度汛方案. |  |  | -", "重大情况须及时向上级报告。 |  |  | -",
        "防汛办主要职责 / 贯彻实施有关防汛工作的法律、法规。 | 防汛办/LF |  | -",
        "防汛办主要职责 / 制定本级防洪工程度汛方案。 | 防汛办/LF |  | -"),
        Shown.parsed("1、组织乡镇技术人员制订度汛方案.2、重大情况须及时向上级报告。防汛办主要职责1、贯彻实施有关防汛工作的法律、法规。"
            + "2、制定本级防洪工程度汛方案。\n"));
  }

  /**
   * wild/w546: an unnumbered line that is a unit's name and its duties' words, over a list numbered from 1, heads the
   * list; a name with its colon alone (a report's addressee) does not, nor a label's words (成员单位职责).
   */
  @Test
  void aUnitsNameOverItsNumberedDuties() {
    assertEquals(List.of("防汛办主要职责 / 贯彻实施有关防汛工作的法律。 | 防汛办/LF |  | -",
        "防汛办主要职责 / 制定本级防洪工程度汛方案。 | 防汛办/LF |  | -", "县水利局工作职责 / 组织防汛抢险队伍。 | 县水利局/LF |  | -",
        "县水利局工作职责 / 发布洪水预报。 | 县水利局/LF |  | -"),
        Shown.parsed("防汛办主要职责\n1、贯彻实施有关防汛工作的法律。\n2、制定本级防洪工程度汛方案。\n县水利局工作职责\n1、组织防汛抢险队伍。\n"
            + "2、发布洪水预报。\n"));
    assertEquals(List.of(), Shown.parsed("市水利局:\n1.我县已完成病险水库除险加固3座。\n2.剩余3座正在施工。\n"));
    // (成员单位职责: the members' duties, no unit's name: the items stand without units)
    assertEquals(List.of("贯彻实施有关防汛工作的法律。 |  |  | -", "制定本级防洪工程度汛方案。 |  |  | -"),
        Shown.parsed("成员单位职责\n1、贯彻实施有关防汛工作的法律。\n2、制定本级防洪工程度汛方案。\n"));
  }

  /**
   * wild/w1863: units as labels after a heading and a space in a line run together; units as labels over their
   * numbered duties, the first on the label's line, and a unit with one duty after them; an item whose number a space
   * parts from its unit is no heading.
   */
  @Test
  void unitsOverTheirNumberedDuties() {
    assertEquals(List.of("五、责任分工 / 负责整治办日常工作,筹备相关工作会议。 | 交通部门/LF |  | -",
        "五、责任分工 / 负责组织相关警力开展联合执法。 | 公安部门/LF |  | -", "五、责任分工 / 负责审查专项整治工作宣传方案。 | 宣传部门/LF |  | -"),
        Shown.parsed("[接上页] 五、责任分工 交通部门:负责整治办日常工作,筹备相关工作会议。 公安部门:负责组织相关警力开展联合执法。 "
            + "宣传部门:负责审查专项整治工作宣传方案。\n"));
    assertEquals(List.of("五、责任分工/交通部门: / 负责整治办日常工作。 | 交通部门/LF |  | -",
        "五、责任分工/交通部门: / 制订重点区域专项整治方案。 | 交通部门/LF |  | -",
        "五、责任分工/公安部门: / 参与专项整治行动方案的制订。 | 公安部门/LF |  | -",
        "五、责任分工/公安部门: / 强化交通管控。 | 公安部门/LF |  | -",
        "五、责任分工/公安部门: / 负责审查专项整治工作宣传方案。 | 宣传部门/LF |  | -"),
        Shown.parsed("五、责任分工\n交通部门:1.负责整治办日常工作。\n2.制订重点区域专项整治方案。\n公安部门:1.参与专项整治行动方案的制订。\n"
            + "2.强化交通管控。\n宣传部门:负责审查专项整治工作宣传方案。\n"));
    assertEquals(List.of("负责全县水旱灾害防御工作,组织编制防汛抗旱应急预案,指导水利工程安全度汛,承担防汛抗旱指挥部日常工作。 | 县水利局/LF |  | -",
        "负责组织协调灾害救助工作。 | 县应急局/LF |  | -"),
        Shown.parsed("1. 县水利局:负责全县水旱灾害防御工作,组织编制防汛抗旱应急预案,指导水利工程安全度汛,承担防汛抗旱指挥部日常工作。\n"
            + "2. 县应急局:负责组织协调灾害救助工作。\n"));
  }

  /** wild/w1861, wild/w489: a PDF's punctuation extracted as Yi syllables (ꎬ ꎮ) is read as , and 。. */
  @Test
  void punctuationAPdfFontGaveAsYiSyllables() {
    assertEquals(List.of("开展应急演练ꎬ提升处置能力ꎮ | 市应急管理局/LF |  | -", "储备应急物资ꎮ | 市发展改革委/LF |  | -"),
        Shown.parsed("1.开展应急演练ꎬ提升处置能力ꎮ\n责任单位:市应急管理局\n2.储备应急物资ꎮ\n责任单位:市发展改革委\n"));
  }

  /** wild/w1861: a table of member units and their duties, 成员单位 beside 应急职责. */
  @Test
  void memberUnitsBesideTheirDuties() {
    assertEquals(List.of("负责组织提供应急救援所需的交通运输保障工作。 | 市交通运输局/LF |  | -",
        "负责组织协调农药生产企业事故应急救援工作。 | 市农牧局/LF |  | -"),
        Shown.parsed("序号 成员单位 应急职责\n14 市交通运输局 负责组织提供应急救援所需的交通运输保障工作。\n"
            + "17 市农牧局 负责组织协调农药生产企业事故应急救援工作。\n"));
  }

  /**
   * wild/w1882: a pipe table whose header the copy broke over lines, a few names on each, and a second level of short
   * names under a column that spans several.
   */
  @Test
  void aPipeHeaderBrokenOverLines() {
    assertEquals(List.of("柏祥村塘清污加固护砌 / 黄升组中间塘清污、塘堤加固硬化65米 | 柏祥镇/LF | 65米 | -",
        "狮山片道路维修 / 硬化路面长700米 | 步仙镇/LF | 700米 | -"),
        Shown.parsed("序号 | 乡镇 (单位名称) |\n村名 | 项目 名称 |\n项目建设 内容 |\n资金安排情况 (万元) |\n|||\n"
            + "中央 | 省级 | 市级 | ||||\n1 | 柏祥镇 | 柏祥村 | 柏祥村塘清污加固护砌 | 黄升组中间塘清污、塘堤加固硬化65米 | 20 | |||\n"
            + "2 | 步仙镇 | 狮山社区 | 狮山片道路维修 | 硬化路面长700米 | 10 | |||\n"));
  }

  /**
   * wild/w1885: 以上项目由X组织实施 with when it was done after a comma, the first sentence of a long line, gives X to the
   * items above.
   */
  @Test
  void theItemsAboveGivenToTheirUnitBeforeWhenItWasDone() {
    assertEquals(List.of("道路硬化工程建设项目115万元。 | 凤屯镇人民政府/LF | 115万元 | -",
        "外湾道路硬化工程建设项目62万元。 | 凤屯镇人民政府/LF | 62万元 | -"),
        Shown.parsed("其中:\n1.道路硬化工程建设项目115万元。\n2.外湾道路硬化工程建设项目62万元。\n以上项目由凤屯镇人民政府组织实施,2018年2月开工建设,"
            + "6月底完工,12月13日通过验收。欢迎广大干部群众对项目建设和验收等情况进行监督。意见受理联系方式:0878—5215920;通讯地址:牟定县共和镇万寿路南段县民宗局。\n"));
    // a time alone after the comma, no verb of the units before it: no assignment
    assertEquals(List.of(), Shown.parsed("其中:\n1.道路硬化工程建设项目115万元。\n2.外湾道路硬化工程建设项目62万元。\n"
        + "以上项目由凤屯镇人民政府,2018年2月开工建设。\n"));
  }
}
