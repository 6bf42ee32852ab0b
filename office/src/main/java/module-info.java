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
 * Readers of the formats government sites publish besides text, HTML, {@code .docx} and {@code .xlsx}: PDF (Apache
 * PDFBox) and Word, Excel and WPS 97–2003 files (Apache POI). The parser finds them through {@code provides} when this
 * module is on the module path, or through {@code META-INF/services} on the class path.
 */
module dev.mandate.office {
  // its public readers implement the parser's SPI: a user of them reads the parser too
  requires transitive dev.mandate.parser;
  requires org.apache.pdfbox;
  // PDFBox is an automatic module, which declares nothing it needs: these are resolved only if named here
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  requires org.apache.commons.logging;
  requires org.apache.poi.poi;
  requires org.apache.poi.scratchpad;
  // PDFBox's graphics engine hands paths over as java.awt.geom points
  requires java.desktop;

  exports dev.mandate.office;

  provides dev.mandate.parser.formats.FormatReader with dev.mandate.office.PdfReader, dev.mandate.office.OleReader;
}
