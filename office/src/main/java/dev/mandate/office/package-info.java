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
 * Format readers for PDF ({@link dev.mandate.office.PdfReader}) and for Word 97–2003, WPS and Excel 97–2003 files
 * ({@link dev.mandate.office.OleReader}). Nothing here needs to be called: with this module on the class path (or
 * module path), {@link dev.mandate.parser.MandateParser} finds the readers and parses such files as it parses
 * {@code .docx}. Both readers are stateless and thread-safe.
 */
package dev.mandate.office;
