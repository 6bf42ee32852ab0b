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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chains of duties between semicolons whose units are named by a weak suffix (组, 部, 处): the chain's repeated shape,
 * a name and 负责 three times at least, is what says they are units.
 */
class WeakDutyChainTest {

  /**
   * wild/w543: a bureau's working groups, each the subject of its clause, gave nothing: the groups' names end in 组, a
   * suffix too weak alone.
   */
  @Test
  void groupsEachTakingTheirDutyAreATaskEach() {
    assertEquals(List.of("综合协调组负责专项整治行动的统筹组织; | 综合协调组/LF |  | -",
        "机动整治组负责对违章占道经营的商家进行查处; | 机动整治组/LF |  | -",
        "柔性执法组负责协助开展法律法规宣传; | 柔性执法组/LF |  | -",
        "点位值守组负责常态监管辖区内占道经营行为。 | 点位值守组/LF |  | -"),
        Shown.parsed("为确保整治工作顺利实施,执法局将人员分为四个组。综合协调组负责专项整治行动的统筹组织;"
            + "机动整治组负责对违章占道经营的商家进行查处;柔性执法组负责协助开展法律法规宣传;点位值守组负责常态监管辖区内占道经营行为。\n"));
  }

  /**
   * wild/w2941: a company's departments, the chain after 要求 and a preamble that counts them (12个重点单位); a
   * department that leads by 牵头 is a unit as one in charge by 负责 is.
   */
  @Test
  void theChainAfterANoticesRequestFollowsItsPreamble() {
    assertEquals(List.of("生产技术部牵头编制保电总方案; | 生产技术部/LM |  | -",
        "总经理工作部负责信访维稳工作; | 总经理工作部/LF |  | -",
        "新闻中心负责舆情监测工作; | 新闻中心/LF |  | -",
        "物资分公司负责应急物资保障工作。 | 物资分公司/LF |  | -"),
        Shown.parsed("在保电阶段,公司要求12个部门落实责任,确保供电万无一失。要求生产技术部牵头编制保电总方案;"
            + "总经理工作部负责信访维稳工作;新闻中心负责舆情监测工作;物资分公司负责应急物资保障工作。\n"));
  }

  /**
   * Regressions the blind reviews' cases caught: topics handed out after 由 are no names of a chain
   * ({@code 征地拆迁由县自然资源局负责;…}, one task's parts after its figures), and 由 before a weak name and 牵头 is a
   * role clause inside its item, which keeps its title ({@code 加强宣传。由县委宣传部牵头,…}).
   */
  @Test
  void topicsAfterByAndRoleClausesStayInTheirItems() {
    List<String> topics = Shown.parsed("一、重点项目\n(一)推进高铁站综合枢纽建设。项目总投资12亿元,2024年12月底前完成主体工程。"
        + "征地拆迁由县自然资源局负责;资金保障由县财政局负责;施工组织由县交通运输局负责。\n"
        + "(二)推进污水处理厂扩建。新增日处理能力2万吨,由县住建局负责。\n");
    assertEquals(2, topics.size(), topics.toString());
    assertTrue(topics.get(0).contains("推进高铁站综合枢纽建设。"), topics.toString());
    List<String> clauses = Shown.parsed("1.加强宣传。由县委宣传部牵头,组织专题宣传。由县教育局牵头,开展进校园活动。\n"
        + "2.强化督查。督查工作要常态化。由县委督查室牵头,县政府督查室配合,每季度开展一次督查。由县纪委监委负责问责。\n");
    assertEquals("加强宣传。由县委宣传部牵头,组织专题宣传。 | 县委宣传部/LM |  | -", clauses.get(0));
  }

  /**
   * The blind review's cases: offices of three chars (规划科, 财务科) in a chain are read, not cut off as headings; a
   * chain inside a numbered item is left whole, so the items beside it keep their place as tasks.
   */
  @Test
  void shortOfficesInAChainAndChainsInsideItems() {
    assertEquals(List.of("(二)职责分工 / 办公室负责值班值守和信息报送; | 办公室/LF |  | -",
        "(二)职责分工 / 规划科负责防汛预案修订; | 规划科/LF |  | -",
        "(二)职责分工 / 工程管理科负责堤防巡查和险情处置; | 工程管理科/LF |  | -",
        "(二)职责分工 / 财务科负责防汛经费保障。 | 财务科/LF |  | -"),
        Shown.parsed("(二)职责分工\n办公室负责值班值守和信息报送;规划科负责防汛预案修订;工程管理科负责堤防巡查和险情处置;"
            + "财务科负责防汛经费保障。\n"));
    List<String> items = Shown.parsed("一、主要任务\n1.要求各单位高度重视。要求生产技术部牵头编制保供电方案;总经理工作部负责综合协调;"
        + "新闻中心负责对外宣传;安全监察部负责安全监督。\n2.做好物资保障工作。\n3.做好车辆保障工作。\n");
    assertEquals(3, items.size(), items.toString());
  }

