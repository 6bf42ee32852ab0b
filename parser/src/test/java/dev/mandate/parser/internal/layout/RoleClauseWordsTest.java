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

/** Role clauses whose words of charge run together, or whose partners follow the lead's part. */
class RoleClauseWordsTest {

  /**
   * wild/w3102: a task's sentence closed by {@code 由X负责牵头组织实施,Y配合}: the words of charge run together after the
   * lead's name gave the item no units.
   */
  @Test
  void wordsOfChargeRunTogetherAfterTheLeadsName() {
    assertEquals(List.of("一、目标任务 / 城市主干道整治工作由区建设局负责牵头组织实施,各相关街道配合。 | 区建设局/LM 各相关街道/S |  | -",
        "一、目标任务 / 公路绿岛的整治工作由区交通局牵头组织实施,各相关街道配合。 | 区交通局/LM 各相关街道/S |  | -"),
        Shown.parsed("一、目标任务\n1、城市主干道整治工作由区建设局负责牵头组织实施,各相关街道配合。\n"
            + "2、公路绿岛的整治工作由区交通局牵头组织实施,各相关街道配合。\n"));
    // (review of round 55: 协助 is a partners' word as 配合 is)
    assertEquals(List.of("一、主要任务 / 开展人居环境整治行动,由市农业农村局负责,市住建局、市卫生健康委协助。 | 市农业农村局/LF 市住建局/S 市卫生健康委/S |  | -",
        "一、主要任务 / 实施城乡供水一体化工程,由市水利局负责组织,市财政局配合。 | 市水利局/LF 市财政局/S |  | -"),
        Shown.parsed("一、主要任务\n1、开展人居环境整治行动,由市农业农村局负责,市住建局、市卫生健康委协助。\n"
            + "2、实施城乡供水一体化工程,由市水利局负责组织,市财政局配合。\n"));
  }
  /**
   * Review of round 55 (p30): a sentence after the task's that names it (该项工作由…) with words of charge run together,
   * then its partners: the partners were lost, or the whole clause.
   */
  @Test
  void aThisTaskSentenceKeepsItsPartners() {
    assertEquals(List.of("三、主要任务 / 实施城乡供水一体化工程,2024年底前农村自来水普及率达到98%。 | 市水利局/LM 市财政局/S 市生态环境局/S | 98% | 2024年底前",
        "三、主要任务 / 推进固体废物综合利用。 | 市发改委/LM 市工信局/S |  | -"),
        Shown.parsed("三、主要任务\n(一)实施城乡供水一体化工程,2024年底前农村自来水普及率达到98%。该项工作由市水利局负责牵头组织实施,市财政局、市生态环境局配合。\n"
            + "(二)推进固体废物综合利用。此项任务由市发改委牵头负责,市工信局参加。\n"));
  }

  /** Review of round 42 (r1_16): two units joined by 和 that organise the task together (共同组织), then partners. */
  @Test
  void unitsThatOrganiseTogetherLeadTheirPartners() {
    assertEquals(List.of("一、主要任务 / 科普宣传周由市科协和市科技局共同组织,各学校配合。 | 市科协/LF 市科技局/S 各学校/S |  | -",
        "一、主要任务 / 防灾减灾宣传由市应急局负责组织,各镇街配合。 | 市应急局/LF 各镇街/S |  | -"),
        Shown.parsed("一、主要任务\n1.科普宣传周由市科协和市科技局共同组织,各学校配合。\n2.防灾减灾宣传由市应急局负责组织,各镇街配合。\n"));
  }
}
