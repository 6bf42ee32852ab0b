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
 * Shapes met in the nineteenth session's work on real documents the parser had not read (wild corpus, round 47, and
 * the twenty-first blind review), each as a short hand-written snippet, with a neighbour the rule must leave as it
 * was.
 */
class SpacedTablesPartiesAndDecimalPlansTest {

  /**
   * wild/w2423: a service list flattened one row a line, one space between cells that hold none, no serial column, and
   * column names half of which the parser does not know (服务对象, 支出责任). It gave nothing; the known names (the
   * task's and the units' columns) and rows that fit the header word for word now read it. A line of short words that
   * names no task or units column stays prose.
   */
  @Test
  void aTableApartBySingleSpacesWithoutSerialsIsReadByItsRows() {
    assertEquals(List.of("优待抚恤 / 发放伤残抚恤和定期定量补助。 | 市退役军人事务局/LM |  | -",
        "就业创业服务 / 组织专场招聘活动和职业技能培训。 | 市退役军人事务局/LM 市人力资源社会保障局/LM |  | -"),
        Shown.parsed("优军服务项目清单\n项目名称 服务对象 服务内容 服务标准 支出责任 牵头负责单位\n"
            + "优待抚恤 本市优抚对象 发放伤残抚恤和定期定量补助。 按当年度标准发放。 市与区财政分别负担 市退役军人事务局\n"
            + "就业创业服务 本市退役军人 组织专场招聘活动和职业技能培训。 每年至少组织2次。 市与区财政分别负担 "
            + "市退役军人事务局、市人力资源社会保障局\n"));
    assertEquals(List.of("修订应急预案。 | 县应急局/LF |  | -"),
        Shown.parsed("工作安排\n会议 时间 地点 参加人员\n各单位要于5月底前报送材料。\n1.修订应急预案。(县应急局负责)\n"));
  }

  /**
   * wild/w2364: a street's zones, each closed by {@code 由X负责}, where X is who holds, runs or uses the place
   * ({@code 经营者}, {@code 施工企业}, {@code 土地使用权人}): no agency suffix, but the frame says who carries the task. A
   * second topic's 由 after a comma named its unit with the topic glued on ({@code 待建地块由县自然资源局}). A leader
   * after 由 is still no unit.
   */
  @Test
  void partiesFramedByByAndInChargeAreTheTasksUnits() {
    assertEquals(List.of("二、职责分工 / 临街商户、各种摊点周围由经营者负责; | 经营者/LF |  | -",
        "二、职责分工 / 施工工地由施工企业负责,待建地块由土地使用权人负责; | 施工企业/LF 土地使用权人/S |  | -",
        "二、职责分工 / 施工工地由县住建局负责,待建地块由县自然资源局负责; | 县住建局/LF 县自然资源局/S |  | -",
        "二、职责分工 / 重点路段由分管副县长负责。 |  |  | -"),
        Shown.parsed("二、职责分工\n(一)临街商户、各种摊点周围由经营者负责;\n(二)施工工地由施工企业负责,待建地块由土地使用权人负责;\n"
            + "(三)施工工地由县住建局负责,待建地块由县自然资源局负责;\n(四)重点路段由分管副县长负责。\n"));
  }

  /**
   * wild/w2361: duty lines labelled {@code X职责:}, two of them run together on one line after a full stop; the second
   * unit's duties went to the first.
   */
  @Test
  void aSecondDutiesLabelAfterAStopStartsItsOwnTask() {
    assertEquals(List.of("负责巡查私搭乱建行为,及时报告。 | 市规划监察支队/LF |  | -",
        "负责对未取得施工许可证的建设行为进行督查。 | 市城建执法监察支队/LF |  | -",
        "负责影响市容市貌的私搭乱建行为的督查。 | 市城管执法监察支队/LF |  | -"),
        Shown.parsed("市规划监察支队职责:负责巡查私搭乱建行为,及时报告。市城建执法监察支队职责:负责对未取得施工许可证的建设行为进行督查。\n"
            + "市城管执法监察支队职责:负责影响市容市貌的私搭乱建行为的督查。\n"));
  }

  /**
   * wild/w2442: an emergency plan's page numbered {@code 2.5} / {@code 2.5.1} / {@code 2.5.2}, its parent {@code 2.}
   * cut off: it gave nothing. The first line's {@code N.M} and a space before words opens the sequence; the twenty-first
   * blind review's case, a figure wrapped to a line's start after other numbered lines ({@code 6.5 级以上…}), stays
   * in its task's text.
   */
  @Test
  void aPlanNumberedToThreeLevelsGivesItsThirdLevelItems() {
    String section = "2.5 县自然灾害应急救助指挥部成员单位工作职责 / ";
    assertEquals(List.of(section + "协助县政府做好灾情信息收集和上报工作。 | 县救灾办/LF |  | -",
        section + "负责调查核实灾区群众生活困难情况。 | 县民政局/LF |  | -",
        section + "负责抢修被破坏的公路和桥梁。 | 县交通局/LF |  | -"),
        Shown.parsed("2.5 县自然灾害应急救助指挥部成员单位工作职责\n2.5.1县救灾办:协助县政府做好灾情信息收集和上报工作。\n"
            + "2.5.2县民政局:负责调查核实灾区群众生活困难情况。\n2.5.3县交通局:负责抢修被破坏的公路和桥梁。\n"));
    assertEquals(List.of("一、工作任务 / 县应急管理局负责加强监测,对达到6.5 级以上的地震及时发布信息,2023年底前完成。"
            + " | 县应急管理局/LF |  | 2023年底前",
        "一、工作任务 / 县水利局负责河道清淤,2023年9月底前完成。 | 县水利局/LF |  | 2023年9月底前"),
        Shown.parsed("一、工作任务\n(一)县应急管理局负责加强监测,对达到\n6.5 级以上的地震及时发布信息,2023年底前完成。\n"
            + "(二)县水利局负责河道清淤,2023年9月底前完成。\n"));
  }
}
