package id.go.lampungprov.kkb.platform.spreadsheet;

/** The two kinds of table file staff upload, each with the media type it is sent as. */
public enum TableFormat {
  CSV("text/csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String mediaType;

  TableFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
