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
package dev.mandate.office;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The heaviest hostile files again, in a JVM of their own with a 96 MB heap and a small stack (the office module's
 * POM runs this class so): they must be refused or read, never run the JVM out of memory or stack.
 */
class OfficeSmallHeapTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void thousandsOfEmptyPages() throws IOException {
    OfficeRobustnessTest.refused(OfficeRobustnessTest.emptyPages(5000), "empty.pdf");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void deeplyNestedObjects() {
    OfficeRobustnessTest.refusal(OfficeRobustnessTest.nested(100_000), "nested.pdf");
  }
}
