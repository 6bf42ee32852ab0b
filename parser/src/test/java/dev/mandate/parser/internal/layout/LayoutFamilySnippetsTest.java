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

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Shown;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The families read by evidence, each on a short document written for it. */
class LayoutFamilySnippetsTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static List<String> shown(Document d) {
    return d.measures().stream().map(LayoutFamilySnippetsTest::show).collect(Collectors.toList());
  }

  private static String show(Measure m) {
    return (m.section().isEmpty() ? "" : String.join("/", m.section()) + " / ") + m.text() + " | "
        + m.responsibilities().stream().map(Shown::of).collect(Collectors.joining(" ")) + " | "
        + m.deadline().orElse("-");
  }

  @Test
  void aTransposedTable() {
    Document d = PARSER.parse("地区\n就业创业\n\n城镇新增就业(人)\n培训技能人才(人)\n创业担保贷款(亿元)\n\n责任\n单位\n"
        + "市人力资源社会保障局\n市财政局\n全市\n29000\n5000\n2.5\n");
    assertEquals(List.of("就业创业 / 城镇新增就业(人) | 市人力资源社会保障局/LF | -",
        "就业创业 / 培训技能人才(人) | 市人力资源社会保障局/LF | -", "就业创业 / 创业担保贷款(亿元) | 市财政局/LF | -"),
        shown(d));
  }

  @Test
  void aTableWithOneSpaceBetweenCellsAndSpacesInside() {
    Document d = PARSER.parse("序号 类别 主要任务 细化措施 牵头单位 配合单位\n"
        + "1 加强水资源保 护 严守用水总量红线 实施双控行动,全市用水总量控制在11亿立方米以内。 市水利局 市发展改革委、市农业局\n"
        + "2  严守用水效率红线 落实水耗指标,万元工业增加值用水量下降25%。 市水利局 市工信委\n");
    assertEquals(List.of("加强水资源保护/严守用水总量红线 / 实施双控行动,全市用水总量控制在11亿立方米以内。 | 市水利局/LM "
        + "市发展改革委/S 市农业局/S | -", "加强水资源保护/严守用水效率红线 / 落实水耗指标,万元工业增加值用水量下降25%。 | 市水利局/LM "
        + "市工信委/S | -"), shown(d));
  }

  @Test
  void aDocumentRunTogetherOnOneLine() {
    Document d = PARSER.parse("市直相关部门: 为推进重点工作,通知如下: 一、重点督办事项 1.加快推进垃圾收运一体化。(责任单位:城管局、各乡镇) "
        + "2.开展村庄风貌改造提升工程。(责任单位:农业局、林业局) 3.推进村村通工程。(责任单位:交通局) 二、工作要求 各单位要主动认领。\n");
    assertEquals(List.of("一、重点督办事项 / 加快推进垃圾收运一体化。 | 城管局/LF 各乡镇/S | -",
        "一、重点督办事项 / 开展村庄风貌改造提升工程。 | 农业局/LF 林业局/S | -", "一、重点督办事项 / 推进村村通工程。 | 交通局/LF | -"),
        shown(d));
  }

  @Test
  void sentencesEachClosedByItsClauseOnOneLine() {
    Document d = PARSER.parse("一、加强食品安全工作制定出台若干措施。(市食安办负责)调整成员单位工作职责。(市食安办牵头,市食安委各有关成员单位协作)\n");
    assertEquals(2, d.measures().size());
    assertEquals("调整成员单位工作职责。 | 市食安办/LM 市食安委各有关成员单位/S | -", show(d.measures().get(1)));
  }

  @Test
  void aProblemAndItsRemedyNamingWhoActs() {
    Document d = PARSER.parse("1、广伟商城户外宣传广告破损。\n整改措施:由县住建局督促商户更换。\n"
        + "2、河滨南路有住户晾晒衣物。\n整改措施:由包片单位县文广局督促住户移走。\n3、部分居户旱厕外露。\n整改要求:由城关镇负责拆除。\n");
    assertEquals(List.of("广伟商城户外宣传广告破损。 | 县住建局/LF | -", "河滨南路有住户晾晒衣物。 | 县文广局/LF | -",
        "部分居户旱厕外露。 | 城关镇/LF | -"), shown(d));
  }

  @Test
  void aFlattenedTableWithACategoryBeforeEachSerialAndATaskNameOverTwoLines() {
    Document d = PARSER.parse("分类\n序号\n任务名称\n任务要求\n责任部门\n完成时间\n发展目标\n1\n完成2022年度\n乡村振兴示范村建设\n"
        + "完成1个乡村振兴示范村建设,改善乡村环境面貌。\n区农业农村委*\n10月底\n2\n加强农房建设管理\n落实新改扩建农房建设监管。\n"
        + "区建管委*、区农业农村委\n12月底\n");
    assertEquals(List.of("发展目标/完成2022年度乡村振兴示范村建设 / 完成1个乡村振兴示范村建设,改善乡村环境面貌。 | 区农业农村委/LM | 10月底",
        "发展目标/加强农房建设管理 / 落实新改扩建农房建设监管。 | 区建管委/LM 区农业农村委/S | 12月底"), shown(d));
  }

  @Test
  void aLeadColumnBesideAListThatNamesTheLeadAgainKeepsItOnce() {
    Document d = PARSER.parse("序号\n事项\n责任单位\n牵头单位\n1\n地区生产总值增长6.5%以上。\n区农业农村局、区发改局、区统计局\n区发改局\n");
    assertEquals(List.of("地区生产总值增长6.5%以上。 | 区农业农村局/S 区发改局/LM 区统计局/S | -"), shown(d));
  }

  @Test
  void aBracketedLabelInsideARunOnLineIsNoUnitStartingAParagraph() {
    // found by the differential run: 〔牵头单位: after a full stop was read as a unit leading its paragraph
    Document d = PARSER.parse("一、推进简政放权\n1.及时承接下放的行政权力事项,组织开展评估工作。〔牵头单位:区政府办公室,责任单位:区政府有关部门〕"
        + "2.严格落实行政许可设定审查制度。(牵头单位:区司法局;责任单位:区政府有关部门)\n");
    assertEquals(List.of("一、推进简政放权 / 及时承接下放的行政权力事项,组织开展评估工作。 | 区政府办公室/LM 区政府有关部门/S | -",
        "一、推进简政放权 / 严格落实行政许可设定审查制度。 | 区司法局/LM 区政府有关部门/S | -"), shown(d));
  }

  @Test
  void aLineWithItsOwnNumberAndOneMoreInsideIsTwoItems() {
    Document d = PARSER.parse("2.加大财政资金支持力度,培育新的支柱产业。(牵头单位:市科技局;配合单位:市财政局)3.进一步加强高新技术产业园区建设。"
        + "(牵头单位:市科技局)\n");
    assertEquals(List.of("加大财政资金支持力度,培育新的支柱产业。 | 市科技局/LM 市财政局/S | -",
        "进一步加强高新技术产业园区建设。 | 市科技局/LM | -"), shown(d));
  }

  @Test
  void aClauseBrokenAfterItsSeparatorKeepsItsUnitsWithItsTask() {
    Document d = PARSER.parse("209.认真落实疫情防控措施,确保平稳转段。(牵头单位:市疫情防控指挥部办公室\n;责任单位:市直各相关部门,"
        + "各区疫情防控指挥部)\n210.推进公立医院高质量发展。(责任单位:市卫健委)\n");
    assertEquals(List.of("认真落实疫情防控措施,确保平稳转段。 | 市疫情防控指挥部办公室/LM 市直各相关部门/S 各区疫情防控指挥部/S | -",
        "推进公立医院高质量发展。 | 市卫健委/LF | -"), shown(d));
  }

  @Test
  void aLongHeadingRunTogetherWithItsParagraphIsStillAHeadingLikeItsSiblings() {
    Document d = PARSER.parse("二、目标任务全县秸秆禁烧。三、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立县农作物秸秆禁烧工作领导小组"
        + "(名单附后),领导小组下设办公室(以下简称县禁烧办)。各组成单位及其职责如下:县环保局。负责统一监督。县公安局。负责巡查。\n");
    List<String> sections = d.measures().stream().map(m -> m.section().get(0).substring(0, 6)).collect(Collectors.toList());
    assertEquals(List.of("三、组织领导", "三、组织领导"), sections);
  }

  @Test
  void aPipeTableWhoseCategoryCellIsMergedAndWhoseUnitsCellNamesItsHead() {
    Document d = PARSER.parse("大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 |\n"
        + "一、提高民生保障水平 | 1 | 将城乡低保标准提高到每人每月609元。 | 陈宣群 | 市民政局 伍泽国 |\n"
        + "2 | 特困供养人员基本生活标准不低于低保标准的1.6倍。 | 陈宣群 | 市民政局 伍泽国 |\n");
    assertEquals(List.of("一、提高民生保障水平 / 将城乡低保标准提高到每人每月609元。 | 市民政局/LM | -",
        "一、提高民生保障水平 / 特困供养人员基本生活标准不低于低保标准的1.6倍。 | 市民政局/LM | -"), shown(d));
  }

  @Test
  void unitsLeadingTheirSentencesInOneParagraphEachTakeTheirSentence() {
    Document d = PARSER.parse("同时,要求县级部门牵头实施好八大行动。即县水务局牵头,组织开展打击非法采砂专项行动。县环保局牵头,"
        + "督促乡镇生活污水设施建设;县林业局负责,做好沿河植被恢复。并围绕三大目标完善机制。\n");
    assertEquals(List.of("组织开展打击非法采砂专项行动。 | 县水务局/LM | -", "督促乡镇生活污水设施建设; | 县环保局/LM | -",
        "做好沿河植被恢复。 | 县林业局/LF | -"), shown(d));
  }

  @Test
  void aCoverLettersOwnPointsAreNoTasksOfThePlanItSends() {
    Document d = PARSER.parse("各街道办事处,区人民政府各部门:\n现将方案印发给你们,并就有关事项通知如下:\n"
        + "一、各责任单位要高度重视,切实加强领导,狠抓落实。\n二、区绩效考评机构要将目标任务纳入绩效管理考核范围。\n"
        + "蔡甸区人民政府办公室\n2023年1月3日\n2023年主要目标任务责任分解方案\n一、主要预期目标\n(一)地区生产总值增长7%以上\n"
        + "责任单位:区发展和改革局\n(二)规上工业增加值增长12%以上\n责任单位:区科技和经信局\n");
    assertEquals(List.of("一、主要预期目标 / 地区生产总值增长7%以上 | 区发展和改革局/LF | -",
        "一、主要预期目标 / 规上工业增加值增长12%以上 | 区科技和经信局/LF | -"), shown(d));
  }

  @Test
  void aBracketOfNamesOnTheLineBelowWithShortNamesAndABracketedLevelSharingItsBody() {
    Document d = PARSER.parse("4、城镇居民人均可支配收入增长12%。\n(市发改委、农委、人保局,各市(县)、区政府)\n");
    assertEquals(List.of("城镇居民人均可支配收入增长12%。 | 市发改委/LF 农委/S 人保局/S 各市(县)政府/S 区政府/S | -"), shown(d));
  }
}
