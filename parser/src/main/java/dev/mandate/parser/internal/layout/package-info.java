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
 * Stage 2: recognising the layout. {@link dev.mandate.parser.internal.layout.LayoutReader} offers every block to the
 * layout families in turn — page furniture, tables (with rows, flattened one cell a line, transposed), lone labels,
 * label lines, items — each a class of its own that reads by evidence in the text (agency names, label and column-name
 * shapes, numbering by character class); {@code OutlineResolver} then decides measures and headings and produces the
 * {@link dev.mandate.parser.internal.layout.RawMeasure}s. See {@code docs/LAYOUTS.md}. Not API.
 */
package dev.mandate.parser.internal.layout;
