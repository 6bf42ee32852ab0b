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
package dev.mandate.parser.formats;

import java.io.IOException;

/**
 * Reads one document format into paragraphs and table rows. Implementations are found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/dev.mandate.parser.formats.FormatReader}, or
 * {@code provides} in a module) when {@link dev.mandate.parser.MandateParser.Builder#discoverFormats(boolean)} is on,
 * which it is by default; they must be thread-safe, as one parser serves many threads.
 *
 * <p>A reader recognises its format by content (a magic number), never by a file name. It must respect the
 * {@link ReadLimits} it is given and fail with a {@link dev.mandate.parser.MandateException} whose message says what
 * is wrong with the file ({@code UNREADABLE} for a damaged, encrypted or scanned file, {@code TOO_LARGE} past a
 * limit); the parser puts the file's name before the message.
 */
public interface FormatReader {

  /** The format's name as users know it, for messages: {@code PDF}, {@code Word 97–2003 (.doc)}. */
  String name();

  /** Whether {@code head}, the first bytes of the input (up to 8 KiB, fewer if the input is shorter), is this format. */
  boolean recognizes(byte[] head);

  /**
   * Reads the whole input, reporting its paragraphs and table rows to {@code sink} in reading order.
   *
   * @throws IOException if the bytes cannot be read as this format; reported as {@code UNREADABLE}
   */
  void read(byte[] input, ReadLimits limits, DocumentSink sink) throws IOException;
}
