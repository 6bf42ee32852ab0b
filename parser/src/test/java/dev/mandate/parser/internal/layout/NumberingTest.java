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

import dev.mandate.parser.internal.text.Fold;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbering told by its characters' Unicode class, not by a list of characters. */
class NumberingTest {

  @ParameterizedTest
  @CsvSource({"'一、教育',CN_DUN,2", "'（一）教育',PAREN_CN,3", "'㈠教育',PAREN_CN,1", "'一）教育',PAREN_CN,2",
      "'1.新建',ARABIC_DOT,2", "'1．新建',ARABIC_DOT,2", "'1﹒新建',ARABIC_DOT,2", "'⒈新建',ARABIC_DOT,1",
      "'1、2023年底前新建',ARABIC_DOT,2", "'(1)新建',PAREN_ARABIC,3", "'⑴新建',PAREN_ARABIC,1", "'1）新建',PAREN_ARABIC,2",
      "'①新建',CIRCLED,1", "'❶新建',CIRCLED,1", "'㊀新建',CIRCLED,1", "'Ⅳ、新建',ROMAN,2", "'Ⅻ 新建',ROMAN,2",
      "'第三章 总则',CHAPTER,4", "'〔一〕负责',PAREN_CN,3", "'——新建',DASH,2", "'١.新建',ARABIC_DOT,2", "'  12. 新建',ARABIC_DOT,6",
      "'──由市卫生局负责',DASH,2", "'━━由市卫生局负责',DASH,2", "'――由市卫生局负责',DASH,2", "'1.2023年底前新建',ARABIC_DOT,2",
      "'1.20XX文化节',ARABIC_DOT,2"})
  void numberingOfAnyScript(String line, Numbering style, int length) {
    Numbering.Prefix p = Numbering.of(Fold.fold(line));
    assertEquals(style, p.style, line);
    assertEquals(length, p.length, line);
  }

  @ParameterizedTest
  @CsvSource({"'1.5万人'", "'2022年'", "'㈱公司'", "'〔2021〕5号'", "'〔一)负责'", "'①②'", "'一般公共预算'", "'5G基站'",
      "'────────'", "'─新建'", "'1.2023万元'"})
  void numbersAndWordsAreNoNumbering(String line) {
    Numbering style = Numbering.of(Fold.fold(line)).style;
    assertEquals(line.startsWith("①") ? Numbering.CIRCLED : Numbering.NONE, style, line);
  }

  /** Every form of the numbers 1 to 20 numbers a line, and its prefix ends where the text starts. */
  @Property(tries = 200)
  void everyFormOfSmallNumbers(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 0, max = 6) int form) {
    String mark;
    Numbering style;
    switch (form) {
      case 0:
        mark = n + ".";
        style = Numbering.ARABIC_DOT;
        break;
      case 1:
        mark = n + "、";
        style = Numbering.ARABIC_DOT;
        break;
      case 2:
        mark = "（" + n + "）";
        style = Numbering.PAREN_ARABIC;
        break;
      case 3:
        mark = String.valueOf((char) ('①' + n - 1));
        style = Numbering.CIRCLED;
        break;
      case 4:
        mark = String.valueOf((char) ('⑴' + n - 1));
        style = Numbering.PAREN_ARABIC;
        break;
      case 5:
        mark = String.valueOf((char) ('⒈' + n - 1));
        style = Numbering.ARABIC_DOT;
        break;
      default:
        mark = n + "．";
        style = Numbering.ARABIC_DOT;
    }
    Numbering.Prefix p = Numbering.of(Fold.fold(mark + "新建学校"));
    assertEquals(style, p.style, mark);
    assertEquals(mark.length(), p.length, mark);
  }
}
