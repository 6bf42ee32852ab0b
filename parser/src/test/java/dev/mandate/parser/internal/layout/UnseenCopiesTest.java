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
 * Shapes met in the eleventh session's work on real documents the parser had not read (wild corpus, round 39 and
 * documents left before), most of them damage a copy did to a document's layout, each as a short hand-written snippet
 * of the shape, with a neighbour the rule must leave as it was.
 */
class UnseenCopiesTest {

  /** wild/w1621, wild/w169: items whose numbers lost their delimiter in the copy (1加快…, 3提升…), in sequence. */
  @Test
  void numbersThatLostTheirDelimiter() {
    assertEquals(List.of("一、就业工程 / 优化就业创业服务 | 市人社局/LM |  | -", "一、就业工程 / 加快市场主体培育 | 市工商局/LM |  | -"),
        Shown.parsed("一、就业工程\n1优化就业创业服务\n牵头单位:市人社局\n2加快市场主体培育\n牵头单位:市工商局\n"));
    // glued numbers among numbers with their delimiter: one list
    assertEquals(List.of("一、市发改委 / 加快基地发展推进较慢。 | 市发改委/LF |  | -",
        "一、市发改委 / 支持园区考核工作未开展。 | 市发改委/LF |  | -", "一、市发改委 / 重点工程投资低于序时进度。 | 市发改委/LF |  | -"),
        Shown.parsed("一、市发改委\n3加快基地发展推进较慢。\n4支持园区考核工作未开展。\n5.重点工程投资低于序时进度。\n"));
    // a line opening with a quantity (3个, 10月) or a number out of any sequence stays as written
    assertEquals(List.of("10大工程全部开工 | 市发改委/LF |  | -"),
        Shown.parsed("建设内容\n10大工程全部开工\n责任单位:市发改委\n"));
    assertEquals(List.of("建设任务新建学校。3个新校区投入使用。4所学校完成改造。 | 市教育局/LF | 3个 4所 | -"),
        Shown.parsed("一、建设任务\n新建学校。\n3个新校区投入使用。\n4所学校完成改造。\n责任单位:市教育局\n"));
  }

  /**
   * wild/w1682: a bracket of units and the verb saying they carry the task out, no role word (市政府法制办会同市有关部门办理):
   * the first leads, those after 会同 support.
   */
  @Test
  void unitsThenTheVerbSayingTheyCarryItOut() {
    assertEquals(List.of("建立健全科学民主决策制度。 | 市政府法制办/LF 市有关部门/S |  | -",
        "全面实施政府信息公开条例。 | 市政务公开办/LF 市保密局/S 市有关部门/S |  | -",
        "深化行政审批制度改革。 | 市政府法制办/LF 市监察局/S 市编办/S |  | -", "推行行政执法责任制。 | 市法制局/LF |  | -"),
        Shown.parsed("1. 建立健全科学民主决策制度。(市政府法制办会同市有关部门办理)\n"
            + "2. 全面实施政府信息公开条例。(市政务公开办、市保密局会同市有关部门办理)\n"
            + "3. 深化行政审批制度改革。(市政府法制办、市监察局、市编办等有关部门办理)\n4. 推行行政执法责任制。(市法制局落实)\n"));
    // a bracket that says how or where the task is done, no units, stays the task's
    assertEquals(List.of("推行垃圾分类(市区范围内实施)。 | 市城管局/LF |  | -"),
        Shown.parsed("1. 推行垃圾分类(市区范围内实施)。\n责任单位:市城管局\n"));
  }

  /**
   * wild/w1741: items counted in words (第一件:), each closed by a bracket of its units and the leaders in charge
   * (分工领导:, a leader's label by its head noun), a progress paragraph after each.
   */
  @Test
  void itemsCountedInWordsWithTheirLeaders() {
    assertEquals(List.of("淘汰10吨以下燃煤锅炉500台,改善城市空气质量 | 市环保局/LF 市建委/S | 500台 | -",
        "开工建设市急救中心 | 市卫生局/LF |  | -"),
        Shown.parsed("2000年市政府确定重点办好12件实事。\n第一件:淘汰10吨以下燃煤锅炉500台,改善城市空气质量(责任单位:市环保局、市建委;分工领导:刘建华、杨军)。\n"
            + "完成情况:全年共淘汰燃煤锅炉960台,超额完成了任务。\n第二件:开工建设市急救中心(责任单位:市卫生局;分工领导:臧爱民)。\n"
            + "完成情况:已于9月30日开工建设。\n"));
    // a sentence that counts (第一项工作是…) is no item's number
    assertEquals(List.of("第一项工作是完善制度。 | 市教育局/LF |  | -"),
        Shown.parsed("1.第一项工作是完善制度。(市教育局负责)\n"));
  }

