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

/** A forum's anti-copy junk around lines (wild/w1846, wild/w03, wild/w560). */
class CopyJunkTest {

  @Test
  void junkAtLinesStartsAndEndsIsCutOff() {
    assertEquals(List.of("一、主要任务 / 全面排查燃气安全隐患 | 市住建局/LM |  | -", "一、主要任务 / 开展安全宣传 | 市应急局/LM |  | -"),
        Shown.parsed("& Q: W \\5 r2 y: W1 j2 E$ J 各县(市、区)人民政府,市直有关单位:\n; k$ ]% Z3 J a 一、主要任务\n"
            + "/ B9 F% F9 p% f (一)全面排查燃气安全隐患(市住建局牵头); : J8 F' X+ b/ T\" t) \\' g: L\n(二)开展安全宣传(市应急局牵头)\n"));
  }

  @Test
  void asciiOfTheTextItselfStays() {
    assertEquals(List.of("一、主要任务 / 执行GB 5749-2006 A B C D E 五类水质标准 | 市水务局/LM |  | -",
        "一、主要任务 / 推广ETC、OA、AI等应用 | 市大数据局/LM |  | -"),
        Shown.parsed("一、主要任务\n(一)执行GB 5749-2006 A B C D E 五类水质标准(市水务局牵头)\n(二)推广ETC、OA、AI等应用 (市大数据局牵头)\n"));
    // percentages, a formula, grades on every line: ASCII of the text, read as written (the fourteenth blind review)
    assertEquals(List.of("拨付进度分别达到 60% 70% 80% 90% 95% | 县财政局/LF | 70% 80% 90% 95% | -",
        "考核得分计算公式:S = (A + B) / 2 | 县发改局/LF |  | -", "评价等次分为 A+ A B+ B C | 县政务服务中心/LF |  | -"),
        Shown.parsed("1. 拨付进度分别达到 60% 70% 80% 90% 95%\n责任单位:县财政局\n2. 考核得分计算公式:S = (A + B) / 2\n"
            + "责任单位:县发改局\n3. 评价等次分为 A+ A B+ B C\n责任单位:县政务服务中心\n"));
    // one line's run is no forum's junk: read as written
    assertEquals(0, CopyJunk.prefixEnd("a b c d e 五类"));
    assertEquals(16, CopyJunk.prefixEnd("& Q: W \\5 r2 y: 各县"),
        "a run of six tokens, two with signs: the text starts at 各");
  }
}
