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
 * Indicator tables: a row per indicator, its unit of measure, one column per year and the units assessed for it
 * (考核责任单位), copied one cell a line with each cell's pipe after it.
 */
class IndicatorTableTest {

  /** 考核责任单位 names the units the assessment holds responsible, 评分部门 those that grade: only the second oversees. */
  @Test
  void theUnitsAssessedAreTheTasksUnits() {
    assertEquals(Columns.Kind.UNITS, Columns.kind("考核责任单位"));
    assertEquals(Columns.Kind.OVERSEER, Columns.kind("评分部门"));
    assertEquals(Columns.Kind.OVERSEER, Columns.kind("考核单位"));
  }

  /**
   * The blind review's case: a table whose only columns of units are its overseers' (评分部门, 督办单位) is a table
   * still, its tasks with no unit; the overseers lead none of them.
   */
  @Test
  void aTableOfOverseersOnlyGivesItsTasksWithNoUnit() {
    assertEquals(List.of("新增城镇就业2万人 |  | 2万人 | -"), Shown.parsed("|\n序号 |\n工作任务 |\n评分部门 |\n督办单位 | ||\n"
        + "|\n1 |\n新增城镇就业2万人 |\n市统计局 |\n市政府督查室 | ||\n"));
  }

  /**
   * A table with one space between its cells and a column between the task and its units ({@code 工作目标}): the
   * word there is that column's, as a pipe table's cell is, and the task keeps its own word. Before, the task was
   * the target's word and its own was lost.
   */
  @Test
  void aSpacedRowsWordBetweenTaskAndUnitsIsItsColumns() {
    List<String> piped = Shown.parsed("| 序号 | 工作任务 | 工作目标 | 责任单位 |\n| 1 | 推进垃圾分类 | 覆盖率90% | 县城管局 |\n"
        + "| 2 | 改造农村公路 | 完成100公里 | 县交通局 |\n");
    assertEquals(List.of("推进垃圾分类 | 县城管局/LF |  | -", "改造农村公路 | 县交通局/LF |  | -"), piped);
    assertEquals(piped, Shown.parsed("序号 工作任务 工作目标 责任单位\n1 推进垃圾分类 覆盖率90% 县城管局\n"
        + "2 改造农村公路 完成100公里 县交通局\n"));
  }

  /** A year alone heads the column of that year's figures: a column's name, so the header with seven of them is one. */
  @Test
  void aYearAloneNamesAColumn() {
    assertEquals(Columns.Kind.OTHER, Columns.kind("2009年"));
    assertEquals(List.of(Columns.Kind.SECTION, Columns.Kind.TASK, Columns.Kind.OTHER, Columns.Kind.OTHER,
        Columns.Kind.OTHER, Columns.Kind.OTHER, Columns.Kind.OTHER, Columns.Kind.UNITS),
        Columns.header(List.of("类别", "指标", "单位", "2009年", "2010年", "2011年", "2015年", "考核责任单位")));
  }

  /**
   * wild/w513: each cell a line with its pipe, a pipe alone an empty cell, a run of pipes closing each row; the rows
   * under a category lost its merged cell, and a unit's name was wrapped by a space. Before, nothing was read.
   */
  @Test
  void rowsClosedByARunOfPipesAreRead() {
    String table = "|\n济南市服务业考核分工表 | ||||\n|\n类别 |\n指标 |\n单位 |\n2009年 |\n2010年 |\n2015年 |\n考核责任单位 | |\n"
        + "|\n总体发展 指标 |\n服务业增加值 |\n亿元 |\n1711 |\n1910 |\n3600 |\n市发改委 | |\n"
        + "|\n服务业从业人员比重 |\n% |\n41.7 |\n|\n47 |\n市发改委 | ||\n"
        + "|\n支柱产业发展指标 |\n软件业销售收入 |\n亿元 |\n310 |\n450 |\n1700 |\n市经济和 信息化委 | |\n"
        + "|\n金融业增加值 |\n亿元 |\n229 |\n263 |\n530 |\n市金融办 | ||\n";
    assertEquals(List.of("总体发展 指标 / 服务业增加值 | 市发改委/LF |  | -",
        "总体发展 指标 / 服务业从业人员比重 | 市发改委/LF |  | -",
        "支柱产业发展指标 / 软件业销售收入 | 市经济和信息化委/LF |  | -",
        "支柱产业发展指标 / 金融业增加值 | 市金融办/LF |  | -"), Shown.parsed(table));
  }
}
