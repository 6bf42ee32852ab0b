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
 * Shapes met in the ninth session's round of real documents the parser had not been built against (wild corpus
 * w1481–w1541), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as it was.
 */
class UnseenPlansTest {

  /**
   * wild/w1524: a role sentence closed by its time (由X牵头,有关部门参与,7月1日完成。) gives the task its units and its
   * deadline; two lists joined by 与 share the role word after them.
   */
  @Test
  void aRoleSentenceClosedByItsTime() {
    List<String> shown = Shown.parsed("5.城镇体系规划。提出城镇布局、公用设施建设方案等。由市城规局牵头,有关部门参与,7月1日完成。\n"
        + "6.土地利用规划。提出保障恢复重建的土地利用方案。由市国土资源局与11个县区政府牵头,有关部门参与,7月1日完成。\n"
        + "7.财政政策。提出财政性资金投入总规模,包括对口支援专项资金等,由市财政局负责,6月15日提出。\n");
    assertEquals(List.of("城镇体系规划。提出城镇布局、公用设施建设方案等。 | 市城规局/LM 有关部门/S |  | 7月1日",
        "土地利用规划。提出保障恢复重建的土地利用方案。 | 市国土资源局/LM 11个县区政府/LM 有关部门/S |  | 7月1日",
        "财政政策。提出财政性资金投入总规模,包括对口支援专项资金等,由市财政局负责,6月15日提出。 | 市财政局/LF |  | 6月15日"),
        shown);
    // a time after a role sentence whose units are only the leaders in charge names no unit
    assertEquals(List.of(), Shown.parsed("1.编制规划。由分管副市长负责,6月25日完成。\n").stream()
        .filter(s -> s.contains("副市长/")).toList());
  }

  /**
   * wild/w1525: units that work together (A、B分别与区、县政府共同编制) and the leader in charge (分管副市长负责) inside a
   * role sentence that follows its task's full stop, in a line of items run together: the sentence is the task's, no
   * part of its own.
   */
  @Test
  void unitsWorkingTogetherAndTheLeaderInCharge() {
    List<String> shown = Shown.parsed("[接上页] 5.基础设施建设规划。提出交通、通信等基础设施恢复重建的具体方案。由市发改委牵头,市经委、市交通局分别与"
        + "区、县政府和园区共同编制,分管副市长负责,6月25日完成。 6.市场服务体系规划。提出城乡商贸网点布局和重建方案。由市商务局、"
        + "市粮食局分别与区、县政府和园区共同编制。分管副市长负责,6月25日完成。\n");
    assertEquals(List.of("基础设施建设规划。提出交通、通信等基础设施恢复重建的具体方案。 | 市发改委/LM 市经委/S 市交通局/S 区政府/S "
        + "县政府/S 园区/S |  | 6月25日", "市场服务体系规划。提出城乡商贸网点布局和重建方案。 | 市商务局/LF 市粮食局/S 区政府/S 县政府/S 园区/S |  | "
        + "6月25日"), shown);
    // a sentence led by 由 and its units that goes on with the task is a task of its own still
    List<String> own = Shown.parsed("各单位要高度重视。由县水务局牵头,组织开展河道清淤,年底前完成。由县林业局牵头,组织植树造林1万亩。\n");
    assertEquals(2, own.size(), own.toString());
  }

  /**
   * wild/w1501: a document that gives its tasks unit by unit, each unit's name a numbered heading alone, one
   * paragraph under it: the paragraph is the unit's task whatever its first word, as the items under the next are.
   */
  @Test
  void paragraphsUnderHeadingsNamingUnits() {
    List<String> shown = Shown.parsed("三、省委政法委\n深入开展“平安乡村”创建活动,提高“平安乡村”建设标准和水平。\n四、省直机关工委\n"
        + "继续做好新农村建设帮建工作的目标分解和考评工作。\n五、省发改委\n(一)安排建设资金12亿元,建设通村公路1.2万公里。\n"
        + "(二)安排农村饮水安全工程建设资金1.4亿元。\n");
    assertEquals(List.of("三、省委政法委 / 深入开展“平安乡村”创建活动,提高“平安乡村”建设标准和水平。 | 省委政法委/LF |  | -",
        "四、省直机关工委 / 继续做好新农村建设帮建工作的目标分解和考评工作。 | 省直机关工委/LF |  | -",
        "五、省发改委 / 安排建设资金12亿元,建设通村公路1.2万公里。 | 省发改委/LF | 12亿元 1.2万公里 | -",
        "五、省发改委 / 安排农村饮水安全工程建设资金1.4亿元。 | 省发改委/LF | 1.4亿元 | -"), shown);
    // a site's remark over the problems numbered under it is no task (wild/w67)
    List<String> sites = Shown.parsed("一、儋州村社区\n(一)社区居委会\n该点位文明创建工作整体良好。\n1.显著位置设置公益宣传广告。\n"
        + "(二)新时代文明实践站\n该点位文明创建工作整体良好。\n1.显著位置展示导视图。\n");
    assertEquals(0, sites.stream().filter(s -> s.contains("整体良好")).count(), sites.toString());
  }

  /**
   * wild/w1525: a level's one char before the government of another (区、县政府) is that level's government too, and a
   * government and a park joined by 和 are two bodies.
   */
  @Test
  void governmentsOfTwoLevelsAndAPark() {
    assertEquals(List.of("新建学校3所。 | 区政府/LF 县政府/S | 3所 | -", "新建公园1个。 | 市财政局/LF 区人民政府/S 县人民政府/S 园区/S | 1个 | -"),
        Shown.parsed("1.新建学校3所。责任单位:区、县政府\n2.新建公园1个。责任单位:市财政局,区、县人民政府和园区\n"));
    // one body's two faces, the government second, stays one unit; so does a government with its own departments
    assertEquals(List.of("新建道路1条。 | 各级党委和政府/LF | 1条 | -", "新建道路2条。 | 县政府和所属部门/LF | 2条 | -"),
        Shown.parsed("1.新建道路1条。责任单位:各级党委和政府\n2.新建道路2条。责任单位:县政府和所属部门\n"));
  }

