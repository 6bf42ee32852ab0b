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
 * Shapes met in the sixteenth session's work on real documents the parser had not read (wild corpus, round 44) and in
 * the blind review of its rules, each as a short hand-written snippet, with a neighbour the rule must leave as it was.
 */
class RecordsAndStepsTest {

  /** A task table's title, header and first row, which the rows of each case follow. */
  private static final String TABLE_HEAD = "2024年重点工作任务分解表\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
      + "| --- | --- | --- | --- |\n| 1 | 推进城区道路改造 | 县住建局 | 2024年10月底前 |\n";

  /**
   * The seventeenth blind review: a pipe row with all its cells whose units cell names no unit ({@code 按职责分工负责},
   * {@code 待定}, progress) took the units of the row above, as a row that lost its merged units cell does; {@code 同上}
   * still takes them.
   */
  @Test
  void aFullRowsUnitsCellThatNamesNoUnitIsItsOwn() {
    assertEquals(List.of("推进城区道路改造 | 县住建局/LF |  | 2024年10月底前",
        "推进背街小巷整治 | 县住建局/LF |  | 2024年11月底前",
        "推进公厕提标改造 |  |  | 2024年12月底前",
        "推进智慧停车建设 | 县交通局/LF |  | 2024年12月底前"),
        Shown.parsed(TABLE_HEAD
            + "| 2 | 推进背街小巷整治 | 同上 | 2024年11月底前 |\n"
            + "| 3 | 推进公厕提标改造 | 按职责分工负责 | 2024年12月底前 |\n"
            + "| 4 | 推进智慧停车建设 | 县交通局 | 2024年12月底前 |\n"));
    assertEquals(List.of("推进城区道路改造 | 县住建局/LF |  | 2024年10月底前",
        "推进智慧停车建设 |  |  | 2024年12月底前",
        "新增停车位500个 |  | 500个 | 2024年12月底前"),
        Shown.parsed(TABLE_HEAD
            + "| 2 | 推进智慧停车建设 | 待定 | 2024年12月底前 |\n"
            + "| 3 | 新增停车位500个 | 已完成60% | 2024年12月底前 |\n"));
    // (a row short of the header whose units cell holds progress lost its merged units cell: the units are the row above's)
    assertEquals(List.of("推进城区道路改造 | 县住建局/LF |  | 2024年10月底前",
        "推进背街小巷整治 | 县住建局/LF |  | 2024年10月底前",
        "推进智慧停车建设 | 县交通局/LF |  | 2024年12月底前"),
        Shown.parsed(TABLE_HEAD
            + "| 2 | 推进背街小巷整治 | 已完成摸排 |\n"
            + "| 3 | 推进智慧停车建设 | 县交通局 | 2024年12月底前 |\n"));
  }