  /**
   * wild/w1741, wild/w1661: a size bounded by 以下 that names the class a later count of its clause counts, and a
   * count in words that names a code (中央八项规定), are no targets.
   */
  @Test
  void qualifiersAndCodesAreNoTargets() {
    assertEquals(List.of("淘汰10吨以下燃煤锅炉500台,50亩以上种养基地20个。 | 市环保局/LF | 500台 20个 | -",
        "严格落实中央八项规定精神,新建5000平方米以上。 | 市纪委/LF | 5000平方米以上 | -"),
        Shown.parsed("1.淘汰10吨以下燃煤锅炉500台,50亩以上种养基地20个。(市环保局负责)\n"
            + "2.严格落实中央八项规定精神,新建5000平方米以上。(市纪委负责)\n"));
  }

  /** wild/w1721: a label with a bracket of another head noun before its colon (责任科室(单位):) is that label. */
  @Test
  void aLabelWithABracketOfAnotherHeadNoun() {
    assertEquals(List.of("对医院的公厕进行整治提升。 | 县总医院/LF 县妇幼保健院/S |  | -",
        "开展爱卫活动。 | 县卫健局/LM 县城管局/S |  | -"),
        Shown.parsed("1.对医院的公厕进行整治提升。\n责任科室(单位):县总医院、县妇幼保健院\n2.开展爱卫活动。\n"
            + "牵头单位(部门):县卫健局\n配合单位(部门):县城管局\n"));
  }

  /**
   * wild/w1722, found by the rendered-gold harness: a quote opened by “ and closed by the double prime 〞 (a converter's
   * or an old font's) is closed, so the clause bracket after it is read whole (before, its first label was lost).
   */
  @Test
  void aQuoteClosedByADoublePrime() {
    assertEquals(List.of("去除“三堆〞、“三小〞和乱贴乱画。 | 城管部门/LM 各街道/S 市教委/S |  | -"),
        Shown.parsed("1．去除“三堆〞、“三小〞和乱贴乱画。（牵头单位：城管部门；参与单位：各街道、市教委）\n"));
  }

  /** The twelfth blind review's regressions, each fixed: shapes the session's rules first misread. */
  @Test
  void shapesTheRulesLeaveAlone() {
    // a wrapped sentence's count (1名, 3所) and a phrase (4大行动) after items numbered 1. are no items
    assertEquals(List.of("一、加强基层治理 / 配备专职网格员,每个社区至少配备1名专职网格员。 | 市委政法委/LM 市民政局/S | 至少配备1名 | -",
        "一、加强基层治理 / 新建社区综合服务中心3所,改扩建5所。 | 市民政局/LM | 3所 5所 | -",
        "一、加强基层治理 / 推进产业数字化。4大行动全面启动。 | 市发改委/LF |  | -"),
        Shown.parsed("一、加强基层治理\n1.配备专职网格员,每个社区至少配备\n1名专职网格员。(市委政法委牵头,市民政局配合)\n"
            + "2.新建社区综合服务中心\n3所,改扩建5所。(市民政局牵头)\n3.推进产业数字化。\n4大行动全面启动。\n责任单位:市发改委\n"));
    // a bracket saying how or by whom it is done (按照…实施, 第三方机构实施) gives no unit over the task's label
    assertEquals(List.of("推进审批制度改革(按照省统一部署实施)。 | 市住建局/LF |  | -", "开展营商环境评价(第三方机构实施)。 | 市发改委/LF |  | -"),
        Shown.parsed("1.推进审批制度改革(按照省统一部署实施)。\n责任单位:市住建局\n2.开展营商环境评价(第三方机构实施)。\n"
            + "责任单位:市发改委\n"));
    // 第一项 and 第二项 inside a task's own count are its text
    assertEquals(List.of("加快重点项目建设,其中:第一项 新建项目60个;第二项 续建项目40个。 | 市发改委/LF | 60个 40个 | -"),
        Shown.parsed("1.加快重点项目建设,其中:\n第一项 新建项目60个;\n第二项 续建项目40个。\n责任单位:市发改委\n"));
    // a bound before words and a figure of another clause is a target still; a code made (制定出台三项规定) is counted
    assertEquals(List.of("全年新增城镇就业1.2万人以上农村劳动力转移就业2万人次。 | 市人社局/LF | 1.2万人以上 2万人次 | -",
        "年内制定出台三项规定,营业收入100亿元以上同比增长10%。 | 市商务局/LF | 三项 100亿元以上 10% | 年内"),
        Shown.parsed("1.全年新增城镇就业1.2万人以上\n农村劳动力转移就业2万人次。\n责任单位:市人社局\n"
            + "2.年内制定出台三项规定,营业收入100亿元以上同比增长10%。\n责任单位:市商务局\n"));
  }