  /** wild/w1522: units of measure written in Latin letters after the figure (2万m2, 49.25km). */
  @Test
  void unitsOfMeasureInLatinLetters() {
    List<String> shown = Shown.parsed("6、开工建设2万m2经济适用住房、5000m2廉租房。铺设主管道49.25km。责任单位:市住建局\n");
    assertEquals(List.of("开工建设2万m2经济适用住房、5000m2廉租房。铺设主管道49.25km。 | 市住建局/LF | 2万m2 5000m2 49.25km | -"),
        shown);
  }

  /**
   * Found by the rendered-gold property on round 37's gold (w549's task led by 市政府办公室): a task's 主办单位 naming a
   * government's office by its level alone, the site's words below it, is the task's lead; the site credits its owner
   * by the place's name.
   */
  @Test
  void aLeadNamedByItsLevelIsNoSiteCredit() {
    List<String> shown = Shown.parsed("XX市2024年重点工作任务分解表\n\n一、重点任务\n1.统筹落实、协调推进打击非法营运专项整治工作的安排部署。\n"
        + "主办单位:市政府办公室\n\nICP备12345678号\n");
    assertEquals(List.of("一、重点任务 / 统筹落实、协调推进打击非法营运专项整治工作的安排部署。 | 市政府办公室/LM |  | -"), shown);
    // the site's own credit, its place named, after the last task is the footer's still
    List<String> footer = Shown.parsed("1.统筹落实打击非法营运专项整治工作的安排部署。\n责任单位:市交通局\n主办单位:XX市人民政府办公室\n"
        + "ICP备12345678号\n");
    assertEquals(List.of("统筹落实打击非法营运专项整治工作的安排部署。 | 市交通局/LF |  | -"), footer);
  }

  /**
   * The tenth blind review's cases, each a shape a rule of this round first broke: a time that opens a task after a
   * role sentence (2024年底前新建学校3所) is the task's, its figure a target; role sentences one after another after
   * an item, the last handing out a task of its own (由市民政局牵头,开展…); a unit's heading over remarks on it (该局…),
   * over a sentence saying what it is (市财政局是…), over background before its numbered items; the PPP centre's name
   * (市政府和社会资本合作中心); Latin units per a unit not known (350km/h, 10万m3/d) and an area (2km2).
   */
  @Test
  void shapesTheRulesLeaveAlone() {
    assertEquals(List.of("学校建设。由市教育局牵头,市财政局配合,2024年底前新建学校3所。 | 市教育局/LM 市财政局/S | 3所 | 2024年底前",
        "统计监测。由市统计局牵头,各有关部门配合,每月10日前报送数据。 | 市统计局/LM 各有关部门/S |  | -"),
        Shown.parsed("1.学校建设。由市教育局牵头,市财政局配合,2024年底前新建学校3所。\n"
            + "2.统计监测。由市统计局牵头,各有关部门配合,每月10日前报送数据。\n"));
    assertEquals(List.of("加强医疗保障。完善医保政策,提高报销比例。 | 市医保局/LM 市卫健委/S |  | -",
        "开展困难群众医疗救助,年底前完成。 | 市民政局/LM |  | 年底前", "推进绿化。新增绿地50公顷。 | 市园林局/LF | 50公顷 | -"),
        Shown.parsed("1.加强医疗保障。完善医保政策,提高报销比例。由市医保局牵头,市卫健委配合。由市财政局牵头,市医保局配合,年底前完成。"
            + "由市民政局牵头,开展困难群众医疗救助,年底前完成。\n2.推进绿化。新增绿地50公顷。由市园林局负责。\n"));
    assertEquals(List.of(), Shown.parsed("一、市住建局\n该局整改工作推进较慢,部分问题未按期整改到位。\n二、市交通局\n"
        + "该局高度重视整改工作,已完成整改问题12个。\n三、市水务局\n该局整改工作整体良好。\n"));
    List<String> background = Shown.parsed("一、市发改委\n(一)推进重大项目建设,全年完成投资100亿元。\n二、市财政局\n"
        + "市财政局是主管全市财政收支的政府工作部门。\n三、市审计局\n2023年,市审计局全面完成各项工作任务。\n"
        + "今年主要承担以下工作任务。\n(一)落实审计项目50个。\n");
    assertEquals(List.of("一、市发改委 / 推进重大项目建设,全年完成投资100亿元。 | 市发改委/LF | 100亿元 | -",
        "三、市审计局 / 落实审计项目50个。 | 市审计局/LF | 50个 | -"), background);
    assertEquals(List.of("规范PPP项目入库。 | 市财政局/LF 市政府和社会资本合作中心/S |  | -"),
        Shown.parsed("1.规范PPP项目入库。责任单位:市财政局、市政府和社会资本合作中心\n"));
    assertEquals(List.of("新增城市建成区面积2km2。 | 市自然资源局/LF | 2km2 | -", "新建高铁设计时速350km/h。 | 市交通局/LF |  | -",
        "处理污水10万m3/d。 | 市水务局/LF |  | -"), Shown.parsed("1.新增城市建成区面积2km2。责任单位:市自然资源局\n"
            + "2.新建高铁设计时速350km/h。责任单位:市交通局\n3.处理污水10万m3/d。责任单位:市水务局\n"));
  }
}
