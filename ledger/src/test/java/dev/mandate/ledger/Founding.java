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
package dev.mandate.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mandate.model.Corpus;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The founding document, parsed once, and what its gold file says each measure's lead is. */
final class Founding {

  static final Path SEED = Path.of(System.getProperty("mandate.seed", "../seeds/linyi-2021-livelihood.txt"));
  static final Path GOLD = SEED.resolveSibling("linyi-2021-livelihood.gold.json");
  static final String NAME = "linyi-2021-livelihood.txt";

  static final Document DOCUMENT = parse();
  static final Corpus CORPUS = Corpus.of(DOCUMENT);

  private Founding() {}

  private static Document parse() {
    try (InputStream in = Files.newInputStream(SEED)) {
      return MandateParser.builder().build().parse(in, NAME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gold file's lead of each measure, in order (the names joined with 、 where a measure has several). */
  static List<String> goldLeads() throws IOException {
    List<String> leads = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(GOLD.toFile())) {
      List<String> current = null;
      String unit = null;
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          depth++;
        } else if (t == JsonToken.END_OBJECT) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 2 && p.getCurrentName().equals("responsibilities")) {
          current = new ArrayList<>();
          leads.add(null);
        } else if (t == JsonToken.FIELD_NAME && depth == 3 && current != null) {
          String field = p.getCurrentName();
          p.nextToken();
          if (field.equals("unit")) {
            unit = p.getText();
          } else if (field.equals("role") && p.getText().equals("LEAD")) {
            current.add(unit);
            leads.set(leads.size() - 1, String.join("、", current));
          }
        }
      }
    }
    return leads;
  }
}
