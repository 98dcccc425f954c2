"""
The treaty provisions an assessment cites, with their wording and where it was read.

Every wording below is copied from ``shared/domain/facts.md`` section 1.5 or 4, which gives
the source of each; :attr:`Provision.verbatim` says whether the fact sheet had the verbatim
text or only a paraphrase, :attr:`Provision.source` names the pages it was read on and
:attr:`Provision.reliability` grades the best of them as the fact sheet does (A official,
B reputable secondary, C blog or copy). TIP art. 3(c), 3(d) and 4 are graded C: the only
verbatim copy seen is a blog's, so re-verify them against the UN Treaty Collection.
"""

from __future__ import annotations

import enum

import attrs

from ._i18n import N_
from ._methods import fields_eq, fields_hash, fields_repr
from ._vocabulary import Instrument, Reliability

__all__ = ["Provision"]


@attrs.frozen
class _Text:
    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    instrument: Instrument
    reference: str
    citation: str
    wording: str
    verbatim: bool
    reliability: Reliability
    source: str


class Provision(enum.Enum):
    """
    An article of the Convention or of a Protocol, or an interpretative note on one.

    The value is the stable wire format; :attr:`citation` is how a reader cites it, such as
    ``SOM Protocol art. 6(1)(c)``.
    """

    SOM_3_A = "som_protocol_art_3_a"
    SOM_3_B = "som_protocol_art_3_b"
    SOM_3_C = "som_protocol_art_3_c"
    SOM_4 = "som_protocol_art_4"
    SOM_5 = "som_protocol_art_5"
    SOM_6_1 = "som_protocol_art_6_1"
    SOM_6_1_A = "som_protocol_art_6_1_a"
    SOM_6_1_B_I = "som_protocol_art_6_1_b_i"
    SOM_6_1_B_II = "som_protocol_art_6_1_b_ii"
    SOM_6_1_C = "som_protocol_art_6_1_c"
    SOM_6_3 = "som_protocol_art_6_3"
    SOM_6_3_A = "som_protocol_art_6_3_a"
    SOM_6_3_B = "som_protocol_art_6_3_b"
    SOM_NOTE_88 = "som_protocol_interpretative_note_a_55_383_add_1_para_88"
    TIP_3_A = "tip_protocol_art_3_a"
    TIP_3_B = "tip_protocol_art_3_b"
    TIP_3_C = "tip_protocol_art_3_c"
    TIP_3_D = "tip_protocol_art_3_d"
    TIP_4 = "tip_protocol_art_4"
    UNTOC_34_2 = "untoc_art_34_2"

    @property
    def instrument(self) -> Instrument:
        """The Convention or the Protocol the provision belongs to."""
        return _TEXTS[self].instrument

    @property
    def reference(self) -> str:
        """The article within :attr:`instrument`, such as ``6(1)(c)``, or the note's symbol."""
        return _TEXTS[self].reference

    @property
    def citation(self) -> str:
        """How to cite the provision in English, for example ``TIP Protocol art. 3(b)``."""
        return _TEXTS[self].citation

    @property
    def wording(self) -> str:
        """The provision's words, shortened with ``…`` where only part of it matters here."""
        return _TEXTS[self].wording

    @property
    def verbatim(self) -> bool:
        """Whether :attr:`wording` is the treaty's own text rather than a paraphrase."""
        return _TEXTS[self].verbatim

    @property
    def reliability(self) -> Reliability:
        """The fact sheet's grade for the best source that gives :attr:`wording`."""
        return _TEXTS[self].reliability

    @property
    def source(self) -> str:
        """Where the wording was read, with the fact sheet's reliability grade in brackets."""
        return _TEXTS[self].source


