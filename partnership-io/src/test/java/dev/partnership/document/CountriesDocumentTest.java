package dev.partnership.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.model.Partnership;
import org.junit.jupiter.api.Test;

/** Countries of work with their provenance, and organisations' countries, in documents. */
class CountriesDocumentTest {
  private static final String DOCUMENT =
      String.join(
          "\n",
          "format: partnership/1",
          "id: duo",
          "name: Duo",
          "form: bilateral",
          "countries:",
          "  - KE",
          "  - UG",
          "countryProvenance:",
          "  UG:",
          "    source: annual report 2024",
          "    date: 2024-06-01",
          "members:",
          "  - organization:",
          "      id: NL-KVK-1",
          "      name: Lead",
          "      type: international-ngo",
          "      country: NL",
          "      levels:",
          "        - global",
          "    roles:",
          "      - lead",
          "    involvedFromDesign: false",
          "  - organization:",
          "      id: KE-NGC-2",
          "      name: Partner",
          "      type: partner-country-based-ngo",
          "      country: KE",
          "      levels:",
          "        - national",
          "      countries:",
          "        - KE",
          "        - UG",
          "    roles:",
          "      - implementing-partner",
          "    involvedFromDesign: false",
          "");

  private static String refusal(String yaml) {
    return assertThrows(DocumentException.class, () -> PartnershipDocuments.readYaml(yaml))
        .getMessage();
  }

  @Test
  void aDocumentWithCountriesIsReadAndWrittenBackUnchanged() {
    Partnership p = PartnershipDocuments.readYaml(DOCUMENT);
    assertEquals("[KE, UG]", p.countries().toString());
    assertEquals(
        "annual report 2024, 2024-06-01",
        p.countryProvenance().values().iterator().next().toString());
    assertEquals("[KE, UG]", p.members().get(1).organization().countries().toString());
    assertEquals(DOCUMENT, PartnershipDocuments.write(p, Format.YAML));
    for (Format f : Format.values()) {
      String text = PartnershipDocuments.write(p, f);
      assertEquals("", Schemas.complaints(text, f), text);
    }
  }

  @Test
  void theProvenanceOfACountryNotListedSaysWhichCountriesAre() {
    assertEquals(
        "<yaml>:10:5: /countryProvenance/TZ (TZ) has a provenance but is not in countries, which"
            + " lists [KE, UG]",
        refusal(DOCUMENT.replace("  UG:\n", "  TZ:\n")));
    assertEquals(
        "<yaml>:10:5: /countryProvenance/ug (ug) must be an ISO 3166-1 alpha-2 code such as NL or"
            + " KE",
        refusal(DOCUMENT.replace("  UG:\n", "  ug:\n")));
    assertEquals(
        "<yaml>:8:20: /countryProvenance (annual report) must be an object from a key to a"
            + " provenance",
        refusal(
            DOCUMENT.replace(
                "countryProvenance:\n  UG:\n    source: annual report 2024\n    date: 2024-06-01\n",
                "countryProvenance: annual report\n")));
  }

  @Test
  void anOrganisationsCountryMustBeAnIsoCode() {
    assertEquals(
        "<yaml>:31:11: /members/1/organization/countries/0 (ZZ) must be an ISO 3166-1 alpha-2 code"
            + " such as NL or KE",
        refusal(DOCUMENT.replace("        - KE\n        - UG", "        - ZZ\n        - UG")));
    assertEquals(
        "<yaml>:30:9: /members/1/organization/country must be a string, not a list",
        refusal(
            DOCUMENT
                .replace("      countries:\n", "      country:\n")
                .replace(
                    "      country: KE\n      levels:\n        - national\n",
                    "      levels:\n        - national\n")));
  }
}
