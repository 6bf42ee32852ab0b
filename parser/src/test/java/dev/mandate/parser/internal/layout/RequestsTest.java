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

/** Directives that name their units as the addressees of a request: 请X… (round 51). */
class RequestsTest {

  /**
   * wild/w2701, w2702: a leader's directives, each opened by 请 and the units asked (offices of weak suffix, 处 and 科,
   * among them), gave nothing; the first named leads, the others support — and where a later request asks others
   * ({@code ;并请…}), those support and the units the item asks first lead together.
   */
  @Test
  void theUnitsARequestAddressesCarryTheItem() {
    assertEquals(List.of("请农业处及海巡单位提醒渔民尽早返港避风;并请警察局及新闻处加强宣导。 | 农业处/LM 海巡单位/LM 警察局/S 新闻处/S |  | -",
        "请建设处、工务处督导各施工工地完成鹰架加固。 | 建设处/LF 工务处/S |  | -",
        "请社会处检视各乡公所之收容场所存粮是否足够。 | 社会处/LF |  | -"),
        Shown.parsed("一、请农业处及海巡单位提醒渔民尽早返港避风;并请警察局及新闻处加强宣导。\n"
            + "二、请建设处、工务处督导各施工工地完成鹰架加固。\n三、请社会处检视各乡公所之收容场所存粮是否足够。\n"));
  }

  /**
   * wild/w2022, w2702: bulleted items ({@code •}) each a task, the request after the matter it is about
   * ({@code 有关…工作,请…}); an item that asks no unit is a task with none, and a request's verb is no office's name
   * ({@code 请加速办理}: no 加速办).
   */
  @Test
  void aBulletedItemsRequestAfterItsOccasion() {
    assertEquals(List.of("有关排水及下水道清淤等工作,请水利资源处及建设处落实执行。 | 水利资源处/LF 建设处/S |  | -",
        "南港机厂开发案会商会议,请三科派员协同五科出席。 | 三科/LF |  | -",
        "安康社区公营住宅案,请加速办理。 |  |  | -"),
        Shown.parsed("会中指示以下重点工作:\n  • 有关排水及下水道清淤等工作,请水利资源处及建设处落实执行。\n"
            + "  • 南港机厂开发案会商会议,请三科派员协同五科出席。\n  • 安康社区公营住宅案,请加速办理。\n"));
  }

  /**
   * wild/w620, w1423, w82 (regressions met on the way): a letter's closing request ({@code 请认真组织实施},
   * {@code 请结合部门职责…}) names no unit, and a wrapped line's request after other words is no item of its own.
   */
  @Test
  void aRequestsPredicateAndAWrappedLineNameNoUnit() {
    assertEquals(List.of("加强汛期巡查,确保安全度汛。 | 县水利局/LF |  | -"),
        Shown.parsed("现将方案印发给你们,请认真组织实施。\n一、加强汛期巡查,确保安全度汛。(县水利局负责)\n"));
  }
}
