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
 * Shapes met in the eighteenth session's work on real documents the parser had not read (wild corpus, rounds 44–46,
 * and the twentieth blind review), each as a short hand-written snippet, with a neighbour the rule must leave as it
 * was.
 */
class TopicClausesAndFieldBulletsTest {

  /**
   * The nineteenth blind review's cases: a bullet before an item's field ({@code - 牵头单位:…}, {@code —— 完成时限:…})
   * hid the label, so the fields' values became tasks of their own or were lost; a bullet before plain text still
   * opens an item.
   */
  @Test
  void aBulletBeforeAFieldLeavesTheFieldAField() {
    assertEquals(List.of("新建公办幼儿园5所 | 市教育局/LM 市财政局/S 各区政府/S | 5所 | 2024年9月底前",
        "改造老旧小区30个 | 市住建局/LM | 30个 | 2024年12月底前"),
        Shown.parsed("2024年为民办实事项目\n\n1. 新建公办幼儿园5所\n- 牵头单位：市教育局\n- 配合单位：市财政局、各区政府\n"
            + "- 完成时限：2024年9月底前\n\n2. 改造老旧小区30个\n—— 牵头单位：市住建局\n—— 完成时限：2024年12月底前\n"));
    assertEquals(List.of("加强宣传引导,营造良好氛围。 |  |  | -", "注意:各单位要按时报送进展。 |  |  | -"),
        Shown.parsed("工作安排\n- 加强宣传引导,营造良好氛围。\n- 注意:各单位要按时报送进展。\n"));
  }

  /**
   * wild/w2141: a fair's halls handed out one by one after 由 ({@code 高新技术馆由省科技厅牵头;机电馆由省工商局牵头,
   * 省经委、省质监局配合;…}). A topic whose lead has partners after a comma was lost (or made the heading of the topics
   * after it), and inside a numbered item the chain was one task with no unit.
   */
  @Test
  void topicsHandedOutAfterByAreATaskEach() {
    assertEquals(List.of("高新技术馆由省科技厅牵头。 | 省科技厅/LM |  | -",
        "机电馆由省工商局牵头,省经委配合。 | 省工商局/LM 省经委/S |  | -",
        "金融馆由省金融办牵头。 | 省金融办/LM |  | -",
        "文化展区由省委宣传部牵头。 | 省委宣传部/LM |  | -"),
        Shown.parsed("高新技术馆由省科技厅牵头。机电馆由省工商局牵头,省经委配合。金融馆由省金融办牵头。文化展区由省委宣传部牵头。\n"));
    String section = "一、总体安排/(二)布展工作。本届展会面积共计76000平方米。设立高新技术馆、机电馆、金融馆、文化展区。 / ";
    assertEquals(List.of(section + "高新技术馆由省科技厅牵头; | 省科技厅/LM |  | -",
        section + "机电馆由省工商局牵头,省经委、省质监局配合; | 省工商局/LM 省经委/S 省质监局/S |  | -",
        section + "金融馆由省金融办牵头; | 省金融办/LM |  | -",
        section + "文化展区由省委宣传部牵头。 | 省委宣传部/LM |  | -"),
        Shown.parsed("一、总体安排\n(二)布展工作。本届展会面积共计76000平方米。设立高新技术馆、机电馆、金融馆、文化展区。"
            + "高新技术馆由省科技厅牵头;机电馆由省工商局牵头,省经委、省质监局配合;金融馆由省金融办牵头;文化展区由省委宣传部牵头。\n"));
    // (a line of its own that says by whom still gives its unit to the numbered item above)
    assertEquals(List.of("一、重点任务 / 加强汛期巡查,及时排除隐患。 | 县应急局/LF |  | -",
        "一、重点任务 / 做好转移安置。 | 县民政局/LF |  | -"),
        Shown.parsed("一、重点任务\n1.加强汛期巡查,及时排除隐患。\n防汛物资储备由县应急局负责。\n2.做好转移安置。此项工作由县民政局负责。\n"));
  }

  /**
   * wild/w2323: paragraphs with no numbering that open with a run-in title and a full stop, then a sentence led by 由
   * ({@code 食品安全。由市食品安全办牵头,会同市卫生局等有关部门执行…。…}). The line was cut at the role sentence, the
   * title and the rest of the paragraph lost; it is one task, its lead after 由 and its partners after 会同.
   */
  @Test
  void aRunInTitleBeforeByOpensOneTask() {
    assertEquals(List.of("(十)公共卫生。 / 食品安全。由市食品安全办牵头,会同市卫生局等有关部门执行食品安全保障方案。"
            + "实行分级保障,确保不发生食物中毒事件。 | 市食品安全办/LM 市卫生局/S |  | -",
        "(十)公共卫生。 / 卫生防疫。由市卫生局牵头,会同市药品监督局等相关单位执行公共卫生应急方案。确定24家定点医疗机构。"
            + " | 市卫生局/LM 市药品监督局/S | 24家 | -"),
        Shown.parsed("(十)公共卫生。\n食品安全。由市食品安全办牵头,会同市卫生局等有关部门执行食品安全保障方案。"
            + "实行分级保障,确保不发生食物中毒事件。\n卫生防疫。由市卫生局牵头,会同市药品监督局等相关单位执行公共卫生应急方案。"
            + "确定24家定点医疗机构。\n"));
  }

  /**
   * The twentieth blind review's cases: a chain of 由 clauses after an item's figures, whose topics the item's sentences
   * do not name, is one task's parts (it was cut, the item's targets and deadline left in a heading); a line that says
   * by whom under an item gives the item its partners as well as its lead (it gave the lead alone).
   */
  @Test
  void theTwentiethReviewsCases() {
    assertEquals(List.of("一、重点任务 / 实施老旧小区改造。2024年改造老旧小区45个,2024年11月底前全部完工。方案设计由市住建局负责;"
            + "资金筹措由市财政局负责;管线迁改由市城管局负责;群众工作由各区政府负责。 |  | 45个 | 2024年11月底前",
        "一、重点任务 / 推进加装电梯。全年加装电梯100部。 | 市住建局/LM | 100部 | -"),
        Shown.parsed("一、重点任务\n1.实施老旧小区改造。2024年改造老旧小区45个,2024年11月底前全部完工。方案设计由市住建局负责;"
            + "资金筹措由市财政局负责;管线迁改由市城管局负责;群众工作由各区政府负责。\n2.推进加装电梯。全年加装电梯100部。(市住建局牵头)\n"));
    assertEquals(List.of("加强城区环境整治,清理垃圾死角500处。 | 市城管局/LM 市住建局/S | 500处 | -"),
        Shown.parsed("一、加强城区环境整治,清理垃圾死角500处。\n城区环境由市城管局牵头,市住建局配合;\n"));
  }
}