  /**
   * Two weak names in charge are one task's halves, as two strong ones are: no chain (beside a task laid out; a text
   * of nothing else is read as prose, ProseTest).
   */
  @Test
  void twoWeakClausesAreNoChain() {
    assertEquals(List.of("修订应急预案。 | 县应急局/LF |  | -"), Shown.parsed("1.修订应急预案。(县应急局负责)\n为确保整治工作顺利实施,做好宣传发动。综合组负责宣传;保障组负责后勤。\n"));
  }

  /**
   * wild/w2941: a power company's departments in one chain after 要求, one of them organising its work
   * ({@code 市场营销部组织开展…}): that clause was split off but read as a heading, its department no unit, and the
   * clauses after it its items.
   */
  @Test
  void aDepartmentThatOrganisesItsWorkLeadsItsClause() {
    assertEquals(List.of("生产技术部牵头编制公司系统保电总方案; | 生产技术部/LM |  | -", "总经理工作部负责信访维稳工作; | 总经理工作部/LF |  | -",
        "市场营销部组织开展重点客户用电检查; | 市场营销部/LF |  | -", "新闻中心负责舆情监测工作; | 新闻中心/LF |  | -",
        "物资分公司负责应急物资保障相关工作。 | 物资分公司/LF |  | -"),
        Shown.parsed("为确保国庆期间安全可靠供电,公司发出通知,要求各部门落实责任。要求生产技术部牵头编制公司系统保电总方案;"
            + "总经理工作部负责信访维稳工作;市场营销部组织开展重点客户用电检查;新闻中心负责舆情监测工作;物资分公司负责应急物资保障相关工作。\n"));
  }

  /** Review of round 52 (a15): a list of a school's bodies that organise the work is the item's subject. */
  @Test
  void bodiesThatOrganiseAreTheItemsUnits() {
    assertEquals(List.of("团委、学生会组织节目排练。 | 团委/LF 学生会/S |  | -"),
        Shown.parsed("迎新晚会工作安排\n2.宣传部负责晚会宣传报道。\n3.团委、学生会组织节目排练。\n").subList(1, 2));
  }

  /** Neither a noun that opens with 组织 after a long run of words, nor a name's open bracket, makes a unit. */
  @Test
  void organisingWordsInsideANounOrABracketMakeNoUnit() {
    assertEquals(List.of("市教育局负责校园安全工作。 | 市教育局/LF |  | -", "显著位置展示新时代文明实践站组织架构及工作制度。 |  |  | -",
        "秘书处(组织人事处)整理会议纪要。 |  |  | -"),
        Shown.parsed("1.市教育局负责校园安全工作。\n2.显著位置展示新时代文明实践站组织架构及工作制度。\n3.秘书处(组织人事处)整理会议纪要。\n"));
  }

  /**
   * wild/w420: a chain of bureaus after a paragraph's preamble, its last clause led by a team of weak suffix
   * ({@code 市国家统计局潜江调查队负责…}): the strong reading left that clause in the one before it; the weak reading, which
   * keeps every part the strong one found, reads it too.
   */
  @Test
  void aWeakNamesClauseInAChainOfStrongOnesIsAPartToo() {
    List<String> read = Shown.parsed("三、受理单位\n市政府及各区、镇、街道按照粮食生产党政同责要求,积极组织落实年度粮食生产目标任务。"
        + "市农业农村局、市财政局负责落实国家惠农政策;市发改委(粮食局)负责落实粮食安全行政首长负责制考核;"
        + "市农业发展中心会同区、镇、街道负责落实粮食生产面积,做好农业防灾减灾工作。市国家统计局潜江调查队负责粮食生产面积、产量的统计,并发布定案数据。\n");
    assertEquals(4, read.size(), read.toString());
    assertEquals("三、受理单位 / 市国家统计局潜江调查队负责粮食生产面积、产量的统计,并发布定案数据。 | 市国家统计局潜江调查队/LF |  | -",
        read.get(3));
  }
}
