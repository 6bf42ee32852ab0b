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
 * Shapes met in the fifteenth session's work on real documents the parser had not read (wild corpus, round 43), each
 * as a short hand-written snippet of the shape, with a neighbour the rule must leave as it was.
 */
class UnseenClausesTest {

  /**
   * wild/w2063: a bracket that opens with how often the item is reported ({@code (季度,由市统计局为主落实)}) or with a date
   * ({@code (2023年底前,由市经委牵头,…)}) before its units: the period is no unit and no deadline, the date the deadline;
   * both were read as the leading unit.
   */
  @Test
  void aPeriodOrDateBeforeTheUnitsIsNoUnit() {
    assertEquals(List.of("三、预警预测主要内容 / 全市GDP能耗情况及分地区GDP能耗趋势 | 市统计局/LF |  | -",
        "三、预警预测主要内容 / 全社会及分地区总用电情况 | 市经委/LF 电业局/S |  | -",
        "三、预警预测主要内容 / 重点企业能耗情况 | 市经委/LM 市统计局/S |  | -",
        "三、预警预测主要内容 / 重点企业节能目标完成进度 | 市经委/LM 市统计局/S |  | 2023年底前"),
        Shown.parsed("三、预警预测主要内容\n(一)全市GDP能耗情况及分地区GDP能耗趋势(季度,由市统计局为主落实);\n"
            + "(二)全社会及分地区总用电情况(月度,由市经委、电业局为主落实);\n(三)重点企业能耗情况(每月,由市经委牵头,市统计局配合);\n"
            + "(四)重点企业节能目标完成进度(2023年底前,由市经委牵头,市统计局配合)。\n"));
    // (the seventeenth blind review: a start, 自2024年3月起, is no deadline and no unit)
    assertEquals(List.of("推进工程建设项目审批改革 | 市住建局/LM 市行政审批局/S |  | -"),
        Shown.parsed("1.推进工程建设项目审批改革(自2024年3月起,市住建局牵头,市行政审批局配合)\n"));
    // (a first part that names a unit stays one; a deadline after the units goes on as before)
    assertEquals(List.of("一、保障措施 / 落实学校建设资金 | 市教育局/LF 市财政局/S |  | -",
        "一、保障措施 / 新建学校3所 | 市教育局/LM 市财政局/S | 3所 | 2023年12月底前完成"),
        Shown.parsed("一、保障措施\n1.落实学校建设资金(市教育局,市财政局);\n2.新建学校3所(市教育局牵头,市财政局配合;2023年12月底前完成)。\n"));
  }

  /**
   * wild/w2102: {@code 此项工作由X牵头,Y、Z参加。} on the line after an item is the item's role sentence, as {@code
   * 由X牵头,…参加。} was; the lead alone was read, its partners lost.
   */
  @Test
  void thisTasksRoleSentenceUnderItsItem() {
    assertEquals(List.of("深化基础教育体制改革。合理配置公共教育资源。 | 市教育局/LM 市发展改革局/S 财政局/S 各区政府/S |  | -",
        "全面启动行政事业性国有资产监管体制改革。 | 市国资委/LM 市财政局/S 监察局/S |  | -"),
        Shown.parsed("25.深化基础教育体制改革。合理配置公共教育资源。\n此项工作由市教育局牵头,市发展改革局、财政局,各区政府参加。\n"
            + "26.全面启动行政事业性国有资产监管体制改革。\n此项工作由市国资委牵头,市财政局、监察局参加。\n"));
  }

  /**
   * wild/w2062: an item's short topic closed by its colon, then a sentence led by 由 ({@code 1.“森林覆盖率”:由市农林局牵头,
   * 市交通局等部门配合,会同…}), is one item whose units that sentence gives; it was cut at the colon into a topic with no
   * units and a clause with no task. Partners closed by a full stop, or with 等部门 before 配合, are read too.
   */
  @Test
  void aTopicClosedByItsColonThenItsUnits() {
    assertEquals(List.of("(一)狠抓重点难点指标 / “农村居民人均纯收入”:由市农林局牵头,市统计局、市财政局等部门配合,会同辖市(区)制订农民增收方案。"
        + " | 市农林局/LM 市统计局/S 市财政局/S |  | -",
        "(一)狠抓重点难点指标 / “百户家庭电脑拥有量”:由市科技局牵头,市文化局、市科协配合。以综合信息服务网为平台,普及计算机应用知识。"
            + " | 市科技局/LM 市文化局/S 市科协/S |  | -"),
        Shown.parsed("(一)狠抓重点难点指标\n1.“农村居民人均纯收入”:由市农林局牵头,市统计局、市财政局等部门配合,会同辖市(区)制订农民增收方案。\n"
            + "2.“百户家庭电脑拥有量”:由市科技局牵头,市文化局、市科协配合。以综合信息服务网为平台,普及计算机应用知识。\n"));
    // (the topic closed by its full stop: the partners whose clause a full stop ends are read too)
    assertEquals(List.of("提高农村居民人均纯收入。由市农林局牵头,市统计局配合。制订农民增收方案。 | 市农林局/LM 市统计局/S |  | -"),
        Shown.parsed("1.提高农村居民人均纯收入。由市农林局牵头,市统计局配合。制订农民增收方案。\n"));
    // (the review of this change: an item that ends with its colon, the text's last line, reads as before; a colon
    // topic whose sentence after 由 names no lead's role names no unit: 由各县区自查 says how)
    assertEquals(List.of(), Shown.parsed("1.农村居民人均纯收入:\n"));
    assertEquals(List.of("检查方式:由各县区自查,市级抽查,市应急局、市市场监管局配合。 |  |  | -",
        "燃气安全:由市住建局牵头,市公安局配合;2024年6月底前完成。 | 市住建局/LM 市公安局/S |  | 2024年6月底前"),
        Shown.parsed("1.检查方式:由各县区自查,市级抽查,市应急局、市市场监管局配合。\n2.燃气安全:由市住建局牵头,市公安局配合;2024年6月底前完成。\n"));
  }

