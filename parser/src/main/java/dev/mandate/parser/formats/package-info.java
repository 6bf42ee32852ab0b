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
 * Readers for document formats the parser does not read itself (PDF, Word 97–2003 {@code .doc}, Excel 97–2003
 * {@code .xls}, WPS), found with {@link java.util.ServiceLoader} when their module is on the class path: a
 * {@link dev.mandate.parser.formats.FormatReader} turns a file's bytes into paragraphs and table rows, and the parser
 * reads those as it reads HTML or Word. Text, HTML, {@code .docx} and {@code .xlsx} need none.
 */
package dev.mandate.parser.formats;
