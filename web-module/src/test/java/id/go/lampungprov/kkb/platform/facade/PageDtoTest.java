package id.go.lampungprov.kkb.platform.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDtoTest {

  /** The JSON of every paged endpoint: these four fields, as the eight page types had them. */
  @Test
  void everyPagedAnswerHasTheSameFourFields() {
    assertEquals(
        List.of("content", "totalElements", "page", "size"),
        Arrays.stream(PageDto.class.getRecordComponents()).map(RecordComponent::getName).toList());
  }

  @Test
  void aPageOfTheDomainBecomesAPageOfTransferObjects() {
    Page<Integer> found = new Page<>(List.of(1, 2), 12, 3, 2);
    assertEquals(new PageDto<>(List.of("1", "2"), 12, 3, 2), PageDto.of(found, String::valueOf));
    assertEquals(
        new PageDto<>(List.of(2), 12, 3, 2), PageDto.rows(found, rows -> List.of(rows.size())));
  }

  @Test
  void aBlankFilterMeansAny() {
    assertEquals(Optional.empty(), Filters.given(null));
    assertEquals(Optional.empty(), Filters.given("  "));
    assertEquals(Optional.of("18.07"), Filters.given(" 18.07 "));
  }
}
