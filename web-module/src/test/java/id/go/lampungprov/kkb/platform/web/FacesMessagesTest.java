package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Faces' own conversion and validation messages (a forged choice, a date that cannot be read) speak
 * the pages' languages: both bundles hold the same keys, Indonesian is what a page without a chosen
 * language gets, and faces-config.xml registers the bundle.
 */
class FacesMessagesTest {

  @Test
  void bothLanguagesHaveEveryMessage() throws IOException {
    Properties id = load("/i18n/faces.properties");
    Properties en = load("/i18n/faces_en.properties");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    assertTrue(id.containsKey("jakarta.faces.component.UISelectOne.INVALID"));
    assertTrue(id.containsKey("jakarta.faces.converter.DateTimeConverter.DATE_detail"));
  }

  @Test
  void indonesianIsTheDefaultAndTheBundleIsRegistered() throws IOException {
    String key = "jakarta.faces.component.UISelectOne.INVALID";
    assertTrue(
        ResourceBundle.getBundle("i18n.faces", Locale.forLanguageTag("id"))
            .getString(key)
            .contains("pilihan tidak sah"));
    assertTrue(
        ResourceBundle.getBundle("i18n.faces", Locale.ENGLISH)
            .getString(key)
            .contains("not a valid choice"));
    String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
    assertTrue(config.contains("<message-bundle>i18n.faces</message-bundle>"), config);
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FacesMessagesTest.class.getResourceAsStream(resource)) {
      p.load(in);
    }
    return p;
  }
}
