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

/** Numbered items that open with an office's name as a sentence of its own, then its duties. */
class OrganSentencesTest {

  /**
   * wild/w2865: a bureau's sections (股), each item its name and a full stop, then its duties; only the office named
   * by a strong suffix (辦公室) had its unit, the sections' names stayed in the tasks' text.
   */
  @Test
  void aSectionsNameAsASentenceBeforeItsDutiesIsTheItemsUnit() {
    assertEquals(List.of("負責機關日常運轉,承擔安全、保密等工作。 | 辦公室/LF |  | -",
        "擬訂衛生健康人才發展政策,承擔機關的人事管理工作。 | 人事股/LF |  | -",
        "組織擬訂全市衛生健康事業中長期發展規劃。 | 規劃發展與信息化股/LF |  | -",
        "承擔市深化醫藥衛生體制改革工作。 | 體制改革股/LF |  | -"),
        Shown.parsed("市衛健局設下列內設機構:\n(一)辦公室。負責機關日常運轉,承擔安全、保密等工作。\n"
            + "(二)人事股。擬訂衛生健康人才發展政策,承擔機關的人事管理工作。\n"
            + "(三)規劃發展與信息化股。組織擬訂全市衛生健康事業中長期發展規劃。\n"
            + "(四)體制改革股(加掛藥物政策股牌子)。承擔市深化醫藥衛生體制改革工作。\n"));
  }

  /**
   * wild/w2942: a company's rules, each office's duties an article ({@code 第五条 营销部职责}) over items numbered in
   * tortoise-shell brackets ({@code 〔一〕}); only the office named by a strong suffix (办公室) had its unit, and the
   * brackets numbered nothing.
   */
  @Test
  void anArticleOverAWeakOfficesDutiesHeadsItsItems() {
    assertEquals(List.of("第四条 办公室职责 / 负责组织人员参与省市政府组织的有关保供电会议 | 办公室/LF |  | -",
        "第五条 营销部职责 / 负责保供电工作归口治理 | 营销部/LF |  | -",
        "第五条 营销部职责 / 负责组织召开保供电专题会议 | 营销部/LF |  | -",
        "第六条 生技部职责 / 负责接受营销部下达的保供电任务 | 生技部/LF |  | -"),
        Shown.parsed("第三条 本办法适用于供电公司保供电管理工作\n第四条 办公室职责\n〔一〕负责组织人员参与省市政府组织的有关保供电会议\n"
            + "第五条 营销部职责\n〔一〕负责保供电工作归口治理\n〔二〕负责组织召开保供电专题会议\n"
            + "第六条 生技部职责\n〔一〕负责接受营销部下达的保供电任务\n"));
  }

  /** wild/w2944: a ministry's departments (司) as labels before their duties, as a bureau's offices (处) are. */
  @Test
  void aDepartmentOfAMinistryBeforeItsColonIsTheItemsUnit() {
    assertEquals(List.of("提出邮政行业的发展战略、规划、标准和政策; | 政策法规司/LF |  | -",
        "拟订机关人事、教育、培训管理制度并组织实施。 | 人事司/LF |  | -"),
        Shown.parsed("2、政策法规司:提出邮政行业的发展战略、规划、标准和政策;\n4、人事司:拟订机关人事、教育、培训管理制度并组织实施。\n"));
  }

  /** wild/w385: a triangle before the first unit of a cell (▲发改局) marks it, as a star does: no part of its name. */
  @Test
  void aTriangleBeforeAUnitIsASignNotItsName() {
    assertEquals(List.of("生产总值增长7.5%左右 | 发改局/LM 各部门/S | 7.5%左右 | -"),
        Shown.parsed("序号 | 指标 | 责任单位 |\n1 | 生产总值增长7.5%左右 | ▲发改局,各部门 |\n"));
  }

  /**
   * wild/w1981: an office's heading with its other suffix in a bracket ({@code 9、保卫部(处)}) was taken for a clause
   * of no unit; it heads its items as {@code 8、宣传部} does.
   */
  @Test
  void anOfficesOtherSuffixInABracketIsItsName() {
    assertEquals(List.of("8、宣传部 / 负责迎新期间的宣传工作; | 宣传部/LF |  | -",
        "9、保卫部(处) / 负责车站迎新接待站点设立工作; | 保卫部/LF |  | -",
        "9、保卫部(处) / 负责确保校区周边的交通畅通。 | 保卫部/LF |  | -"),
        Shown.parsed("8、宣传部\n(1)负责迎新期间的宣传工作;\n9、保卫部(处)\n(1)负责车站迎新接待站点设立工作;\n"
            + "(2)负责确保校区周边的交通畅通。\n"));
  }

  /** Places inspected, named as sentences before what is checked there, are no units. */
  @Test
  void placesInspectedAreNoUnits() {
    assertEquals(List.of(), Shown.parsed("检查重点如下:\n(一)实验室。检查危险化学品存放是否规范。\n"
        + "(二)会议室。检查消防器材是否完好有效。\n"));
  }
}
