package id.go.lampungprov.kkb.shared.domain;

/** Which page of a list to return; bounds are checked here so every list endpoint shares them. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "min", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException(
          "size", "range", "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public int offset() {
    return page * size;
  }
}