  /**
   * wild/w2041: in a report run into one line, {@code (二)3件州政协委员提案分别是:} (a Chinese numeral's numbering before a
   * count) starts an item; and a bracket's parts before {@code 由我局主办} that name no agency (the suggestion's number,
   * its proposer) are no units.
   */
  @Test
  void aReportsSuggestionsEachWithItsHandler() {
    assertEquals(List.of("一、基本状况/(一)2件州人大代表建议分别是: / 关于提高环卫工福利待遇的建议 | 我局/LM |  | -",
        "一、基本状况/(一)2件州人大代表建议分别是: / 关于规范全州城区摩托车管理的建议 | 我局/LM |  | -",
        "一、基本状况/(二)3件州政协委员提案分别是: / 关于加强城市小街小巷环境卫生的建议 | 县住建局/LM 我局/S |  | -"),
        Shown.parsed("一、基本状况 (一)2件州人大代表建议分别是:1、关于提高环卫工福利待遇的建议(州人大第214号建议,县环卫所李燕芹等11人,由我局主办);"
            + " 2、关于规范全州城区摩托车管理的建议(州人大第73号建议,龙山县电视台王维兵,由我局主办)。 (二)3件州政协委员提案分别是:"
            + "1、关于加强城市小街小巷环境卫生的建议(州政协第23号提案,县住建局牵头,由我局配合)。\n"));
    // (the seventeenth blind review: steps counted inside an item's sentence, (一)3月底前…, glued to the words before
    // them, stay the item's; short names before a 由 part, with no number among them, stay units)
    assertEquals(List.of("开展燃气安全隐患排查,分阶段实施(一)3月底前完成全面摸底排查;(二)6月底前完成隐患整改销号 | 市住建局/LM 市应急局/S"
        + " |  | 3月底前"),
        Shown.parsed("1.开展燃气安全隐患排查,分阶段实施(一)3月底前完成全面摸底排查;(二)6月底前完成隐患整改销号(市住建局牵头,市应急局配合)。\n"));
    assertEquals(List.of("建设智慧校园 | 县一中/LF 实验小学/S 县教育局/S |  | -"),
        Shown.parsed("1.建设智慧校园(县一中、实验小学,由县教育局配合)\n"));
  }

  /**
   * A pipe table whose units cell was merged down its rows: the rows after the first, short of it, put their first
   * words where the units column is ({@code | 2 | 重大经济事项决策 | 高 | 加强…}); they move to the columns their cells fit,
   * and the units come from the row above.
   */
  @Test
  void rowsShortOfAMergedUnitsCell() {
    assertEquals(List.of("1.加强教育提醒; 2.制定加油、维修及车辆管理制度。 | 市重点工程建设管理服务中心/LF |  | -",
        "加强“三重一大”制度的执行管理。 | 市重点工程建设管理服务中心/LF |  | -",
        "严格按照实际需求进行设计;实行设计会审制度。 | 市重点工程建设管理服务中心/LF |  | -",
        "严格落实招标采购制度。 | 市财政局/LF |  | -"),
        Shown.parsed("| 序号 | 单位/科室 | 风险点 | 风险等级 | 防控措施 | 部门负责人 | 责任领导 |\n"
            + "| 1 | 市重点工程建设管理服务中心 | 公车管理 | 低 | 1.加强教育提醒; 2.制定加油、维修及车辆管理制度。 | 徐千 | 李彬 |\n"
            + "| 2 | 重大经济事项决策 | 高 | 加强“三重一大”制度的执行管理。 |\n| 3 | 工程设计 | 中 | 严格按照实际需求进行设计;实行设计会审制度。 |\n"
            + "| 4 | 市财政局 | 工程招标 | 中 | 严格落实招标采购制度。 | 王五 | 赵六 |\n"));
    // (the seventeenth blind review: a row with its task in place and 同上 or 待定 for units keeps its cells, and its
    // deadline the row above's)
    assertEquals(List.of("推进城区道路改造 | 县住建局/LF |  | 2024年10月底前", "推进背街小巷整治 | 县住建局/LF |  | 2024年10月底前",
        "推进公厕提标改造 | 县城管局/LF |  | 2024年12月底前"),
        Shown.parsed("| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 推进城区道路改造 | 县住建局 | 2024年10月底前 |\n"
            + "| 2 | 推进背街小巷整治 | 同上 |\n| 3 | 推进公厕提标改造 | 县城管局 | 2024年12月底前 |\n"));
    // (a row the page's end cut inside its units list keeps its cells where they stand)
    assertEquals(List.of("地区生产总值增长5.5% | 区发改经信局/LM 区财政局/S 区住房和城建局/S | 5.5% | -"),
        Shown.parsed("序号 | 任务名称 | 牵头部门 | 配合部门 |\n1 | 地区生产总值增长5.5% | 区发改经信局 | 区财政局、区住房和城建局、区\n"));
  }

  /** wild/w2061: {@code (市国土资源局、环保局按照职责牵头负责)}: how the units lead is no part of their names. */
  @Test
  void howTheUnitsLeadIsNoPartOfTheirNames() {
    assertEquals(List.of("加强污染治理 | 市国土资源局/LM 环保局/LM |  | -"),
        Shown.parsed("1.加强污染治理(市国土资源局、环保局按照职责牵头负责)\n"));
  }
}
