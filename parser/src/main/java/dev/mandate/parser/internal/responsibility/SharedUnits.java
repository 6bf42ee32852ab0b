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

import dev.mandate.model.Basis;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import dev.mandate.model.Unit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@link Unit} and one {@link Responsibility} per distinct value within a parse. The same few dozen units recur
 * in most measures of a document (各县区政府 in nearly all), so sharing them keeps a large document's model small and
 * spares building and checking the same values again. Values are immutable, so sharing them is invisible to users.
 * One instance per parse; not thread-safe.
 */
public final class SharedUnits {

  /** The value of a unit: name, alias and restored name (the last two may be null). */
  private static final class Key {
    final String name;
    final String alias;
    final String restored;
    final int hash;

    Key(String name, String alias, String restored) {
      this.name = name;
      this.alias = alias;
      this.restored = restored;
      this.hash = (name.hashCode() * 31 + Objects.hashCode(alias)) * 31 + Objects.hashCode(restored);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return name.equals(k.name) && Objects.equals(alias, k.alias) && Objects.equals(restored, k.restored);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A unit and the responsibilities made of it so far: [SUPPORT, LEAD by each basis in declaration order]. */
  private static final class Entry {
    final Unit unit;
    final Responsibility[] roles = new Responsibility[1 + Basis.values().length];

    Entry(Unit unit) {
      this.unit = unit;
    }
  }

  /** Gives each unit its canonical name, once per distinct unit of the parse. */
  private final AgencyRegistry agencies;

  /** Shared units whose canonical names know no document's place. */
  public SharedUnits() {
    this(AgencyRegistry.withoutPlace());
  }

  /** Shared units whose canonical names come from this document's registry (which knows its place). */
  public SharedUnits(AgencyRegistry agencies) {
    this.agencies = agencies;
  }

  /** Units with a name only (nearly all), looked up without building a key. */
  private final Map<String, Entry> plain = new HashMap<>();
  private final Map<Key, Entry> entries = new HashMap<>();
  /** Names, looked up by the chars they are cut from: open addressing, a power of two long. */
  private String[] names = new String[256];
  private int nameCount;

  /** {@code s[start, end)} as a string, the same instance for the same chars throughout the parse. */
  String name(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    int mask = names.length - 1;
    int len = end - start;
    for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      String n = names[slot];
      if (n == null) {
        n = s.substring(start, end);
        names[slot] = n;
        if (++nameCount * 2 > names.length) {
          grow();
        }
        return n;
      }
      if (n.length() == len && n.hashCode() == h && s.regionMatches(start, n, 0, len)) {
        return n;
      }
    }
  }

  private void grow() {
    String[] old = names;
    names = new String[old.length * 2];
    int mask = names.length - 1;
    for (String n : old) {
      if (n != null) {
        int h = n.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (names[slot] != null) {
          slot = (slot + 1) & mask;
        }
        names[slot] = n;
      }
    }
  }

  /** The shared responsibility of the unit with these names in this role; {@code basis} is null for SUPPORT. */
  Responsibility responsibility(String name, String alias, String restored, Role role, Basis basis) {
    Entry e;
    if (alias == null && restored == null) {
      e = plain.get(name);
      if (e == null) {
        e = new Entry(Unit.builder().name(name).canonical(agencies.canonical(name)).build());
        plain.put(name, e);
      }
    } else {
      e = entries.computeIfAbsent(new Key(name, alias, restored), k -> new Entry(Unit.builder()
          .name(k.name)
          .alias(Optional.ofNullable(k.alias))
          .restoredName(Optional.ofNullable(k.restored))
          .canonical(agencies.canonical(k.restored != null ? k.restored : k.name))
          .build()));
    }
    int slot = role == Role.LEAD ? 1 + basis.ordinal() : 0;
    Responsibility r = e.roles[slot];
    if (r == null) {
      r = role == Role.LEAD ? Responsibility.lead(e.unit, basis) : Responsibility.support(e.unit);
      e.roles[slot] = r;
    }
    return r;
  }
}
