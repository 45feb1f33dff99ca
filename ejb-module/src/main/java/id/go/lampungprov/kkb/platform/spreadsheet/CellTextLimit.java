package id.go.lampungprov.kkb.platform.spreadsheet;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands in front of POI's sheet handler and refuses a cell (or other element) whose text grows
 * past the cell limit while it is still being read: POI collects a cell's text in one buffer, which
 * a single hostile inline string could otherwise grow to the size of the whole sheet. The JDK's
 * {@link XMLFilterImpl} passes every other event on unchanged.
 */
final class CellTextLimit extends XMLFilterImpl {

  /** The text of one element is longer than a cell may be. */
  static final class TooLongException extends SAXException {
    private static final long serialVersionUID = 1L;

    TooLongException(String message) {
      super(message);
    }
  }

  private final int maxChars;
  private long run;
  private boolean inCell;

  CellTextLimit(ContentHandler next, int maxCellChars) {
    setContentHandler(next);
    // Room for the markup-free digits of a value; the table checks the exact length.
    this.maxChars = maxCellChars + 64;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    run += length;
    if (run > maxChars) {
      throw new TooLongException("a cell holds more than " + (maxChars - 64) + " characters");
    }
    super.characters(ch, start, length);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    boundary(localName, true);
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    boundary(localName, false);
    super.endElement(uri, localName, qName);
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
}
