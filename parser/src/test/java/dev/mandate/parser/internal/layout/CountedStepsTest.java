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

/** Steps counted in words ({@code 一是…}, {@code 二是…}) that open their lines as a document's own list. */
class CountedStepsTest {

  /**
   * wild/w2945: a police bureau's rules, each a line opening with its count after the news item's preamble, gave
   * nothing; they are its tasks, their units inside their sentences.
   */
  @Test
  void stepsOpeningLinesAfterAPreambleAreTasks() {
    List<String> shown = Shown.parsed("县公安局出台八项制度\n为扎实推进创建工作,县公安局出台八项制度。\n"
        + "一是建立联络制度。各所队室要确定1名联络员,局办公室负责建立联络群。\n"
        + "二是落实周报制度。各所队室要每周报告工作进展情况。\n");
    assertEquals(2, shown.size(), shown.toString());
    assertEquals(true, shown.get(0).startsWith("建立联络制度。"), shown.toString());
  }

  /**
   * wild/w2502: steps run on in one paragraph that opens with the first, each given to its unit after 由, gave nothing;
   * the review's case of steps led by their units and one by 由 gave two of three. In a table flattened a cell a line
   * (its columns' names before), steps are a cell's words.
   */
  @Test
  void stepsRunOnInAParagraphThatOpensWithTheFirst() {
    assertEquals(List.of("大力做好道路环境整治工作。出动100余人次。 | 城管办/LM | 100余人次 | -",
        "全面落实小区环境整治工作。 | 各社区/LF |  | -"),
        Shown.parsed("为全力做好城市精细化管理工作,街道办事处多措并举。\n"
            + "一是由城管办牵头,大力做好道路环境整治工作。出动100余人次。二是由各社区负责,全面落实小区环境整治工作。\n"));
    assertEquals(List.of(), Shown.parsed("目标任务\n执行措施\n工作进展\n后续举措\n"
        + "一是镇党政主要领导定期外出招商。二是继续跟进对接在谈项目。\n"));
  }

  /**
   * Steps under a numbered item are the item's own words, closed by its units' label (the review's case), and one
   * step alone, or steps out of order, are a sentence's counts.
   */
  @Test
  void stepsUnderAnItemOrAloneStayTheirParagraphs() {
    assertEquals(List.of("加快项目建设。一是抓好重点项目开工;二是加快续建项目进度。 | 县发改局/LF |  | -"),
        Shown.parsed("(一)加快项目建设。\n一是抓好重点项目开工;\n二是加快续建项目进度。\n责任单位:县发改局\n"));
    assertEquals(List.of(), Shown.parsed("会议指出:\n二是加快续建项目进度。\n一是抓好重点项目开工。\n"));
  }
}
