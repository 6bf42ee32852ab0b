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

import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the eighth session's round of real documents the parser had not been built against (wild corpus
 * w1361–w1443), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as it was.
 */
class UnseenProseTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  /** wild/w1421: a PDF's copy, a blank line after each line, an item's clause broken over two of them. */
  @Test
  void aClauseTheLineBreakCutIsTheItemsStill() {
    List<String> shown = Shown.parsed("    (五)以全国科普日活动为载体,持续\n\n推进健康科普行动。开展健康科普作品征集大赛。(科技部、国家卫生健康委按\n\n"
        + "职责分工负责)\n    (六)部署加强学校食品安全工作。(教育部、国家\n\n卫生健康委、市场监管总局按职责分工负责)\n\n"
        + "    (七)举办全民健身大会。(体育总\n\n局牵头负责)\n");
    assertEquals(List.of("以全国科普日活动为载体,持续推进健康科普行动。开展健康科普作品征集大赛。 | 科技部/LF 国家卫生健康委/S |  | -",
        "部署加强学校食品安全工作。 | 教育部/LF 国家卫生健康委/S 市场监管总局/S |  | -",
        "举办全民健身大会。 | 体育总局/LM |  | -"), shown);
    // a bracket left open that holds no clause (含 and a project's name) joins nothing
    List<String> plain = Shown.parsed("1.推进老旧小区改造(含\n\n2.加强社区服务。(市民政局负责)\n");
    assertEquals(2, plain.size(), plain.toString());
  }

  /** wild/w1423: items each opened by their unit's name as a sentence alone (1、区住建局。排查…). */
  @Test
  void itemsOpenedByTheirUnitsNameAlone() {
    List<String> shown = Shown.parsed("三、任务分工\n1、区住建局。排查生活污水直排污染源,发现问题立即报告。\n"
        + "2、生态局东安分局。排查工业污水排放污染源,启动水质监测。\n");
    assertEquals(List.of("三、任务分工 / 排查生活污水直排污染源,发现问题立即报告。 | 区住建局/LF |  | -",
        "三、任务分工 / 排查工业污水排放污染源,启动水质监测。 | 生态局东安分局/LF |  | -"), shown);
    // a topic shaped like a name (布局 ends as 局 does), its sibling a topic too, is the item's text, no unit
    List<String> topics = Shown.parsed("1.优化产业布局。加快节点城市建设。(市发改委负责)\n2.淘汰落后产能。关停企业50家。(市工信局负责)\n");
    assertTrue(topics.get(0).startsWith("优化产业布局。加快节点城市建设。 | 市发改委/L"), topics.toString());
  }

  /** wild/w1401: 由X牵头,会同Y、Z等单位负责落实: 会同 opens the partners' list, no part of a name. */
  @Test
  void togetherWithOpensThePartnersList() {
    List<String> shown = Shown.parsed("1、发放临时价格补贴。(由省财政厅牵头,会同省民政厅、物价局等单位负责落实)\n"
        + "2、加大扶贫开发力度。(由省农业厅牵头,会同省财政厅等单位负责落实)\n");
    assertEquals(List.of("发放临时价格补贴。 | 省财政厅/LM 省民政厅/S 物价局/S |  | -",
        "加大扶贫开发力度。 | 省农业厅/LM 省财政厅/S |  | -"), shown);
  }

  /**
   * wild/w1361: a place's name a copy masked ({@code **镇各社区}) is no lead's sign; a numbered item led by its subject
   * wraps onto a line of its own before the label that gives its units.
   */
  @Test
  void aMaskedPlaceAndAWrappedItemBeforeItsLabel() {
    List<String> shown = Shown.parsed("1、县爱卫办要开展爱国卫生活动,巩固国家卫生县城的成果。\n2、县直各单位要开展创建活动,提高文明县城创建的整体水\n"
        + "平。\n落实单位:县委宣传部、县卫生局\n活动二、深入开展创建文明社区活动。\n1、在社区内建立各种文化组织,培育社区文化。\n"
        + "落实单位:文体局、**镇各社区\n");
    assertEquals("县直各单位要开展创建活动,提高文明县城创建的整体水平。 | 县委宣传部/LF 县卫生局/S |  | -", shown.get(1),
        shown.toString());
    assertEquals("在社区内建立各种文化组织,培育社区文化。 | 文体局/LF **镇各社区/S |  | -", shown.get(2), shown.toString());
    // one sign before a name marks the lead still
    List<String> signed = Shown.parsed("1、新建学校3所。\n责任单位:市财政局、*市教育局\n");
    assertTrue(signed.get(0).contains("市教育局/LM"), signed.toString());
  }

  /**
   * wild/w1362: news of a plan that hands out its parts sentence by sentence, each a short topic and its units after 由
   * (第一分队由…牵头,具体负责…;第二分队由…); 第一 of a team's name is no convention of a list's first place.
   */
  @Test
  void partsHandedOutByTopicAndUnitAfterBy() {
    List<String> shown = Shown.parsed("近日,某县组建三个招商引资工作队。第一分队由县投资促进局牵头,具体负责京津地区招商引资;"
        + "第二分队由县工业和信息化局牵头,负责珠三角地区招商引资;第三分队由县发改局牵头,负责长三角地区的招商引资。\n");
    assertEquals(3, shown.size(), shown.toString());
    assertTrue(shown.get(0).startsWith("第一分队由县投资促进局牵头,具体负责京津地区招商引资"), shown.toString());
    assertTrue(shown.get(0).contains("| 县投资促进局/LM |"), shown.toString());
    assertTrue(shown.get(2).contains("| 县发改局/LM |"), shown.toString());
    // a note that names the list's first place is a convention still
    Document d = PARSER.parse("(列第一位者为牵头单位,下同)\n1.新建学校3所。(市教育局、市财政局)\n");
    assertEquals(1, d.notes().size(), d.notes().toString());
  }
  /**
   * wild/w1424: a table flattened one cell per line with no header, each task's units cells under it; a unit whose
   * name holds a list in its bracket (各村(居、场)) is one name on such a line.
   */
  @Test
  void unitsCellsUnderTheirTasksWithABracketedList() {
    List<String> shown = Shown.parsed("1、整治农村河流。加强对农村中小河流的治理。\n各村(居、场)\n苏荣义\n"
        + "2、开展农村环境连片整治活动。创建3个生态村。\n镇创卫办\n各村(居、场)\n林玉铭\n");
    assertEquals(List.of("整治农村河流。加强对农村中小河流的治理。 | 各村(居、场)/LF |  | -",
        "开展农村环境连片整治活动。创建3个生态村。 | 镇创卫办/LF 各村(居、场)/S | 3个 | -"), shown);
  }
  /** The ninth blind review's findings on these rules: shapes each rule must leave as they were. */
  @Test
  void shapesTheRulesLeaveAlone() {
    // a project's name as an item's first sentence under a heading whose labels give the units
    List<String> projects = Shown.parsed("(一)提升医疗服务能力\n牵头单位:县卫生健康局\n1、县人民医院。新建住院综合楼一栋。\n"
        + "2、县中医院。完成门诊楼提升改造。\n");
    assertTrue(projects.stream().allMatch(m -> m.contains("县人民医院。") || m.contains("县中医院。")), projects.toString());
    assertTrue(projects.stream().allMatch(m -> m.contains("| 县卫生健康局/LM |")), projects.toString());
    // 会同县 is a county, no 会同 to drop
    List<String> county = Shown.parsed("1、实施农村公路提质改造200公里。\n责任单位:会同县人民政府、市交通运输局\n");
    assertTrue(county.get(0).contains("| 会同县人民政府/LF 市交通运输局/S |"), county.toString());
    // Markdown's bold around a name is no masked place
    List<String> bold = Shown.parsed("说明:责任单位中加粗的为牵头单位。\n1、新建城市书房10个。\n责任单位:**市文旅局**、市财政局\n");
    assertTrue(bold.get(0).contains("| 市文旅局/L"), bold.toString());
    // a sign inside a role line's units is no note of the lead convention (found by RenderedGoldProperties)
    List<String> signed = Shown.parsed("1.开展三项服务,为居民营造完善便利的生活环境。\n由民政局牵头,**镇各社区配合。\n");
    assertEquals(List.of("开展三项服务,为居民营造完善便利的生活环境。 | 民政局/LM **镇各社区/S | 三项 | -"), signed);
    // conventions of the list's first place in other words are notes still
    for (String note : List.of("有多个责任单位的,第一部门为牵头部门。", "责任单位中第一为牵头单位,其他为配合单位。",
        "(标*的为牵头单位)")) {
      Document d = PARSER.parse(note + "\n1.新建学校3所。(市教育局、市财政局)\n");
      assertEquals(1, d.notes().size(), note + " " + d.notes());
    }
    // one sentence of a task's prose with its units after 由 cuts no task in two
    List<String> prose = Shown.parsed("1.县住建局负责城区老旧小区改造,年内完成改造小区30个。其中老城区由县住建局牵头,新区由县城投公司负责。\n");
    assertEquals(1, prose.size(), prose.toString());
  }
}