# Translators: the citations are abbreviations readers know; the wordings are quotations of
# the treaties, so use the authentic text of the treaty in your language, not a translation.
_TEXTS: dict[Provision, _Text] = {
    # facts.md 4.1; sub-para (a) also quoted by the UNODC SOM Observatory and E4J Module 11.
    Provision.SOM_3_A: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "3(a)",
        N_("SOM Protocol art. 3(a)"),
        N_(
            "'Smuggling of migrants' shall mean the procurement, in order to obtain, directly "
            "or indirectly, a financial or other material benefit, of the illegal entry of a "
            "person into a State Party of which the person is not a national or a permanent "
            "resident"
        ),
        True,
        Reliability.A,
        "nippon.zaidan.info p. 100 [B]; UNODC SOM Observatory, E4J Module 11 [A]",
    ),
    Provision.SOM_3_B: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "3(b)",
        N_("SOM Protocol art. 3(b)"),
        N_(
            "'Illegal entry' shall mean crossing borders without complying with the necessary "
            "requirements for legal entry into the receiving State"
        ),
        True,
        Reliability.B,
        "nippon.zaidan.info p. 100 [B]; Travaux Préparatoires p. 469 [B]",
    ),
    Provision.SOM_3_C: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "3(c)",
        N_("SOM Protocol art. 3(c)"),
        N_(
            "'Fraudulent travel or identity document' shall mean any travel or identity "
            "document: (i) That has been falsely made or altered in some material way … or "
            "(ii) That has been improperly issued or obtained through misrepresentation, "
            "corruption or duress or in any other unlawful manner; or (iii) That is being used "
            "by a person other than the rightful holder"
        ),
        True,
        Reliability.B,
        "nippon.zaidan.info p. 100 [B]; Travaux Préparatoires p. 469 [B]",
    ),
    Provision.SOM_4: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "4",
        N_("SOM Protocol art. 4"),
        N_(
            "This Protocol shall apply … to the prevention, investigation and prosecution of "
            "the offences established in accordance with article 6 of this Protocol, where the "
            "offences are transnational in nature and involve an organized criminal group"
        ),
        True,
        Reliability.B,
        "nippon.zaidan.info p. 101 [B]",
    ),
    Provision.SOM_5: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "5",
        N_("SOM Protocol art. 5"),
        N_(
            "Migrants shall not become liable to criminal prosecution under this Protocol for "
            "the fact of having been the object of conduct set forth in article 6 of this "
            "Protocol."
        ),
        True,
        Reliability.A,
        "E4J Module 1, Box 19 [A]; nippon.zaidan.info p. 101 [B]",
    ),
    Provision.SOM_6_1: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(1)",
        N_("SOM Protocol art. 6(1)"),
        N_(
            "Each State Party shall adopt such legislative and other measures as may be "
            "necessary to establish as criminal offences, when committed intentionally and in "
            "order to obtain, directly or indirectly, a financial or other material benefit: …"
        ),
        True,
        Reliability.A,
        "E4J Module 11, 'Comparing SOM and TIP' [A]",
    ),
    Provision.SOM_6_1_A: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(1)(a)",
        N_("SOM Protocol art. 6(1)(a)"),
        N_("(a) The smuggling of migrants"),
        True,
        Reliability.A,
        "E4J Module 11, 'Comparing SOM and TIP' [A]",
    ),
    Provision.SOM_6_1_B_I: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(1)(b)(i)",
        N_("SOM Protocol art. 6(1)(b)(i)"),
        N_(
            "(b) When committed for the purpose of enabling the smuggling of migrants: "
            "(i) Producing a fraudulent travel or identity document"
        ),
        True,
        Reliability.A,
        "E4J Module 11, 'Comparing SOM and TIP' [A]",
    ),
    Provision.SOM_6_1_B_II: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(1)(b)(ii)",
        N_("SOM Protocol art. 6(1)(b)(ii)"),
        N_(
            "(b) When committed for the purpose of enabling the smuggling of migrants: … "
            "(ii) Procuring, providing or possessing such a document"
        ),
        True,
        Reliability.A,
        "E4J Module 11, 'Comparing SOM and TIP' [A]",
    ),
    Provision.SOM_6_1_C: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(1)(c)",
        N_("SOM Protocol art. 6(1)(c)"),
        N_(
            "(c) Enabling a person who is not a national or a permanent resident to remain in "
            "the State concerned without complying with the necessary requirements for legally "
            "remaining in the State by the means mentioned in subparagraph (b) of this "
            "paragraph or any other illegal means"
        ),
        True,
        Reliability.A,
        "E4J Module 11, 'Comparing SOM and TIP' [A]",
    ),
    Provision.SOM_6_3: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(3)",
        N_("SOM Protocol art. 6(3)"),
        N_(
            "Each State Party shall adopt such legislative and other measures as may be "
            "necessary to establish as aggravating circumstances to the offences established "
            "in accordance with paragraph 1 (a), (b) (i) and (c) of this article …"
        ),
        True,
        Reliability.A,
        "E4J Module 1, 'Aggravating circumstances' [A]",
    ),
    Provision.SOM_6_3_A: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(3)(a)",
        N_("SOM Protocol art. 6(3)(a)"),
        N_("(a) That endanger, or are likely to endanger, the lives or safety of the migrants concerned"),
        True,
        Reliability.A,
        "E4J Module 1, 'Aggravating circumstances' [A]",
    ),
    Provision.SOM_6_3_B: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "6(3)(b)",
        N_("SOM Protocol art. 6(3)(b)"),
        N_("(b) That entail inhuman or degrading treatment, including for exploitation, of such migrants"),
        True,
        Reliability.A,
        "E4J Module 1, 'Aggravating circumstances' [A]",
    ),
    Provision.SOM_NOTE_88: _Text(
        Instrument.SMUGGLING_OF_MIGRANTS_PROTOCOL,
        "A/55/383/Add.1, para. 88",
        N_("Interpretative note on the SOM Protocol, A/55/383/Add.1, para. 88"),
        N_(
            "… the intention was to include the activities of organized criminal groups acting "
            "for profit, but to exclude the activities of those who provided support to "
            "migrants for humanitarian reasons or on the basis of close family ties."
        ),
        True,
        Reliability.A,
        "E4J Module 1, 'Humanitarian exemption', Box 21 [A]",
    ),
    # facts.md 4.2.
    Provision.TIP_3_A: _Text(
        Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL,
        "3(a)",
        N_("TIP Protocol art. 3(a)"),
        N_(
            "'Trafficking in persons' shall mean the recruitment, transportation, transfer, "
            "harbouring or receipt of persons, by means of the threat or use of force or other "
            "forms of coercion, of abduction, of fraud, of deception, of the abuse of power or "
            "of a position of vulnerability or of the giving or receiving of payments or "
            "benefits to achieve the consent of a person having control over another person, "
            "for the purpose of exploitation."
        ),
        True,
        Reliability.A,
        "UN.GIFT 'Human trafficking' [A]; IOM Indonesia [B]",
    ),
    Provision.TIP_3_B: _Text(
        Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL,
        "3(b)",
        N_("TIP Protocol art. 3(b)"),
        N_(
            "The consent of a victim of trafficking in persons to the intended exploitation set "
            "forth in subparagraph (a) of this article shall be irrelevant where any of the "
            "means set forth in subparagraph (a) have been used."
        ),
        True,
        Reliability.A,
        "E4J Organized Crime Module 3 [A]",
    ),
    # The only verbatim copy of art. 3(c) and 3(d) seen is a blog copy: re-verify at UNTC.
    Provision.TIP_3_C: _Text(
        Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL,
        "3(c)",
        N_("TIP Protocol art. 3(c)"),
        N_(
            "The recruitment, transportation, transfer, harbouring or receipt of a child for "
            "the purpose of exploitation shall be considered 'trafficking in persons' even if "
            "this does not involve any of the means set forth in subparagraph (a) of this "
            "article"
        ),
        True,
        Reliability.C,
        "gadgetoreo.blogg.se copy [C]; UN.GIFT paraphrase with the same operative words [A]",
    ),
    Provision.TIP_3_D: _Text(
        Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL,
        "3(d)",
        N_("TIP Protocol art. 3(d)"),
        N_("'Child' shall mean any person under eighteen years of age."),
        True,
        Reliability.C,
        "gadgetoreo.blogg.se copy [C]; ECPAT UK [B]",
    ),
    Provision.TIP_4: _Text(
        Instrument.TRAFFICKING_IN_PERSONS_PROTOCOL,
        "4",
        N_("TIP Protocol art. 4"),
        N_(
            "This Protocol shall apply … to the prevention, investigation and prosecution of "
            "the offences established in accordance with article 5 of this Protocol, where "
            "those offences are transnational in nature and involve an organized criminal group"
        ),
        True,
        Reliability.C,
        "gadgetoreo.blogg.se copy [C]; single low-quality source",
    ),
    # facts.md 1.5: a paraphrase; that the Protocols apply it mutatis mutandis (art. 1(2) of
    # each) is noted there as not verified in a stored page.
    Provision.UNTOC_34_2: _Text(
        Instrument.UNTOC,
        "34(2)",
        N_("UNTOC art. 34(2)"),
        N_(
            "Offences under articles 5, 6, 8 and 23 must be established in domestic law "
            "independently of their transnational nature or the involvement of an organized "
            "criminal group, except where article 5 requires an organized criminal group."
        ),
        False,
        Reliability.A,
        "French text via droit-bilingue.ch, RS 0.311.54 [A-equivalent]",
    ),
}
