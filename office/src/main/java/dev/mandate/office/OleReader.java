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
package dev.mandate.office;

import dev.mandate.parser.MandateException;
import dev.mandate.parser.formats.DocumentSink;
import dev.mandate.parser.formats.FormatReader;
import dev.mandate.parser.formats.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the OLE (compound file) formats offices still save: Word 97–2003 {@code .doc} and Kingsoft Writer
 * {@code .wps} files through Apache POI's HWPF, Excel 97–2003 {@code .xls} files through HSSF. A WPS file that HWPF
 * cannot read, an OLE file of another kind and an encrypted file are refused with a message that says so and what to
 * do. Stateless and thread-safe.
 */
public final class OleReader implements FormatReader {

  private static final int[] MAGIC = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

  /** Made by {@link java.util.ServiceLoader}; users need not make one. */
  public OleReader() {}

  @Override
  public String name() {
    return "Word, WPS or Excel 97–2003 (.doc, .wps, .xls)";
  }

  @Override
  public boolean recognizes(byte[] head) {
    if (head.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if ((head[i] & 0xFF) != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void read(byte[] input, ReadLimits limits, DocumentSink sink) throws IOException {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(input));
    } catch (RuntimeException e) {
      // POI reports a damaged sector chain as one of several runtime exceptions
      throw new IOException("its OLE structure is damaged (" + e.getMessage() + ")", e);
    }
    try (fs) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        throw encrypted();
      }
      if (root.hasEntry("WordDocument")) {
        try {
          WordTables.read(root, limits, sink);
        } catch (EncryptedDocumentException e) {
          throw encrypted();
        } catch (OldWordFileFormatException e) {
          throw new MandateException(MandateException.Kind.UNREADABLE, "is a Word 6 or Word 95 file, which is not "
              + "read; save it as .docx or .pdf");
        } catch (MandateException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          // Kingsoft's own variants of the Word format end here: say what to do, not only what failed
          throw new MandateException(MandateException.Kind.UNREADABLE, "cannot be read as a Word 97–2003 or WPS "
              + "document (" + e.getMessage() + "); if it is a WPS file, save it as .docx or .pdf", e);
        }
        return;
      }
      if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
        try {
          ExcelSheets.read(root, limits, sink);
        } catch (EncryptedDocumentException e) {
          throw encrypted();
        }
        return;
      }
      throw new MandateException(MandateException.Kind.UNREADABLE, "is an OLE file but neither a Word 97–2003 nor "
          + "an Excel 97–2003 document (an old WPS or other office file?); save it as .docx, .xlsx or .pdf");
    }
  }

  private static MandateException encrypted() {
    return new MandateException(MandateException.Kind.UNREADABLE, "is encrypted (protected by a password); save a "
        + "copy without the password");
  }
}