  /**
   * wild/w2145: an events list whose items carry {@code 主办:} / {@code 承办:} / {@code 时间:} labels to the page's end gave
   * nothing: the credits at the end were read as the website's footer. The items carry the same credits, so they are
   * the items' labels; a second credit after an item's own, or one that names a site's owner, is still the footer.
   */
  @Test
  void creditsUnderEveryItemAreTheItemsLabels() {
    assertEquals(List.of("一、线上线下展 / “福见云霄”书画展 | 县文体旅局/LM 县文联/LM 县文化馆/S |  | 2月15日-21日",
        "一、线上线下展 / 灯谜晚会 | 县统计局/LM 县总工会/LM 县灯谜协会/S |  | 2月14-15日"),
        Shown.parsed("元宵系列活动安排\n"
            + "一、线上线下展\n"
            + "1.“福见云霄”书画展\n"
            + "主办:县文体旅局、县文联\n"
            + "承办:县文化馆\n"
            + "时间:2月15日-21日\n"
            + "2.灯谜晚会\n"
            + "主办:县统计局、县总工会\n"
            + "承办:县灯谜协会\n"
            + "时间:2月14-15日\n"));
    // (the blind review: a footer after the last item's own credits stays the page's)
    assertEquals(List.of("书画展 | 县委宣传部/LM 县文化馆/S |  | 2月底前",
        "灯谜晚会 | 县委宣传部/LM 县灯谜协会/S |  | 3月10日"),
        Shown.parsed("元宵系列活动安排\n"
            + "1.书画展\n"
            + "主办单位:县委宣传部\n"
            + "承办单位:县文化馆\n"
            + "时间:2月底前\n"
            + "2.灯谜晚会\n"
            + "主办单位:县委宣传部\n"
            + "承办单位:县灯谜协会\n"
            + "时间:3月10日\n"
            + "主办单位:中共XX县委宣传部\n"
            + "承办单位:XX县融媒体中心\n"));
    // (a footer naming the site's owner after items closed by brackets)
    assertEquals(List.of("一、线上线下展 / “福见云霄”书画展 | 县文体旅局/LM 县文化馆/S |  | -",
        "一、线上线下展 / 灯谜晚会 | 县总工会/LM 县灯谜协会/S |  | -"),
        Shown.parsed("元宵系列活动安排\n"
            + "一、线上线下展\n"
            + "1.“福见云霄”书画展(县文体旅局牵头,县文化馆配合)。\n"
            + "2.灯谜晚会(县总工会牵头,县灯谜协会配合)。\n"
            + "主办:云霄县人民政府办公室\n"
            + "承办:云霄县信息中心\n"));
  }

  /**
   * wild/w2185: duties counted in words, each led by its unit ({@code 一是縣財政局要…}), kept the count in the unit's name
   * and the task's text; a counted step inside a unit's label that hands its part on ({@code 三是由X负责}) stays the
   * label's unit's.
   */
  @Test
  void aStepsCountIsNoPartOfItsUnit() {
    assertEquals(List.of("县财政局要将防治经费纳入年度预算,及时拨付防治资金。 | 县财政局/LF |  | -",
        "县应急局要加强煤炭企业木材使用监管。 | 县应急局/LF |  | -",
        "县公安局要加大盗伐林木案件查处力度。 | 县公安局/LF |  | -"),
        Shown.parsed("县政府召开松材线虫病防治工作会议\n"
            + "会议要求,要细化责任分工。一是县财政局要将防治经费纳入年度预算,及时拨付防治资金。二是县应急局要加强煤炭企业木材使用监管。三是县公安局要加大盗伐林木案件查处力度。\n"));
    // (the blind review: a step after an item's topic, 强化要素保障。一是X要…)
    assertEquals(List.of("二、重点任务 / 强化要素保障。一是县自然资源局要保障重点项目用地需求。 | 县自然资源局/LF |  | -",
        "二、重点任务 / 规范涉企检查。一是市场监管部门牵头推行“综合查一次”。 | 市场监管部门/LF |  | -"),
        Shown.parsed("二、重点任务\n"
            + "(一)强化要素保障。一是县自然资源局要保障重点项目用地需求。\n"
            + "(二)规范涉企检查。一是市场监管部门牵头推行“综合查一次”。\n"));
    assertEquals(List.of("五、责任分工 / 负责整治办日常工作。 | 交通部门/LF |  | -",
        "五、责任分工 / 制订重点区域专项整治方案。 | 交通部门/LF |  | -",
        "五、责任分工 / 参与专项整治行动方案的制订。 | 公安部门/LF |  | -",
        "五、责任分工 / 由市交巡警总队负责,会同市残联研究制定残疾人代步车管理规范。 | 公安部门/LF |  | -"),
        Shown.parsed("五、责任分工\n"
            + "交通部门:一是负责整治办日常工作。二是制订重点区域专项整治方案。\n"
            + "公安部门:一是参与专项整治行动方案的制订。二是由市交巡警总队负责,会同市残联研究制定残疾人代步车管理规范。\n"));
  }
}
