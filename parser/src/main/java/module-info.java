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

/**
 * The Mandate parser: {@link dev.mandate.parser.MandateParser}, the target-extractor SPI, the format-reader SPI and
 * the {@code mandate/1} JSON. Everything under {@code dev.mandate.parser.internal} stays inside the module.
 */
module dev.mandate.parser {
  requires transitive dev.mandate.core;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires org.jsoup;
  requires java.xml;

  exports dev.mandate.parser;
  exports dev.mandate.parser.targets;
  exports dev.mandate.parser.formats;
  exports dev.mandate.json;

  uses dev.mandate.parser.targets.TargetExtractor;
  uses dev.mandate.parser.formats.FormatReader;
}
