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
 * Shapes met in the twenty-first session's work on real documents the parser had not read (wild corpus, round 49, and
 * the older documents whose units ran on past their role word), each as a short hand-written snippet.
 */
class OfficesAndClosingPartnersTest {

  /**
   * wild/w2223, w1681, w2403: a clause's unit followed by its role word and the work it takes on
   * ({@code 市环保局牵头组织}, {@code 具体职能部门负责起草}) was read as one name, the work in it.
   */
  @Test
  void aRoleWordInsideAPieceEndsTheUnitsName() {
    assertEquals(List.of("加强环境监督管理,全面实施污染物排放总量控制 | 市环保局/LM 各区政府/S |  | -",
        "配合信息系统建设,抓紧研究制订相关配套管理制度。 | 市法制局/LM 具体职能部门/S |  | -"),
        Shown.parsed("3.加强环境监督管理,全面实施污染物排放总量控制(市环保局牵头组织,各区政府负责落实)。\n"
            + "4.配合信息系统建设,抓紧研究制订相关配套管理制度。(市法制局牵头,具体职能部门负责起草)\n"));
  }

  /**
   * A unit-led sentence that closes with its partners ({@code …,市住建局、市城管局配合。}) lost them; a lead's role
   * clause followed by partners who carry the work out ({@code 市环保局牵头,各区政府负责落实,}) lost them and kept their
   * clause as the task's first words.
   */
  @Test
  void partnersNamedAfterTheLeadSupportIt() {
    assertEquals(List.of("一、主要任务 / 市卫生健康委负责组织开展爱国卫生运动,市住建局、市城管局配合。 | 市卫生健康委/LM 市住建局/S 市城管局/S |  | -",
        "一、主要任务 / 开展大气污染防治。 | 市环保局/LM 各区政府/S |  | -"),
        Shown.parsed("一、主要任务\n"
            + "1.市卫生健康委负责组织开展爱国卫生运动,市住建局、市城管局配合。\n"
            + "2.市环保局牵头,各区政府负责落实,开展大气污染防治。\n"));
  }

  /**
   * wild/w2542: an inspection's problems, each followed by a bracket of the party that must fix it and the body that
   * oversees it ({@code (主体责任:X,监督责任:Y)}): neither label was known, and the page gave nothing.
   */
  @Test
  void aMainResponsibilityLabelLeadsAndASupervisingOneSupports() {
    assertEquals(List.of("● 白茶市场存在空闲摊位乱堆乱放现象。 | 白茶村委会/LM 市工商局/S |  | -",
        "● 星悦公馆背后建筑工地大量生活垃圾堆积,无人管理。 | 星悦公馆/LM 市住建委/S |  | -"),
        Shown.parsed("● 白茶市场存在空闲摊位乱堆乱放现象。\n"
            + "(主体责任:白茶村委会,监督责任:市工商局)\n"
            + "● 星悦公馆背后建筑工地大量生活垃圾堆积,无人管理。\n"
            + "(主体责任:星悦公馆,监督责任:市住建委)\n"));
  }

  /**
   * wild/w2566: a college's notice whose numbered items are led by its offices, names with no level
   * ({@code 后勤处做好…}, {@code 保卫处、后勤处加强…}), gave nothing; an item that names a unit after 由 is no office's
   * (w1581: {@code 仪仗队、花束队、引导员由市教育局组织}).
   */
  @Test
  void numberedItemsLedByAnInstitutionsOfficesAreTheirs() {
    assertEquals(List.of("二、主要任务及工作要求 / 学工部、各二级学院汇总寒假期间学生每日打卡信息,全面准确掌握学生健康状况。 | 学工部/LF 各二级学院/S |  | -",
        "二、主要任务及工作要求 / 后勤处做好校园环境保洁、餐饮从业人员健康管理等工作。 | 后勤处/LF |  | -",
        "二、主要任务及工作要求 / 保卫处、后勤处加强门禁管理,做好师生返校查验体温等工作。 | 保卫处/LF 后勤处/S |  | -",
        "二、主要任务及工作要求 / 大型文体表演由市文化出版局负责。 | 市文化出版局/LF |  | -"),
        Shown.parsed("二、主要任务及工作要求\n"
            + "1.学工部、各二级学院汇总寒假期间学生每日打卡信息,全面准确掌握学生健康状况。\n"
            + "2.后勤处做好校园环境保洁、餐饮从业人员健康管理等工作。\n"
            + "3.保卫处、后勤处加强门禁管理,做好师生返校查验体温等工作。\n"
            + "4.大型文体表演由市文化出版局负责。\n"));
  }

