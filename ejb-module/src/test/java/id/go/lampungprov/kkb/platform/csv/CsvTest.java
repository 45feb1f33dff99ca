package id.go.lampungprov.kkb.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesWhereNeededAndNeverWritesAFormula() {
    assertEquals(
        "18.07.04.2003,\"Kampung KB, Sidodadi\",-5.1234,'=1+1\r\n",
        Csv.line(List.of("18.07.04.2003", "Kampung KB, Sidodadi", "-5.1234", "=1+1")));
    assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
    assertEquals("\"'@cmd\"", Csv.quote("@cmd"));
    assertEquals("", Csv.quote(null));
  }
}
