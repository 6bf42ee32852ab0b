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

import dev.mandate.model.Diagnostic;
import dev.mandate.parser.internal.Diagnostics;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResponsibilityReaderTest {

  private final ResponsibilityReader reader = new ResponsibilityReader();

  private ResponsibilityReader.Result read(String text) {
    return read(Labels.clauses(text, Clause.Kind.GENERIC, 1, 1), LeadConvention.FIRST_LISTED);
  }

  private ResponsibilityReader.Result read(List<Clause> clauses, LeadConvention c) {
    return reader.read(clauses, c, new Diagnostics(100));
  }

  /** name/L or name/S, with the basis letter for leads: 市教育局/LF (first listed), /LM (marked). */
  private static String show(ResponsibilityReader.Result r) {
    return r.responsibilities().stream().map(dev.mandate.parser.Shown::of).collect(Collectors.joining(" "));
  }


  @Test
  void firstListedLeadsWhenNothingMarksALead() {
    assertEquals("市民政局/LF 市残联/S 市财政局/S 各县区政府/S 开发区管委会/S",
        show(read("市民政局、市残联、市财政局,各县区政府、开发区管委会")));
  }

  /** wild/w2241, w2165: names parted by a slash, and the bare words of sectors before 等部门. */
  @Test
  void aSlashPartsNamesAndSectorsBeforeTheirDepartmentsAreDepartments() {
    assertEquals("政务司司长办公室/LF 劳工及福利局/S", show(read("政务司司长办公室/劳工及福利局")));
    assertEquals("发展改革部门/LF 住房和城乡建设部门/S 财政部门/S", show(read("发展改革、住房和城乡建设、财政等部门")));
    assertEquals("财政部门/LF", show(read("财政等部门")));
    // (a list whose names are not all bare words keeps them as written; a bureau before 等部门 is that bureau)
    assertEquals("市农业局/LF 市水利局/S", show(read("市农业局、市水利局等部门")));
  }

  @Test
  void aBracketedNoteBecomesADocumentNote() {
    ResponsibilityReader.Result r = read("市民政局、市残联,开发区管委会(字体加粗者为牵头部门,下同)");
    assertEquals("市民政局/LF 市残联/S 开发区管委会/S", show(r));
    assertEquals(List.of("字体加粗者为牵头部门,下同"), r.notes());
    ResponsibilityReader.Result fw = read("市民政局、开发区管委会（字体加粗者为牵头部门，下同）");
    assertEquals(List.of("字体加粗者为牵头部门，下同"), fw.notes(), "full-width brackets alike, text as written");
  }

  @Test
  void aBracketedAliasStaysWithItsUnitAndANameBracketStaysInTheName() {
    ResponsibilityReader.Result r = read("市住房城乡建设局、市委统战部(市民族宗教局)、各县(市、区)人民政府、高新园(邹区镇)");
    assertEquals("市住房城乡建设局/LF 市委统战部/S 各县(市、区)人民政府/S 高新园(邹区镇)/S", show(r));
    assertEquals("市民族宗教局", r.responsibilities().get(1).unit().alias().orElseThrow());
  }

  @Test
  void aSharedSuffixIsDistributed() {
    assertEquals("市水利局/LF 市财政局/S 沂水县政府/S 沂南县政府/S 平邑县政府/S 费县政府/S 莒南县政府/S 临沭县政府/S",
        show(read("市水利局、市财政局,沂水县、沂南县、平邑县、费县、莒南县、临沭县政府")));
    assertEquals("市财政局/LF 各县区政府/S 开发区管委会/S", show(read("市财政局,各县区政府、开发区管委会")));
  }

  @Test
  void roleWordsAreRemovedAndSetTheRole() {
    assertEquals("市发改委/LM 市财政局/S 各有关部门/S", show(read("市发改委牵头,市财政局配合,各有关部门按职责分工负责")));
    assertEquals("市发改委/LM 市财政局/LM 各区/S", show(read("市发改委、市财政局牵头,各区配合")));
    assertEquals("市教育局/LM", show(read("由市教育局负责牵头")));
  }

  @Test
  void labelsSetRoles() {
    assertEquals("市教育局/LM 各区人民政府/S", show(read("牵头单位:市教育局;责任单位:各区人民政府")));
    assertEquals("县城投公司/LM 住建局/S 凤城镇/S", show(read("主办单位：县城投公司，协办单位：住建局、凤城镇。")));
    assertEquals("市X局/LM 市Y局/S", show(read("责任部门:市X局 配合部门:市Y局")));
    assertEquals("市X局/LM 市Y局/S", show(read("牵头责任单位:市X局 配合实施单位:市Y局")));
    assertEquals("市X局/LM 市Y局/S 市Z局/S", show(read("牵头单位:市X局 牵头领导:张三 协同责任单位:市Y局、市Z局等。")));
    assertEquals("市發改委/LM 經貿委/LM 市科技局/S", show(read("牽頭單位:市發改委、經貿委;配合單位:市科技局")));
  }

  @Test
  void elidedPrefixIsRestoredAndTheNameKeptAsWritten() {
    ResponsibilityReader.Result r = read("牵头单位:市发改委、经贸委;配合单位:市科技局、财政局、信息办、国网临沂供电公司");
    assertEquals("经贸委", r.responsibilities().get(1).unit().name());
    assertEquals("市经贸委", r.responsibilities().get(1).unit().restoredName().orElseThrow());
    assertEquals("市财政局", r.responsibilities().get(3).unit().restoredName().orElseThrow());
    assertEquals(false, r.responsibilities().get(5).unit().restoredName().isPresent());
  }

  @Test
  void everyResponsibleUnitLeadsWhereTheDocumentSaysSo() {
    ResponsibilityReader.Result r = read(Labels.clauses("责任单位:市X局、市Y局", Clause.Kind.GENERIC, 1, 1),
        LeadConvention.ALL_RESPONSIBLE_LEAD);
    assertEquals("市X局/LM 市Y局/LM", show(r));
  }

  @Test
  void anUnbalancedBracketIsADiagnosticWithItsColumn() {
    Diagnostics d = new Diagnostics(10);
    reader.read(List.of(new Clause(Clause.Kind.GENERIC, "市X局、市Y局(字体加粗者为牵头部门", 7, 5)),
        LeadConvention.FIRST_LISTED, d);
    Diagnostic x = d.build().get(0);
    assertEquals(Diagnostic.Kind.UNBALANCED_BRACKET, x.kind());
    assertEquals(7, x.line().getAsInt());
    assertEquals(5 + "市X局、市Y局".length(), x.column().getAsInt());
  }
}
