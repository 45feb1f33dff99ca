package id.go.lampungprov.kkb.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} of a folder to {@code .jasper} in another, during the build (no
 * official Maven plugin exists). A template that does not compile fails the build.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateCompiler <jrxml folder> <output folder>");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> templates;
    try (Stream<Path> files = Files.list(source)) {
      templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path jrxml : templates) {
      String name = jrxml.getFileName().toString().replace(".jrxml", ".jasper");
      JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
    }
    System.out.println("Compiled " + templates.size() + " report templates into " + target);
  }
}
