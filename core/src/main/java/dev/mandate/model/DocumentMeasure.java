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
package dev.mandate.model;

import org.immutables.value.Value;

/**
 * A measure with the document it is one of, as a {@link Corpus} lists them. Equal when the document's number and
 * the measure are: the document itself takes no part in equality, which would compare whole documents for each
 * measure. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentMeasure {

  /** The document's 1-based position in its corpus. */
  @Value.Parameter
  public abstract int documentNumber();

  /** The document. */
  @Value.Parameter
  @Value.Auxiliary
  public abstract Document document();

  /** The measure, one of the document's. */
  @Value.Parameter
  public abstract Measure measure();

  static DocumentMeasure of(int documentNumber, Document document, Measure measure) {
    return ImmutableDocumentMeasure.of(documentNumber, document, measure);
  }

  @Override
  public String toString() {
    return "DocumentMeasure{" + documentNumber() + "." + measure().id() + "}";
  }
}
