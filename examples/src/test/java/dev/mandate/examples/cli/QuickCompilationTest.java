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
package dev.mandate.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickCompilationTest {

  private static final long GB = 1024L * 1024 * 1024;

  @Test
  void onlyInputsLargeEnoughToGainAreWorthTheRequest() {
    assertFalse(QuickCompilation.worthIt(17_000, 1, GB),
        "a small document: starting the management server costs more");
    assertFalse(QuickCompilation.worthIt(QuickCompilation.FROM_BYTES - 1, 2, GB));
    assertTrue(QuickCompilation.worthIt(QuickCompilation.FROM_BYTES, 2, GB));
    assertTrue(QuickCompilation.worthIt(20_000_000, 2, GB));
    assertTrue(QuickCompilation.worthIt(20_000_000, 1, GB));
    assertFalse(QuickCompilation.worthIt(60_000_000, 2, GB), "on several CPUs the optimising compiler pays off there");
    assertTrue(QuickCompilation.worthIt(60_000_000, 1, GB), "on one CPU it never does");
  }

  /** Regression: under -Xmx16m the request ran out of memory half-made, and the JVM printed a trace at exit. */
  @Test
  void noRequestInAHeapThatTheParseMayFill() {
    assertFalse(QuickCompilation.worthIt(8_000_000, 1, 16L * 1024 * 1024));
    assertFalse(QuickCompilation.worthIt(20_000_000, 2, 128L * 1024 * 1024));
    assertTrue(QuickCompilation.worthIt(20_000_000, 2, 4 * 20_000_000L + QuickCompilation.MIN_FREE_HEAP));
  }

  @Test
  void theJvmTakesTheDirective() throws Exception {
    ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
    try {
      assertTrue(QuickCompilation.request(), "this JVM refused the compiler directive");
      Object listed = ManagementFactory.getPlatformMBeanServer().invoke(dcmd, "compilerDirectivesPrint",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      assertTrue(String.valueOf(listed).contains("matching: *.*"), String.valueOf(listed));
    } finally {
      // the rest of this test JVM keeps its usual compilers
      ManagementFactory.getPlatformMBeanServer().invoke(dcmd, "compilerDirectivesRemove", new Object[] {new String[0]},
          new String[] {String[].class.getName()});
    }
  }
}
