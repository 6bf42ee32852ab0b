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

import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Shown;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A text that lays out no task (no table, labelled rows or numbered items with units) is read again as prose: a news
 * report or a meeting's minutes gives its tasks in sentences that name their units. Before this reading, 98 of the
 * wild corpus's 879 documents gave nothing at all, and so did three of round 59's six when first met. The sentences
 * below are those documents' own.
 */
class ProseTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static List<Diagnostic.Kind> kinds(Document d) {
    return d.diagnostics().stream().map(Diagnostic::kind).collect(Collectors.toList());
  }

  /** wild/w2025: units after 由 inside a sentence about a task's topic, a partner's and a carrier's parts after them. */
  @Test
  void unitsHandedATaskAfterByInsideTheSentence() {
    Document d = PARSER.parse("会议明确,农村乱占耕地建房整改工作由市农业农村局牵头负责,市自然资源和规划局配合,县市区、乡级政府具体落实。"
        + "自然资源例行督察整改工作由市自然资源和规划局牵头负责,其他相关单位配合。\n");
    assertEquals(List.of("会议明确,农村乱占耕地建房整改工作由市农业农村局牵头负责,市自然资源和规划局配合,县市区、乡级政府具体落实。 | "
        + "市农业农村局/LM 市自然资源和规划局/S 县市区/S 乡级政府/S |  | -",
        "自然资源例行督察整改工作由市自然资源和规划局牵头负责,其他相关单位配合。 | 市自然资源和规划局/LM |  | -"), Shown.measures(d));
    assertEquals(List.of(Diagnostic.Kind.READ_AS_PROSE), kinds(d));
    // wild/w430: a time before 由, and what the unit is to do after its role word
    assertEquals(List.of("4月7日,由县国土资源局负责联系分管的县领导,在县国土局开展“土地问题”接访活动; | 县国土资源局/LF |  | 4月7日"),
        Shown.parsed("4月7日,由县国土资源局负责联系分管的县领导,在县国土局开展“土地问题”接访活动;此外,其它接访活动自行组织安排。\n"));
  }

  /** wild/w2181: a leader in charge after 由 is a person, no unit; the unit that carries the task out follows. */
  @Test
  void aLeaderAfterByThenTheUnitThatCarriesItOut() {
    assertEquals(List.of("九重区域环境整治由王光玲牵头,九重镇落实; | 九重镇/LF |  | -",
        "香花区域环境整治由王培理牵头,香花镇落实; | 香花镇/LF |  | -"),
        Shown.parsed("九重区域环境整治由王光玲牵头,九重镇落实;香花区域环境整治由王培理牵头,香花镇落实;\n"));
  }

  /**
   * wild/w1765, w2304, w1983: units that open their sentence, before a modal or a verb of what they do. The shortest
   * list before a verb (住建局统筹协调全局: 住建局), the longest before a modal within reach (保障 is the name's word).
   */
  @Test
  void unitsThatOpenTheirSentence() {
    assertEquals(List.of("住建局统筹协调全局,督促燃气企业落实主体责任。 | 住建局/LF |  | -",
        "应急局严管工业燃料违规民用行为。 | 应急局/LF |  | -", "市场监管局从生产销售端严控燃气产品质量。 | 市场监管局/LF |  | -"),
        Shown.parsed("住建局统筹协调全局,督促燃气企业落实主体责任。应急局严管工业燃料违规民用行为。市场监管局从生产销售端严控燃气产品质量。\n"));
    List<String> groups = Shown.parsed("各地人力资源社会保障、残联等部门要围绕促进残疾人就业创业设计开展活动。\n"
        + "保卫科要加强医院内部安全巡查,防火防盗。\n");
    assertEquals(List.of("各地人力资源社会保障、残联等部门要围绕促进残疾人就业创业设计开展活动。 | 各地人力资源社会保障/LF 残联/S |  | -",
        "保卫科要加强医院内部安全巡查,防火防盗。 | 保卫科/LF |  | -"), groups);
    // after a condition and after a step's count: 符合建房条件的, / 四是
    assertEquals(List.of("符合建房条件的,农业农村部门、乡镇政府应及时完成审批手续。 | 农业农村部门/LF 乡镇政府/S |  | -",
        "四是经发局要认真做好离退休职工的思想稳定工作。 | 经发局/LF |  | -"),
        Shown.parsed("符合建房条件的,农业农村部门、乡镇政府应及时完成审批手续。四是经发局要认真做好离退休职工的思想稳定工作。\n"));
  }

  /** wild/w2183, rev48: a meeting's record approves a unit's proposal, or asks a lead and its partner to act. */
  @Test
  void aMeetingsDecisions() {
    assertEquals(List.of("会议原则同意县经发局关于成立能源协调领导小组的意见,会后以政府办文件印发。 | 县经发局/LF |  | -",
        "会议要求县公安局牵头,县城管局配合,开展停车秩序专项整治。 | 县公安局/LM 县城管局/S |  | -"),
        Shown.parsed("会议原则同意县经发局关于成立能源协调领导小组的意见,会后以政府办文件印发。\n"
            + "会议要求县公安局牵头,县城管局配合,开展停车秩序专项整治。\n"));
  }

  /**
   * What prose names that is no unit: places and levels (各地), a question (a page of questions and answers), a
   * bracket that closes a sentence, a title of a notice that only names its issuer.
   */
  @Test
  void whatIsNoTaskInProse() {
    assertEquals(List.of(), Shown.parsed("(一)加强领导。各地要高度重视,认真组织实施。\n"));
    assertEquals(List.of(), Shown.parsed("(一)交通项目。安排村屯级公路20个项目。由各地组织实施。\n"));
    assertEquals(List.of(), Shown.parsed("(一)加快发展现代服务业。(按照统一部署组织实施)\n"));
    assertEquals(List.of(), Shown.parsed("国务院办公厅关于落实有关政策措施分工的通知\n一、加快推进农业现代化。\n"));
    assertEquals(List.of("辖区职能部门要帮助业主搜集房屋技术资料。 | 辖区职能部门/LF |  | -"),
        Shown.parsed("近年来我市高度重视加装电梯。那么辖区政府、职能部门应做好哪些工作?辖区职能部门要帮助业主搜集房屋技术资料。\n"));
    Document nothing = PARSER.parse("近年来我县高度重视。全县上下形成合力。\n");
    assertEquals(List.of(Diagnostic.Kind.NO_MEASURES), kinds(nothing));
  }

  /** A text that lays out its tasks is read once: sentences beside its tasks stay prose, with no prose warning. */
  @Test
  void aTextLaidOutIsNotReadAsProse() {
    Document d = PARSER.parse("1.修订应急预案。(县应急局负责)\n住建局统筹协调全局,督促燃气企业落实主体责任。\n");
    assertEquals(List.of("修订应急预案。 | 县应急局/LF |  | -"), Shown.measures(d));
    assertTrue(kinds(d).isEmpty(), kinds(d)::toString);
  }

  /** Sentences end at 。!? and clauses at ;, not inside brackets or quotes, nor before a bracket that closes them. */
  @Test
  void sentencesAndClauses() {
    List<Block> cut = ProseSentences.of(List.of(new Line(1,
        "甲负责宣传;乙负责后勤。丙(牵头;配合)落实。“一。二”完成!丁?戊。(备注)己")));
    assertEquals(List.of("甲负责宣传;", "乙负责后勤。", "丙(牵头;配合)落实。", "“一。二”完成!", "丁?", "戊。(备注)己"),
        cut.stream().map(b -> ((Line) b).text()).collect(Collectors.toList()));
    assertTrue(cut.stream().allMatch(b -> ((Line) b).number() == 1));
  }
}
