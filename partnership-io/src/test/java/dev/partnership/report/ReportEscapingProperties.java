package dev.partnership.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.samskivert.mustache.Mustache;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Escaping laws: what goes into a label, a cell or a page comes back out unchanged, as text. */
class ReportEscapingProperties {

  /** Strings rich in the characters that break formats: quotes, brackets, pipes, line breaks. */
  static Gen<String> hostileText() {
    Gen<String> specials =
        SourceDSL.strings()
            .betweenCodePoints(0x20, 0x7E)
            .ofLengthBetween(0, 40)
            .zip(
                SourceDSL.integers().between(0, 12),
                (s, i) -> s + "\"<>&|[]{}()#;`\\\n\r'".substring(0, i) + s);
    return specials.mix(SourceDSL.strings().allPossible().ofLengthBetween(0, 30), 30);
  }

  /** The reference decoder of a DOT double-quoted string: DOT's escapes undone. */
  static String undot(String escaped) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && i + 1 < escaped.length()) {
        char n = escaped.charAt(++i);
        s.append(n == 'n' ? '\n' : n);
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  @Test
  void dotEscapingThenJgraphtQuotingRoundTrips() {
    qt().forAll(hostileText())
        .checkAssert(
            text -> {
              // Diagrams.dot, then the exporter's own quoting of double quotes
              String quoted = Diagrams.dot(text).replace("\"", "\\\"");
              assertFalse(quoted.contains("\n") || quoted.contains("\r"));
              String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
              assertEquals(normalised, undot(quoted));
            });
  }

  @Test
  void mermaidLabelsDecodeToTheTextOnOneLine() {
    Pattern entity = Pattern.compile("#(quot|\\d+);");
    qt().forAll(hostileText())
        .checkAssert(
            text -> {
              String label = Diagrams.mermaid(text);
              for (char bad : "\"[]|<>(){}`\n\r".toCharArray()) {
                assertTrue(label.indexOf(bad) < 0, "'" + bad + "' in " + label);
              }
              Matcher m = entity.matcher(label);
              StringBuilder decoded = new StringBuilder();
              while (m.find()) {
                m.appendReplacement(
                    decoded,
                    Matcher.quoteReplacement(
                        m.group(1).equals("quot")
                            ? "\""
                            : String.valueOf((char) Integer.parseInt(m.group(1)))));
              }
              m.appendTail(decoded);
              assertEquals(text.replace('\r', ' ').replace('\n', ' '), decoded.toString());
            });
  }

  @Test
  void markdownCellsStayOneCellOnOneLine() {
    qt().forAll(hostileText())
        .checkAssert(
            text -> {
              StringWriter w = new StringWriter();
              Mustache.compiler()
                  .withEscaper(PartnershipReport.MARKDOWN)
                  .compile("| {{x}} |")
                  .execute(Map.of("x", text), w);
              String cell = w.toString();
              assertFalse(cell.contains("\n") || cell.contains("\r"), cell);
              assertFalse(cell.contains("<"), cell);
              // every pipe but the two borders is escaped
              assertEquals(
                  2,
                  cell.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count(),
                  cell);
            });
  }

  @Test
  void anyMemberNameShowsAsTextInTheHtml() {
    qt().withExamples(40)
        .forAll(hostileText())
        .checkAssert(
            text -> {
              String name = "<b>" + text;
              Partnership p =
                  Partnership.of(
                      "p",
                      "P",
                      PartnershipForm.NETWORK_WITH_SECRETARIAT,
                      Membership.of(
                          Organization.of("KE-NGO-1", name, OrganizationType.REGIONAL_NGO, "KE"),
                          Role.MEMBER));
              StringWriter w = new StringWriter();
              PartnershipReport.builder().add(p).graphviz(false).build().writeHtml(w);
              assertFalse(w.toString().contains("<b>"), "the name became markup");
            });
  }
}
