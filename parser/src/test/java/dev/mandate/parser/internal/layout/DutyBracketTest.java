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

/** Brackets that close a task with its units and the verb of carrying it out, no role word. */
class DutyBracketTest {

  /**
   * wild/w2962: {@code (市发展改革委会同有关部门和各县区组织推进)}: the lead before 会同, its partners after, the verbs
   * 组织推进 or 组织落实 after them. Before, the bracket was no clause and the plan's tasks had no unit.
   */
  @Test
  void unitsWithTheirPartnersAndHowTheyCarryTheTaskOut() {
    assertEquals(List.of("加快发展现代服务业。服务业增加值占比达到40%。 | 市发改委/LF 有关部门/S 各县区/S | 40% | -",
        "推进新型工业化。规模以上工业增加值年均增长15%。 | 市经委/LF 有关部门/S | 15% | -"),
        Shown.parsed("(一)加快发展现代服务业。服务业增加值占比达到40%。(市发改委会同有关部门和各县区组织推进)\n"
            + "(二)推进新型工业化。规模以上工业增加值年均增长15%。(市经委会同有关部门组织落实)\n"));
  }

  /** wild/w740: a list of names then 组织实施, the first listed leading. */
  @Test
  void aListOfNamesThenTheVerbOfCarryingOut() {
    assertEquals(List.of("加强学校德育队伍建设。 | 自治区党委组织部/LF 教育厅/S 团委/S |  | -"),
        Shown.parsed("1.加强学校德育队伍建设。(自治区党委组织部、教育厅、团委组织实施)\n"));
  }

  /** A bracket of how a task is carried out, with no unit before the verb, stays the task's words. */
  @Test
  void aMannerWithoutUnitsIsNoClause() {
    assertEquals(List.of(), Shown.parsed("(一)加快发展现代服务业。(按照统一部署组织实施)\n(二)推进新型工业化。(分步组织推进)\n"));
  }

  /**
   * wild/w3162, found by {@code RenderedGoldProperties} (a seed of the twenty-sixth session): a quote the copy never closes
   * ({@code 小升高”“高升规计划}) hid the task's clause bracket after it, its label split at the semicolon inside.
   */
  @Test
  void aQuoteNeverClosedHidesNoClauseBracket() {
    assertEquals(List.of("深入实施小升高”“高升规计划,全年新增培育独角兽、瞪羚企业3家。 | 区发改委/LM 区科技局/S | 3家 | -",
        "建立健全预防中小学生溺水安全管理制度; | 教育主管部门/LM |  | -"),
        Shown.parsed("1．深入实施小升高”“高升规计划,全年新增培育独角兽、瞪羚企业3家。(牵头部门:区发改委;协办单位:区科技局)\n"
            + "2．建立健全预防中小学生溺水安全管理制度;（主责单位：教育主管部门）\n"));
  }

  /**
   * Review of round 56 (p18): an opening quote the copy lost the close of, before a quote that is closed, hid the
   * item's clauses; the next item's clause then went to it.
   */
  @Test
  void aLostQuoteBeforeAClosedOneHidesNoClause() {
    assertEquals(List.of("一、推进项目建设 / 推动“专精特新企业培育,新增国家级小巨人企业5家 | 市经信局/LM | 5家 | -",
        "一、推进项目建设 / 建立“链长制”工作机制 | 市发改委/LM 市经信局/S |  | -",
        "一、推进项目建设 / 实施“两新”行动,提出“以旧换新 | 市商务局/LF |  | -"),
        Shown.parsed("一、推进项目建设\n1.推动“专精特新企业培育,新增国家级小巨人企业5家(市经信局牵头)。建立“链长制”工作机制(市发改委牵头,市经信局配合)。\n"
            + "2.实施“两新”行动,提出“以旧换新(市商务局负责)。\n"));
  }
}
