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
package dev.mandate.parser.targets;

import dev.mandate.model.Target;
import java.util.List;

/**
 * Finds quantitative targets in one measure's text. Implementations must be stateless or thread-safe: one instance
 * serves every parse of a {@link dev.mandate.parser.MandateParser}, possibly on several threads at once.
 *
 * <p><b>Order and overlaps.</b> User extractors run first, in the order they were registered (then those found by
 * {@link java.util.ServiceLoader}, if discovery is on), and the built-in extractor last. A finding is kept only if its
 * span overlaps no finding kept before it, so one number is one target and a user extractor wins over the built-in
 * one for the same words. The kept targets are put in text order.
 *
 * <p><b>Failures.</b> A finding whose {@link Target#span()} does not slice {@link Target#text()} out of
 * {@link TargetContext#text()} is dropped; an exception thrown by an extractor drops that extractor's findings for
 * that measure. Both leave a diagnostic on the document; neither stops the parse.
 */
@FunctionalInterface
public interface TargetExtractor {

  /**
   * The targets stated in {@code context.text()}, in any order. Spans are offsets into {@code context.text()}.
   *
   * @param context the measure text and what the parser knows of the document
   * @return the targets found; never null (return an empty list for none)
   */
  List<Target> extract(TargetContext context);
}
