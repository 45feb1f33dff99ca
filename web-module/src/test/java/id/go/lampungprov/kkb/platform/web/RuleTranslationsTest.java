package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.coaching.domain.EventStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule the services refuse with ({@code InvalidInputException(field, rule, …)}, {@code
 * ConflictException}, and the helpers that build them) has its text in Indonesian and in English,
 * as {@link FormMessages} looks it up: {@code rule.<field>.<rule>}, else {@code rule.<rule>}.
 * Without it a page shows the service's English words. The rules are read from the main sources of
 * the EJB and web modules, so a new rule without a translation fails here.
 */
class RuleTranslationsTest {

  private static final List<Path> SOURCES =
      List.of(Path.of("../ejb-module/src/main/java"), Path.of("src/main/java"));

  private static final Pattern RULE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Where the exceptions with a rule are made; the rule's argument index (-1: "unique"). */
  private static final Pattern CONSTRUCTION =
      Pattern.compile("new\\s+(InvalidInputException|ConflictException)\\s*\\(");

  /** A method that makes the exception from a rule it is given, e.g. {@code refused(rule, …)}. */
  private static final Pattern FACTORY =
      Pattern.compile(
          "(?:InvalidInputException|ConflictException)\\s+(\\w+)\\s*\\(([^()]*\\bString\\s+rule\\b[^()]*)\\)\\s*\\{");

  /**
   * Rules computed at run time, by the expression that computes them: what they can be. A new such
   * expression fails the test until it is listed here.
   */
  private static final Map<String, Function<Map<Path, String>, List<Use>>> COMPUTED =
      Map.of(
          "\"status-\" + status.name().toLowerCase()",
          sources -> statuses(),
          "status == AssessmentStatus.APPROVED ? \"locked\" : \"status-\" +"
              + " status.name().toLowerCase()",
          sources -> {
            List<Use> uses = new ArrayList<>(statuses());
            uses.add(new Use("status", "locked", "Assessment"));
            return uses;
          },
          "field + \"-within-\" + limitField",
          RuleTranslationsTest::figuresLimits,
          // A form passing on the rule of a refusal it caught: listed where it was thrown.
          "e.rule()",
          sources -> List.of());

  private static Map<Path, String> sources;
  private static Properties indonesian;
  private static Properties english;

  /**
   * A rule factory: declared in {@code owner}, the rule its {@code index}th parameter, the field it
   * names if it fixes one.
   */
  record Factory(String owner, int index, String field) {}

  /** One place a rule is used: the field when the code names it, else null. */
  record Use(String field, String rule, String where) {}

