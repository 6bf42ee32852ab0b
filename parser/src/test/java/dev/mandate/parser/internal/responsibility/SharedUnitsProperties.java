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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mandate.model.Basis;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/** A parse's shared names and units: equal chars give one string, equal values one unit, nothing else is merged. */
class SharedUnitsProperties {

  @Provide
  Arbitrary<List<String>> texts() {
    // few chars, so that many names are equal, many share a hash bucket, and the table grows several times
    return Arbitraries.strings().withChars("市县局委办教育").ofMinLength(0).ofMaxLength(12).list().ofMaxSize(2000);
  }

  @Property(tries = 300)
  void equalCharsGiveOneStringAndOnlyEqualCharsDo(@ForAll("texts") List<String> texts) {
    SharedUnits units = new SharedUnits();
    Map<String, String> first = new HashMap<>();
    for (String t : texts) {
      String padded = "[" + t + "]";
      String n = units.name(padded, 1, padded.length() - 1);
      assertEquals(t, n);
      String before = first.putIfAbsent(t, n);
      if (before != null) {
        assertSame(before, n, "one instance for " + t);
      }
    }
    for (Map.Entry<String, String> e : first.entrySet()) {
      assertSame(e.getValue(), units.name(e.getKey(), 0, e.getKey().length()), "still found after growing");
    }
  }

  @Property(tries = 200)
  void responsibilitiesAreSharedByValue(@ForAll("texts") List<String> texts) {
    SharedUnits units = new SharedUnits();
    Map<String, Responsibility> leads = new HashMap<>();
    for (String t : texts) {
      if (t.isEmpty()) {
        continue;
      }
      Responsibility lead = units.responsibility(t, null, null, Role.LEAD, Basis.MARKED);
      Responsibility support = units.responsibility(t, null, null, Role.SUPPORT, null);
      Responsibility aliased = units.responsibility(t, "别名局", null, Role.SUPPORT, null);
      assertEquals(t, lead.unit().name());
      assertSame(lead.unit(), support.unit(), "one unit, two roles");
      assertNotSame(support, aliased);
      assertEquals("别名局", aliased.unit().alias().orElseThrow());
      assertEquals(Basis.MARKED, lead.basis().orElseThrow());
      Responsibility before = leads.putIfAbsent(t, lead);
      if (before != null) {
        assertSame(before, lead);
      }
    }
  }
}
