package id.go.lampungprov.kkb.platform.spreadsheet;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Stands in front of POI's sheet handler and refuses a cell (or other element) whose text grows
 * past the cell limit while it is still being read: POI collects a cell's text in one buffer, which
 * a single hostile inline string could otherwise grow to the size of the whole sheet.
 */
final class CellTextLimit implements ContentHandler {

  /** The text of one element is longer than a cell may be. */
  static final class TooLongException extends SAXException {
    private static final long serialVersionUID = 1L;

    TooLongException(String message) {
      super(message);
    }
  }

  private final ContentHandler next;
  private final int maxChars;
  private long run;
  private boolean inCell;

  CellTextLimit(ContentHandler next, int maxCellChars) {
    this.next = next;
    // Room for the markup-free digits of a value; the table checks the exact length.
    this.maxChars = maxCellChars + 64;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    run += length;
    if (run > maxChars) {
      throw new TooLongException("a cell holds more than " + (maxChars - 64) + " characters");
    }
    next.characters(ch, start, length);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    boundary(localName, true);
    next.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    boundary(localName, false);
    next.endElement(uri, localName, qName);
  }

  /** Inside a cell the text of all its rich-text runs adds up, as it does in POI's buffer. */
  private void boundary(String localName, boolean start) {
    if ("c".equals(localName)) {
      inCell = start;
      run = 0;
    } else if (!inCell) {
      run = 0;
    }
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    next.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    next.startDocument();
  }

  @Override
  public void endDocument() throws SAXException {
    next.endDocument();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    next.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    next.endPrefixMapping(prefix);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    next.ignorableWhitespace(ch, start, length);
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    next.processingInstruction(target, data);
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    next.skippedEntity(name);
  }
}
