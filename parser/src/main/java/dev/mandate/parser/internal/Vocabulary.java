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
package dev.mandate.parser.internal;

import com.google.common.collect.ImmutableList;
import dev.mandate.parser.internal.text.Fold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rules file on the classpath: one entry a line, {@code word kind example}, separated by whitespace, {@code #}
 * comments. Words are folded on load so they match folded text. Tests read every example back.
 */
public final class Vocabulary {

  /** One line of a rules file. */
  public static final class Entry {
    private final String word;
    private final String kind;
    private final String example;

    Entry(String word, String kind, String example) {
      this.word = word;
      this.kind = kind;
      this.example = example;
    }

    /** The word, folded. */
    public String word() {
      return word;
    }

    public String kind() {
      return kind;
    }

    public String example() {
      return example;
    }

    @Override
    public String toString() {
      return word + " " + kind + " " + example;
    }
  }

  private Vocabulary() {}

  /** Loads {@code name} from this package's resources. */
  public static ImmutableList<Entry> load(String name) {
    ImmutableList.Builder<Entry> out = ImmutableList.builder();
    try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("rules file missing from the jar: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\s+", 3);
        if (parts.length < 3) {
          throw new IllegalStateException(name + ":" + n + ": expected 'word kind example', got: " + line);
        }
        out.add(new Entry(Fold.fold(parts[0]), parts[1], parts[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.build();
  }
}