  /** wild/w1581: a task's sentence, then 由 the units that organise it (组织) and those who support. */
  @Test
  void theUnitsThatOrganiseItAndThoseWhoSupport() {
    assertEquals(List.of("大型文体表演由市文化出版局和大型活动部组织,市教育局配合。 | 市文化出版局/LF 大型活动部/S 市教育局/S |  | -",
        "仪仗队由市教育局组织实施。 | 市教育局/LF |  | -"),
        Shown.parsed("①大型文体表演由市文化出版局和大型活动部组织,市教育局配合。\n②仪仗队由市教育局组织实施。\n"));
    // places that organise (由各地组织) are no units
    assertEquals(List.of(), Shown.parsed("①大型文体表演由各地组织,群众参与。\n②加强宣传。\n").stream()
        .filter(m -> m.contains("各地/")).toList());
  }

  /**
   * wild/w1723: a row's sub-items, its units cell after the last of them (2、…. 区卫生局): the cell is every
   * sub-item's, as a clause closing sub-items is.
   */
  @Test
  void aRowsUnitsCellAfterItsLastSubItem() {
    assertEquals(List.of("LED显示屏中未见公益宣传内容; | 区卫生局/LF |  | -", "投诉机制未按规定建立. | 区卫生局/LF |  | -",
        "学校内未设置公益宣传; | 区教育局/LF |  | -", "食堂工作人员健康证未办理. | 区教育局/LF |  | -"),
        Shown.parsed("3 黎明社区卫生服务中心\n\n1、LED显示屏中未见公益宣传内容;\n\n2、投诉机制未按规定建立. 区卫生局\n\n"
            + "4 前庄路温州建校\n\n1、学校内未设置公益宣传;\n\n2、食堂工作人员健康证未办理. 区教育局\n"));
    // rows of their own cells (unit, deadline), read or not, are no sub-items of the last row: its unit is its own
    List<String> rows = Shown.parsed("1、新建改建农村公路100公里 市交通运输局 2024年底前\n2、改造农村危桥10座;\n"
        + "3、新建公办幼儿园5所. 区教育局\n");
    assertEquals(3, rows.size(), rows.toString());
    assertEquals(List.of(), rows.subList(0, 2).stream().filter(m -> m.contains("区教育局/")).toList());
  }

  /**
   * Found by the rendered-gold harness: a task's 主办单位 right under its leader's label, the site's words (ICP备) below,
   * is the task's label, not the page's credit; the page's credit after its print and close links is the page's still.
   */
  @Test
  void aTasksCreditUnderItsLeadersLabel() {
    assertEquals(List.of("一、重点任务 / 责令大湖口镇人民政府立即对修建围墙的行为进行制止。 | 大湖口镇人民政府/LM |  | -"),
        Shown.parsed("网站标识码:1234000001\n一、重点任务\n1．责令大湖口镇人民政府立即对修建围墙的行为进行制止。\n牵头领导：李四\n"
            + "主办单位:大湖口镇人民政府\n\nICP备12345678号\n"));
    assertEquals(List.of("一、重点任务 / 加强河道巡查。 | 县水利局/LF |  | -"),
        Shown.parsed("一、重点任务\n1．加强河道巡查。\n责任单位:县水利局\n牵头领导：李四\n【打印本页】【关闭窗口】\n"
            + "主办单位:XX县人民政府办公室\nICP备12345678号\n"));
    // (twelfth session, the same harness) right under the task, where the page's header credits another body: the
    // site credits once, so this one is the task's
    assertEquals(List.of("一、重点任务 / 责令大湖口镇人民政府立即对修建围墙的行为进行制止。 | 大湖口镇人民政府/LM |  | -"),
        Shown.parsed("网站标识码:1234000001\n主办单位:XX市人民政府办公室\nXX市2024年重点工作任务分解表\n\n一、重点任务\n"
            + "1．责令大湖口镇人民政府立即对修建围墙的行为进行制止。\n主办单位:大湖口镇人民政府\n\nICP备12345678号\n"
            + "版权所有:XX市人民政府\n"));
    // the same task's label under each of its tasks is no page's header: each task keeps its own (dev/doc03's shape)
    assertEquals(List.of("一、重点任务 / 改造提升816东路。 | 县城投公司/LM 住建局/S |  | -",
        "一、重点任务 / 新建城区停车场。 | 县城投公司/LM 凤城镇/S |  | -"),
        Shown.parsed("一、重点任务\n1．改造提升816东路。\n主办单位:县城投公司,协办单位:住建局。\n2．新建城区停车场。\n"
            + "主办单位:县城投公司,协办单位:凤城镇。\nICP备12345678号\n"));
  }
}
