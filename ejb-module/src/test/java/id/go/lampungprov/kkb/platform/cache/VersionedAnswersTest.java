package id.go.lampungprov.kkb.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VersionedAnswersTest {

  private final AtomicReference<String> version = new AtomicReference<>("e.0");
  private final VersionedAnswers answers = new VersionedAnswers(version::get);
  private final AtomicInteger computed = new AtomicInteger();

  private String page(String key, boolean reuse) {
    return answers.answer(
        "list", key, reuse, () -> key + "#" + computed.incrementAndGet() + "@" + version.get());
  }

  @Test
  void theSameKeyAtTheSameVersionIsComputedOnce() {
    assertEquals("a#1@e.0", page("a", true));
    assertEquals("a#1@e.0", page("a", true));
    assertEquals(1, computed.get());
  }

  @Test
  void aChangeOfTheDataComputesTheAnswerAgain() {
    page("a", true);
    version.set("e.1");
    assertEquals("a#2@e.1", page("a", true));
    assertEquals("a#2@e.1", page("a", true));
  }

  @Test
  void anotherKeyOrKindIsAnotherAnswer() {
    page("a", true);
    assertEquals("b#2@e.0", page("b", true));
    assertEquals(
        "other",
        answers.answer("other-list", "a", true, () -> "other"),
        "the kind is part of the key");
  }

  @Test
  void aFreshAnswerIsComputedEveryTimeAndNotKept() {
    page("a", false);
    page("a", false);
    assertEquals(2, computed.get());
    assertEquals(0, answers.size());
    assertEquals("a#3@e.0", page("a", true), "nothing was kept from the fresh ones");
  }

  @Test
  void keptAnswersAreBounded() {
    for (int i = 0; i < VersionedAnswers.MAX_ENTRIES + 10; i++) {
      page("k" + i, true);
    }
    assertEquals(VersionedAnswers.MAX_ENTRIES, answers.size());
  }
}
