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
package dev.mandate.parser.internal.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.model.Comparison;
import dev.mandate.model.Target;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A measure that states one quantity, beside any of the distractors a reader skips, yields exactly that target. */
class TargetProperties {

  /** Distractors from TARGETS.md and the targets issue: none of them is a target. */
  static final List<String> DISTRACTORS = List.of(
      "全面落实鲁政字〔2020〕240号文件", "6月底前", "2021年12月31日前", "为期1年", "用半年时间", "35-64岁适龄妇女",
      "60周岁(含)以上老年人", "1-4级工伤职工", "2型糖尿病患者", "推进4+N模式", "建设5G基站", "开通12345热线",
      "开展“两癌”筛查", "落实“五有”机制", "深化“三教”改革", "配备双安全员", "启动第三轮筛查", "实施第四期计划",
      "建立市、县两级平台", "落实厂级、车间、班组三级培训", "统一部署", "建设一批项目", "一卡(码)通行",
      "召开两会", "2021年年度任务", "推进“一网通办”");

  static final List<String> UNITS = List.of("所", "个", "人", "人次", "名", "套", "户", "座", "张", "家", "处", "场",
      "项", "公里", "米", "平方米", "亩", "吨", "元", "辆", "%");

  /** {prefix, suffix, comparator}: one comparator form around the number. */
  static final List<String[]> COMPARATORS = List.of(
      new String[] {"", "", "EXACT"}, new String[] {"", "以上", "AT_LEAST"}, new String[] {"不低于", "", "AT_LEAST"},
      new String[] {"不少于", "", "AT_LEAST"}, new String[] {"至少", "", "AT_LEAST"}, new String[] {"超过", "", "AT_LEAST"},
      new String[] {"", "以下", "AT_MOST"}, new String[] {"", "以内", "AT_MOST"}, new String[] {"不超过", "", "AT_MOST"},
      new String[] {"不高于", "", "AT_MOST"}, new String[] {"控制在", "以内", "AT_MOST"},
      new String[] {"", "左右", "ABOUT"}, new String[] {"约", "", "ABOUT"});

  static final class Case {
    String text;
    String targetText;
    BigDecimal value;
    String unit;
    Comparison comparator;
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Long> numbers = Arbitraries.longs().between(1, 99_999);
    Arbitrary<Boolean> wan = Arbitraries.of(false, true);
    Arbitrary<Boolean> fullWidth = Arbitraries.of(false, true);
    return Combinators.combine(numbers, wan, Arbitraries.of(UNITS), Arbitraries.of(COMPARATORS),
            Arbitraries.of(DISTRACTORS), Arbitraries.of(DISTRACTORS), fullWidth)
        .as((n, w, unit, cmp, before, after, fw) -> {
          Case c = new Case();
          String digits = fw ? NumeralGrammarProperties.fullWidth(Long.toString(n)) : Long.toString(n);
          String u = fw && unit.equals("%") ? "％" : unit;
          String multiplier = w && !unit.equals("%") ? "万" : "";
          c.targetText = cmp[0] + digits + multiplier + u + cmp[1];
          c.value = BigDecimal.valueOf(n).multiply(multiplier.isEmpty() ? BigDecimal.ONE : BigDecimal.valueOf(10_000));
          c.unit = unit;
          c.comparator = Comparison.valueOf(cmp[2]);
          c.text = before + ",完成建设任务" + c.targetText + ",并" + after + "。";
          return c;
        });
  }

  @Property(tries = 2000)
  void oneQuantityAmongDistractorsIsExactlyOneTarget(@ForAll("cases") Case c) {
    UnitsOfMeasure units = UnitsOfMeasure.with(List.of());
    List<Target> found = new BuiltinTargetExtractor(units).extract(
        dev.mandate.parser.internal.MeasureContext.of(c.text));
    assertEquals(1, found.size(), c.text + " → " + found);
    Target t = found.get(0);
    assertEquals(c.targetText, t.text(), c.text);
    assertEquals(0, c.value.compareTo(t.value()), c.text);
    assertEquals(c.unit, t.unit().orElse(""), c.text);
    assertEquals(c.comparator, t.comparator(), c.text);
    assertEquals(t.text(), t.span().slice(c.text));
  }
}
