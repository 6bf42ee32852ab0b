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
import org.junit.jupiter.api.Test;
import dev.mandate.parser.internal.text.Fold;
class DbgTest {
  @Test void dbg() {
    for (String x : new String[]{"新(改、扩)建一批中小学校", "实施新(改、扩)建中小学校5家。"}) {
      String t = Fold.fold(x);
      System.out.println("DBG " + x + " units=" + Cells.isUnits(t) + " serial=" + Cells.isSerial(t) + " deadline=" + Cells.isDeadline(t) + " short=" + Cells.isShortValue(t) + " mostlyHan=" + Titles.mostlyHan(t) + " task=" + Cells.isTask(t));
    }
  }
}
