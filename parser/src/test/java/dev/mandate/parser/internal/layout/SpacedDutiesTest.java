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

/** Units whose duties follow their names after one space, where a label's colon would stand. */
class SpacedDutiesTest {

  /**
   * wild/w2861: an office's divisions, each a line of its name (weak suffix: 处), one space and its duties, gave
   * nothing; the same with a colon gave every division its duties.
   */
  @Test
  void aNameOneSpaceAndItsDutiesIsTheUnitsLine() {
    assertEquals(List.of("负责文电收发工作;负责常务会议的组织工作。 | 秘书处/LF |  | -",
        "负责机关后勤工作;参与会议的相关组织工作。 | 行政处/LF |  | -",
        "负责办理工业经济方面的文电和督查调研工作。 | 综合一处/LF |  | -"),
        Shown.parsed("现将调整后的职能通知如下:\n秘书处 负责文电收发工作;负责常务会议的组织工作。\n"
            + "行政处 负责机关后勤工作;参与会议的相关组织工作。\n综合一处 负责办理工业经济方面的文电和督查调研工作。\n"));
  }

  /** A name and a space before words that are no duty's verb, or before 负责人 (a person), name no unit. */
  @Test
  void aSpaceBeforeOtherWordsNamesNoUnit() {
    assertEquals(List.of(), Shown.parsed("秘书处 文电收发工作。\n行政处 负责人张三。\n"));
  }
}
