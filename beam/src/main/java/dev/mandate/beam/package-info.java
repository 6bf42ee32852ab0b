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
 * Mandate on Apache Beam: {@link dev.mandate.beam.ParseDocuments} parses matched files into {@code mandate/1} JSON
 * lines and rows ({@link dev.mandate.beam.MandateRows}), failed files going to an output of their own;
 * {@link dev.mandate.beam.ParseFolder} runs it over a glob on any runner. Beam is not modular: this module runs on
 * the class path.
 */
package dev.mandate.beam;
