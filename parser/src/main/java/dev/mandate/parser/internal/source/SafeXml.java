package dev.mandate.parser.internal.source;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that never resolves a DTD or an external entity: an {@code <!ENTITY xxe SYSTEM "file:///…">} is an
 * error, never the file's content.
 */
final class SafeXml {
  private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    FACTORY.setProperty(XMLInputFactory.IS_COALESCING, false);
  }

  private SafeXml() {}

  /** The value of the attribute with this local name on the current start element, or null. */
  static String attr(XMLStreamReader x, String local) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals(local)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  static XMLStreamReader open(byte[] xml) throws XMLStreamException {
    return open(new ByteArrayInputStream(xml));
  }

  static XMLStreamReader open(java.io.InputStream xml) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(xml);
    }
  }
}