  /**
   * wild/w2563, w1982: offices listed before 分别 or a modal ({@code 曲江校区管理处、后勤处、莲湖校区分别组织…},
   * {@code 学生处、教务处、各学院要…}) were no subject, their names of weak suffix. Three-char offices of 处 alone
   * ({@code 保卫处、学生处要…}) read as spots do (the twenty-third blind review's {@code 转弯处、坡道处要…}) and stay
   * unread.
   */
  @Test
  void officesGivenTheirPartsInTurnAreTheSubject() {
    assertEquals(List.of("曲江校区管理处、后勤处、莲湖校区分别组织专门力量对辖区范围主干道进行扫雪除冰,确保主干道出行安全。 | 曲江校区管理处/LF 后勤处/S 莲湖校区/S |  | -",
        "学生处、教务处、各学院要切实加强对学生的课堂纪律教育。 | 学生处/LF 教务处/S 各学院/S |  | -",
        "保卫处、学生处要加强校园巡查,及时处置突发情况。 |  |  | -"),
        Shown.parsed("一、曲江校区管理处、后勤处、莲湖校区分别组织专门力量对辖区范围主干道进行扫雪除冰,确保主干道出行安全。\n"
            + "二、学生处、教务处、各学院要切实加强对学生的课堂纪律教育。\n"
            + "三、保卫处、学生处要加强校园巡查,及时处置突发情况。\n"));
  }

  /**
   * The twenty-third blind review's regressions in the first draft of these rules: spots and venues read as offices
   * ({@code 转弯处、坡道处要设置…}, {@code 公共场所、娱乐场所要…}); the offices of an item that names its unit after 由
   * ({@code 仪仗队、花束队由团市委负责组建}) taken for its subject; prose that says how the public joins in
   * ({@code 各类社会组织积极参与}) read as partners; the new labels before a duty's prose
   * ({@code 主体责任:企业法定代表人是…}) reading the prose as units; a body named by the work it is in charge of
   * ({@code 县级以上人民政府负责林业工作的部门}) cut at its 负责.
   */
  @Test
  void spotsVenuesMannersProseAndBodiesNamedByWorkStayAsTheyWere() {
    assertEquals(List.of("转弯处、坡道处要设置明显警示标志。 |  |  | -",
        "低洼处、涵洞处应配备抽水设备。 |  |  | -",
        "市城管局负责排水管网清淤,2024年5月底前完成。 | 市城管局/LF |  | 2024年5月底前"),
        Shown.parsed("汛期安全工作要点\n1.转弯处、坡道处要设置明显警示标志。\n2.低洼处、涵洞处应配备抽水设备。\n"
            + "3.市城管局负责排水管网清淤,2024年5月底前完成。\n"));
    assertEquals(List.of("三、主要任务 / 仪仗队、花束队由团市委负责组建,2024年5月底前完成。 | 团市委/LF |  | 2024年5月底前",
        "三、主要任务 / 后勤处做好活动场地保障工作。 |  |  | -"),
        Shown.parsed("三、主要任务\n1.仪仗队、花束队由团市委负责组建,2024年5月底前完成。\n2.后勤处做好活动场地保障工作。\n"));
    assertEquals(List.of("市文明办负责推进志愿服务活动,各类社会组织积极参与。 | 市文明办/LF |  | -",
        "市总工会负责开展劳动竞赛,各级工会组织广泛参与。 | 市总工会/LF |  | -"),
        Shown.parsed("1.市文明办负责推进志愿服务活动,各类社会组织积极参与。\n2.市总工会负责开展劳动竞赛,各级工会组织广泛参与。\n"));
    assertEquals(List.of(), Shown.parsed("食品安全责任清单\n主体责任:企业法定代表人是食品安全第一责任人,对本单位食品安全工作全面负责。\n"
        + "监管责任:各级市场监管部门要加强日常监督检查。\n"));
    assertEquals(List.of("开展林木采伐许可检查。 | 县级以上人民政府负责林业工作的部门/LF |  | -",
        "公共场所、娱乐场所要落实通风消毒措施,严格控制人员密度。 |  |  | -"),
        Shown.parsed("1.开展林木采伐许可检查。责任单位:县级以上人民政府负责林业工作的部门\n"
            + "2.公共场所、娱乐场所要落实通风消毒措施,严格控制人员密度。\n"));
  }
}
