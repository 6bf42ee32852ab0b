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
package dev.mandate.parser.internal.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units glued from two names the same document gives alone (wild/w419: 文化宣传股文化馆, a cell's line break lost). */
class GluedNamesTest {

  private static final String TABLE = "序号\n工作任务\n责任单位\n1\n全年组织开展惠民演出不少于100场。\n文化宣传股\n文化馆\n"
      + "2\n开展好“三下乡”活动。\n%s\n3\n培育规模以上文化服务企业1家。\n%s\n";

  @Test
  void namesTheDocumentGivesAloneAreSplit() {
    assertEquals(List.of("全年组织开展惠民演出不少于100场。 | 文化宣传股/LF 文化馆/S | 不少于100场 | -",
        "开展好“三下乡”活动。 | 文化宣传股/LF 文化馆/S |  | -", "培育规模以上文化服务企业1家。 | 文化馆/LF | 1家 | -"),
        Shown.parsed(String.format(TABLE, "文化宣传股文化馆", "文化馆")));
    // a glued pair in a support role stays support, both parts; a part the measure names already is not repeated
    assertEquals(List.of("全年组织开展惠民演出不少于100场。 | 文化宣传股/LF 文化馆/S | 不少于100场 | -",
        "开展好“三下乡”活动。 | 图书馆/LF 文化宣传股/S 文化馆/S |  | -", "培育规模以上文化服务企业1家。 | 文化馆/LF | 1家 | -"),
        Shown.parsed(String.format(TABLE, "图书馆\n文化宣传股文化馆", "文化馆")));
  }

  @Test
  void aNameWithoutBothPartsAloneStaysWhole() {
    // 县教育局教研室: the document names 县教育局 alone but never 教研室: one unit
    assertEquals(List.of("全年组织开展惠民演出不少于100场。 | 县教育局/LF 文化馆/S | 不少于100场 | -",
        "开展好“三下乡”活动。 | 县教育局教研室/LF |  | -", "培育规模以上文化服务企业1家。 | 文化馆/LF | 1家 | -"),
        Shown.parsed(String.format(TABLE, "县教育局教研室", "文化馆").replace("文化宣传股\n文化馆", "县教育局\n文化馆")));
  }

  /** The fourteenth blind review: a body and its own section, each named alone too, are one unit glued. */
  @Test
  void aBodyAndItsSectionStayOne() {
    assertEquals(List.of("开展酒驾醉驾专项整治。 | 市公安局/LF |  | -", "整治城区交通秩序。 | 交警支队/LF |  | -",
        "实施重点路口信号灯智能化改造。 | 市公安局交警支队/LF 市住建局/S |  | -"),
        Shown.parsed("序号\n工作任务\n责任单位\n1\n开展酒驾醉驾专项整治。\n市公安局\n2\n整治城区交通秩序。\n交警支队\n"
            + "3\n实施重点路口信号灯智能化改造。\n市公安局交警支队\n市住建局\n"));
  }
}
