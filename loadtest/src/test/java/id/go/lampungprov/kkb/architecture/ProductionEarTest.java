package id.go.lampungprov.kkb.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The production EAR (ear/target/kampung-kb.ear) carries no load-test tooling: no class of the
 * synthetic context, no benchmark, no {@code HeapPeak}, in any module or library inside it. They
 * belong to this module and reach a server only in the load-test EAR.
 */
class ProductionEarTest {

  private static final String OURS = "id/go/lampungprov/kkb/";

  @Test
  void theProductionEarHoldsNoLoadTestTooling() throws IOException {
    Path ear = Path.of(System.getProperty("kkb.ear", "../ear/target/kampung-kb.ear"));
    assertTrue(Files.isRegularFile(ear), ear + " is missing: build with -pl loadtest -am");
    List<String> classes;
    try (InputStream in = Files.newInputStream(ear)) {
      classes = ourClasses(ear.getFileName().toString(), in);
    }
    // The EJB module and the web module were both looked into, not just the EAR's top level.
    assertTrue(classes.stream().anyMatch(c -> c.contains("kkb-ejb.jar!")), "no EJB module classes");
    assertTrue(classes.stream().anyMatch(c -> c.contains("WEB-INF/classes/")), "no web classes");
    assertEquals(List.of(), classes.stream().filter(ProductionEarTest::isTooling).toList());
  }

  @Test
  void toolingIsFoundInsideNestedModulesAndLibraries() throws IOException {
    byte[] ejb = zip(OURS + "synthetic/application/SyntheticData.class", OURS + "x/A.class");
    byte[] web =
        zip(
            "WEB-INF/classes/" + OURS + "reporting/rest/RecapBenchmarkResource.class",
            "WEB-INF/classes/" + OURS + "registration/application/DemoData.class");
    byte[] lib = zip(OURS + "reporting/application/HeapPeak$1.class", "org/other/Benchmark.class");
    ByteArrayOutputStream ear = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(ear)) {
      put(out, "kkb-ejb.jar", ejb);
      put(out, "kkb-web.war", web);
      put(out, "lib/kkb-x.jar", lib);
    }
    List<String> found =
        ourClasses("t.ear", new ByteArrayInputStream(ear.toByteArray())).stream()
            .filter(ProductionEarTest::isTooling)
            .toList();
    assertEquals(
        List.of(
            "t.ear!kkb-ejb.jar!" + OURS + "synthetic/application/SyntheticData.class",
            "t.ear!kkb-web.war!WEB-INF/classes/"
                + OURS
                + "reporting/rest/RecapBenchmarkResource.class",
            "t.ear!lib/kkb-x.jar!" + OURS + "reporting/application/HeapPeak$1.class"),
        found);
  }

  /** Load-test tooling: the synthetic context, a class named *Benchmark*, HeapPeak. */
  static boolean isTooling(String entry) {
    String path = entry.substring(entry.indexOf(OURS));
    String simple = path.substring(path.lastIndexOf('/') + 1);
    return path.contains("/synthetic/")
        || simple.contains("Benchmark")
        || simple.startsWith("HeapPeak.")
        || simple.startsWith("HeapPeak$");
  }

  /** Our class files in an archive and, recursively, in the jars and wars inside it. */
  static List<String> ourClasses(String where, InputStream in) throws IOException {
    List<String> found = new ArrayList<>();
    // Not closed: for a nested archive that would close the archive around it.
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      String name = e.getName();
      if (name.endsWith(".jar") || name.endsWith(".war")) {
        found.addAll(ourClasses(where + "!" + name, zip));
      } else if (name.endsWith(".class") && name.contains(OURS)) {
        found.add(where + "!" + name);
      }
    }
    return found;
  }

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        put(out, entry, new byte[] {(byte) 0xCA, (byte) 0xFE});
      }
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream out, String name, byte[] data) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(data);
    out.closeEntry();
  }
}
