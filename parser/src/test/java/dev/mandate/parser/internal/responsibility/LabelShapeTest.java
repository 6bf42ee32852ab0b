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
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mandate.parser.internal.text.Fold;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Labels read by their shape, modifier and head noun, with no entry in labels.txt. */
class LabelShapeTest {

  @ParameterizedTest
  @CsvSource({"牵头落实单位,LEAD", "主要责任单位,LEAD", "牵头责任部门,LEAD", "问题整改责任单位,GENERIC", "整改责任单位,GENERIC",
      "责任科室,GENERIC", "共同责任单位,SUPPORT", "协同责任单位,SUPPORT", "数据提供单位,SUPPORT", "配合实施部门,SUPPORT",
      "牵头负责领导,PERSON", "责任领导,PERSON", "整改时限,DEADLINE", "完成时间,DEADLINE", "責任單位,GENERIC",
      "責(zé)任單(dān)位,GENERIC", "责 任 单 位,GENERIC"})
  void labelsByShape(String label, Clause.Kind kind) {
    String f = Fold.fold(label);
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    assertEquals(kind, LabelShape.kind(f, 0, f.length(), reading), label);
    assertEquals(LabelShape.Reading.KNOWN, reading[0], label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"各有关单位", "市直单位", "县属部门", "发布部门", "发布时间", "发布机构", "来源单位", "工作任务", "主体"})
  void addresseesPublishersAndOtherWordsAreNoLabels(String words) {
    String f = Fold.fold(words);
    assertNull(LabelShape.kind(f, 0, f.length(), new LabelShape.Reading[1]), words);
  }

  @ParameterizedTest
  @ValueSource(strings = {"包片单位", "联络单位"})
  void anUnknownModifierIsALabelOnlyBeforeAgencies(String label) {
    String f = Fold.fold(label);
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    assertEquals(Clause.Kind.GENERIC, LabelShape.kind(f, 0, f.length(), reading), label);
    assertEquals(LabelShape.Reading.UNKNOWN_MODIFIER, reading[0], label);
    assertEquals(1, Labels.find(Fold.fold(label + ":县文广局")).size(), label);
    assertEquals(0, Labels.find(Fold.fold(label + ":已完成80%")).size(), label);
  }

  @ParameterizedTest
  @CsvSource({"'1.任务。牵头落实单位:县教育局',LEAD", "'市科技馆 整改时限:3天',DEADLINE", "'接种牵头责任部门:县卫健委',LEAD"})
  void labelsAreFoundInLines(String line, Clause.Kind kind) {
    assertEquals(kind, Labels.find(Fold.fold(line)).get(0).kind(), line);
  }
}