  @BeforeAll
  static void read() throws IOException {
    sources = new HashMap<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          sources.put(file, withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
    indonesian = bundle("/i18n/messages.properties");
    english = bundle("/i18n/messages_en.properties");
  }

  @Test
  void everyRuleHasAnIndonesianAndAnEnglishText() {
    List<Use> uses = uses();
    assertTrue(uses.size() > 150, "rules found in the sources: " + uses.size());
    Set<String> missing = new TreeSet<>();
    for (Use use : uses) {
      for (Properties bundle : List.of(indonesian, english)) {
        boolean specific =
            use.field() != null && bundle.containsKey("rule." + use.field() + "." + use.rule());
        if (!specific && !bundle.containsKey("rule." + use.rule())) {
          missing.add(
              (bundle == indonesian ? "id " : "en ")
                  + "rule."
                  + use.rule()
                  + (use.field() == null ? "" : " (or rule." + use.field() + "." + use.rule() + ")")
                  + " for "
                  + use.where());
        }
      }
    }
    assertEquals("", String.join("\n", missing), "rules without a text");
  }

  @Test
  void bothBundlesHaveTheSameRuleKeys() {
    assertEquals(ruleKeys(indonesian), ruleKeys(english));
  }

  @Test
  void theScanFindsRulesInEachWayTheyAreMade() {
    Set<String> rules = new TreeSet<>();
    uses().forEach(u -> rules.add(u.rule()));
    for (String rule :
        List.of(
            "already-inactive", // new InvalidInputException(field, rule, message)
            "unique", // new ConflictException(field, message)
            "csv-syntax", // UploadedTables.refused(rule, message)
            "nik-region", // Nik.invalid(field, rule, message)
            "region-code", // InvalidRegionCodeException: super(field, rule, message)
            "too-many-attempts", // a constant
            "status-draft", // computed
            "pus-within-families")) { // computed from Figures' limits
      assertTrue(rules.contains(rule), rule + " in " + rules);
    }
  }

  private static List<Use> uses() {
    Map<String, Factory> factories = factories();
    List<Use> uses = new ArrayList<>();
    for (Map.Entry<Path, String> source : sources.entrySet()) {
      String text = source.getValue();
      String where = source.getKey().getFileName().toString().replace(".java", "");
      Matcher construction = CONSTRUCTION.matcher(text);
      while (construction.find()) {
        List<String> args = arguments(text, construction.end());
        if (args.size() == 2 && construction.group(1).equals("ConflictException")) {
          uses.add(new Use(field(args.get(0)), "unique", where));
        } else {
          uses.addAll(rules(args.get(0), args.get(1), where));
        }
      }
      if (text.matches("(?s).*extends\\s+(InvalidInputException|ConflictException)\\b.*")) {
        Matcher call = Pattern.compile("\\bsuper\\s*\\(").matcher(text);
        while (call.find()) {
          List<String> args = arguments(text, call.end());
          uses.addAll(rules(args.get(0), args.get(1), where));
        }
      }
      for (Map.Entry<String, Factory> factory : factories.entrySet()) {
        // Called unqualified in its own class or where it is imported statically, else qualified.
        int index = factory.getValue().index();
        String owner = factory.getValue().owner();
        boolean unqualified =
            owner.equals(where)
                || text.matches(
                    "(?s).*import\\s+static\\s+[\\w.]+\\."
                        + owner
                        + "\\.("
                        + factory.getKey()
                        + "|\\*)\\s*;.*");
        String name =
            "(?<![\\w.])"
                + (unqualified ? "(?:" + owner + "\\.)?" : owner + "\\.")
                + factory.getKey();
        Matcher call = Pattern.compile(name + "\\s*\\(").matcher(text);
        while (call.find()) {
          List<String> args = arguments(text, call.end());
          if (args.size() > index && !args.get(index).matches("(final\\s+)?String\\s+rule")) {
            String field = index > 0 ? args.get(0) : quoted(factory.getValue().field());
            uses.addAll(rules(field, args.get(index), where));
          }
        }
      }
    }
    return uses;
  }

  /** The rule factories: name → its class and the rule parameter's index. */
  private static Map<String, Factory> factories() {
    Map<String, Factory> factories = new HashMap<>();
    for (Map.Entry<Path, String> source : sources.entrySet()) {
      String owner = source.getKey().getFileName().toString().replace(".java", "");
      Matcher m = FACTORY.matcher(source.getValue());
      while (m.find()) {
        String[] parameters = m.group(2).split(",");
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].strip().matches("(final\\s+)?String\\s+rule")) {
            // The field its exception names, where the factory fixes it (refused: "file").
            Matcher made = CONSTRUCTION.matcher(source.getValue());
            String field =
                made.find(m.end()) ? field(arguments(source.getValue(), made.end()).get(0)) : null;
            factories.put(m.group(1), new Factory(owner, i, field));
          }
        }
      }
    }
    return factories;
  }

  private static List<Use> rules(String fieldArgument, String ruleArgument, String where) {
    String expression = ruleArgument.strip().replaceAll("\\s+", " ");
    String field = fieldArgument == null ? null : field(fieldArgument);
    if (expression.equals("rule")) {
      return List.of(); // a factory passing its parameter on: read at the factory's call sites
    }
    if (COMPUTED.containsKey(expression)) {
      return COMPUTED.get(expression).apply(sources);
    }
    List<Use> uses = new ArrayList<>();
    if (expression.matches("[A-Z_][A-Z0-9_]*") || expression.matches("\\w+\\.[A-Z_][A-Z0-9_]*")) {
      uses.add(new Use(field, constant(expression.replaceAll(".*\\.", ""), where), where));
      return uses;
    }
    if (expression.contains("+") || !LITERAL.matcher(expression).find()) {
      throw new AssertionError(
          "a rule computed at run time in "
              + where
              + ": "
              + expression
              + "; list what it can be in RuleTranslationsTest.COMPUTED");
    }
    Matcher literal = LITERAL.matcher(expression);
    while (literal.find()) { // one literal, or the branches of a conditional
      assertTrue(RULE_NAME.matcher(literal.group(1)).matches(), "a rule name: " + expression);
      uses.add(new Use(field, literal.group(1), where));
    }
    return uses;
  }

  private static String quoted(String field) {
    return field == null ? null : "\"" + field + "\"";
  }

  private static String field(String argument) {
    Matcher literal = LITERAL.matcher(argument.strip());
    return literal.matches() ? literal.group(1) : null;
  }

  /** The value of a {@code static final String} constant named so in the sources. */
  private static String constant(String name, String where) {
    Pattern declaration =
        Pattern.compile("static\\s+final\\s+String\\s+" + name + "\\s*=\\s*\"([a-z0-9-]+)\"\\s*;");
    for (String text : sources.values()) {
      Matcher m = declaration.matcher(text);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("the rule constant " + name + " used in " + where + " not found");
  }

  /** {@code "status-" + status}: every status of an event or an assessment. */
  private static List<Use> statuses() {
    List<Use> uses = new ArrayList<>();
    for (Enum<?> status : EventStatus.values()) {
      uses.add(new Use("status", "status-" + status.name().toLowerCase(Locale.ROOT), "status"));
    }
    for (Enum<?> status : AssessmentStatus.values()) {
      uses.add(new Use("status", "status-" + status.name().toLowerCase(Locale.ROOT), "status"));
    }
    return uses;
  }

  /** Figures: {@code atMost("pus", pus, "families", families)} refuses with pus-within-families. */
  private static List<Use> figuresLimits(Map<Path, String> sources) {
    Pattern limit = Pattern.compile("atMost\\(\\s*\"(\\w+)\",\\s*\\w+,\\s*\"(\\w+)\"");
    List<Use> uses = new ArrayList<>();
    sources.forEach(
        (file, text) -> {
          Matcher m = limit.matcher(text);
          while (m.find()) {
            uses.add(new Use(m.group(1), m.group(1) + "-within-" + m.group(2), "Figures"));
          }
        });
    assertTrue(!uses.isEmpty(), "Figures' limits found");
    return uses;
  }

  /** The top-level arguments of the call whose opening parenthesis ends at {@code start}. */
  private static List<String> arguments(String text, int start) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (text.charAt(end) != c) {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(text, i, end + 1);
        i = end;
        continue;
      }
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        if (depth == 0) {
          args.add(current.toString().strip());
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    throw new AssertionError("unclosed call at " + start);
  }

  /** Comments out, strings kept (a text block is not expected around a rule). */
  private static String withoutComments(String java) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < java.length(); i++) {
      char c = java.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < java.length() && java.charAt(end) != c) {
          end += java.charAt(end) == '\\' ? 2 : 1;
        }
        out.append(java, i, Math.min(end + 1, java.length()));
        i = end;
      } else if (java.startsWith("//", i)) {
        i = java.indexOf('\n', i) - 1;
        if (i < 0) {
          break;
        }
      } else if (java.startsWith("/*", i)) {
        i = java.indexOf("*/", i) + 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Properties bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = RuleTranslationsTest.class.getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Set<String> ruleKeys(Properties bundle) {
    Set<String> keys = new TreeSet<>();
    bundle.stringPropertyNames().stream().filter(k -> k.startsWith("rule.")).forEach(keys::add);
    return keys;
  }
}
