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

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings that name the unit of the items under them, with a contact person or the unit's own name in between. */
class UnitHeadingContactsTest {

  /**
   * wild/w2783: a sports meet's duties under each office's heading; a contact person's line (联系人:…) under the heading
   * was read as the items' own clause, which made the headings what the items speak of, and no item had a unit.
   */
  @Test
  void aContactPersonUnderAUnitsHeadingLeavesTheHeadingTheCarrier() {
    assertEquals(List.of("一、学院办公室 / 负责起草校领导的开幕词。 | 学院办公室/LF |  | -",
        "一、学院办公室 / 负责开幕式主席台座位安排事宜。 | 学院办公室/LF |  | -",
        "二、学工部 / 负责看台的人员分布。 | 学工部/LF |  | -",
        "二、学工部 / 负责发放交通补贴。 | 学工部/LF |  | -"),
        Shown.parsed("一、学院办公室\n联系人:郑大远\n(一)负责起草校领导的开幕词。\n(二)负责开幕式主席台座位安排事宜。\n"
            + "二、学工部\n联系人:樊继福\n(一)负责看台的人员分布。\n(二)负责发放交通补贴。\n"));
  }

  /**
   * wild/w2783: one item that names its heading's unit again, with a person (学工部王锐负责), said the heading was no
   * carrier, and every item of the document lost its unit.
   */
  @Test
  void anItemNamingItsHeadingsUnitAgainLeavesTheHeadingTheCarrier() {
    List<String> shown = Shown.parsed("一、学院办公室\n(一)负责起草校领导的开幕词。\n(二)负责开幕式主席台座位安排事宜。\n"
        + "二、学工部\n(一)负责看台的人员分布。\n(二)评出6个精神文明运动队(学工部王锐负责)。\n");
    assertEquals("一、学院办公室 / 负责起草校领导的开幕词。 | 学院办公室/LF |  | -", shown.get(0));
    assertEquals("二、学工部 / 负责看台的人员分布。 | 学工部/LF |  | -", shown.get(2));
  }

  /**
   * wild/w2783: a unit's label with a person alone after it ({@code 体育部: 李 涛}) names whom to ask, no duty of the
   * unit's; an organ's name of weak suffix (保卫处, 卫生所) carries its items and its paragraph as its siblings
   * named by strong suffixes do.
   */
  @Test
  void aPersonAfterAUnitsLabelIsNoDutyAndWeakOfficesCarryBesideStrongOnes() {
    assertEquals(List.of("一、学院办公室 / 负责起草开幕词。 | 学院办公室/LF |  | -",
        "二、卫生所 / 在主席台南边设救护站,做好预防疾病工作。 | 卫生所/LF |  | -",
        "三、后勤集团 / 保证供应食品的卫生。 | 后勤集团/LF |  | -",
        "四、保卫处 / 制定安全保卫预案。 | 保卫处/LF |  | -",
        "四、保卫处 / 安排保卫人员。 | 保卫处/LF |  | -"),
        Shown.parsed("一、学院办公室\n联系人:郑大远\n(一)负责起草开幕词。\n二、卫生所\n在主席台南边设救护站,做好预防疾病工作。\n"
            + "三、后勤集团\n联系人:王彪\n体育部:王昊\n(一)保证供应食品的卫生。\n"
            + "四、保卫处\n联系人: 院合宽\n体育部: 李 涛\n(一)制定安全保卫预案。\n(二)安排保卫人员。\n"));
  }

  /**
   * The blind review's cases: a unit's label and a short duty, with no contact's line above, is the unit's duty
   * ({@code 宣传部:抓宣传}); places inspected under headings, a bureau's name among them over what is checked, are no
   * units ({@code (三)收费处 / 1.检查现金管理情况。}).
   */
  @Test
  void shortDutiesAreDutiesAndPlacesInspectedAreNoUnits() {
    assertEquals(List.of("二、各部门职责 / 抓宣传 | 宣传部/LF |  | -", "二、各部门职责 / 保安全 | 保卫处/LF |  | -"),
        Shown.parsed("二、各部门职责\n宣传部:抓宣传\n保卫处:保安全\n"));
    List<String> places = Shown.parsed("二、检查重点\n(一)县汽车客运站\n1.检查消防设施配备情况。\n(二)县公安局\n"
        + "1.检查值班制度落实情况。\n(三)收费处\n1.检查现金管理情况。\n(四)候车室\n1.检查安全出口是否畅通。\n");
    assertEquals(List.of(), places.stream().filter(m -> m.contains("收费处/") || m.contains("候车室/")
        || m.contains("客运站/")).toList());
  }

  /**
   * wild/w2684, w528: working groups, each a heading of its name (组, a weak suffix) over its leader's and members'
   * lines and a duties label ({@code 职责:负责…}): the label says whose duties they are, the group's. Under a heading
   * that names no body, the duties have no unit.
   */
  @Test
  void aDutiesLabelUnderAGroupsHeadingIsTheGroups() {
    assertEquals(List.of("二、领导小组及职责/(一)组织摸排组 / 负责辖区人员摸排和预约登记。 | 组织摸排组/LF |  | -",
        "二、领导小组及职责/(二)现场安保组 / 负责接种工作秩序维护。 | 现场安保组/LF |  | -"),
        Shown.parsed("二、领导小组及职责\n(一)组织摸排组\n组长:\n职责:负责辖区人员摸排和预约登记。\n(二)现场安保组\n"
            + "组长:\n职责:负责接种工作秩序维护。\n"));
    List<String> topics = Shown.parsed("二、工作要求\n(一)加强组织领导\n职责:统筹推进全县接种工作。\n(二)强化宣传引导\n"
        + "职责:做好政策宣传解读。\n");
    assertEquals(2, topics.size(), topics.toString());
    assertTrue(topics.stream().allMatch(m -> m.contains(" |  | ")), topics.toString());
  }

  /** An item under a name heading that names another unit still makes the heading what the items speak of. */
  @Test
  void anItemNamingAnotherUnitMakesTheHeadingTheObject() {
    List<String> shown = Shown.parsed("一、东关社区\n1.加强环境卫生整治。\n2.县城管局要加大保洁频次。(县城管局负责)\n"
        + "二、西关社区\n1.完善路灯设施。\n2.县住建局要加快改造。(县住建局负责)\n");
    assertEquals(List.of(), shown.stream().filter(s -> s.contains("社区/")).toList());
  }
}
