package dev.mandate.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickCompilationTest {

  @Test
  void onlyInputsLargeEnoughToGainAreWorthTheRequest() {
    assertFalse(QuickCompilation.worthIt(17_000, 1), "a small document: starting the management server costs more");
    assertFalse(QuickCompilation.worthIt(QuickCompilation.FROM_BYTES - 1, 2));
    assertTrue(QuickCompilation.worthIt(QuickCompilation.FROM_BYTES, 2));
    assertTrue(QuickCompilation.worthIt(20_000_000, 2));
    assertTrue(QuickCompilation.worthIt(20_000_000, 1));
    assertFalse(QuickCompilation.worthIt(60_000_000, 2), "on several CPUs the optimising compiler pays off there");
    assertTrue(QuickCompilation.worthIt(60_000_000, 1), "on one CPU it never does");
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
