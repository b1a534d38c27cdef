#include "synth/names.h"

namespace mtvp::synth {
namespace {

const std::vector<std::string> kSoorten = {
    "Huisartsenpraktijk", "Huisartsenpraktijk", "Huisartsenpraktijk", "Huisartsen",          "Gezondheidscentrum",
    "Huisartsengroep",    "Gezondheidshuis",    "Praktijk",           "Huisartsenmaatschap", "Medisch Centrum",
};

const std::vector<std::string> kStammen = {
    "Linden", "Eiken", "Berken", "Wilgen", "Esdoorn", "Vlier",  "Hazelaar", "Kastanje", "Meidoorn", "Klaver",
    "Dotter", "Heide", "Koren",  "Kievit", "Merel",   "Zwaluw", "Reiger",   "Spreeuw",  "Molen",    "Sluis",
    "Brug",   "Dijk",  "Beek",   "Akker",  "Weide",   "Hoeve",  "Bleek",    "Bron",     "Poort",    "Vlas",
    "Hop",    "Wikke", "Ganzen", "Zwanen", "Lijster", "Roggen", "Tarwe",    "Boekweit", "Distel",   "Varen",
};

const std::vector<std::string> kAchtervoegsels = {
    "hof",   "hoek", "kamp",  "weide", "pad",   "laan",   "veld", "borg", "stede",
    "brink", "wal",  "horst", "dal",   "haven", "gaarde", "erf",  "tuin", "zoom",
};

const std::vector<std::string> kPlaatsBegin = {
    "Wolder", "Hessel", "Garder", "Linter", "Dorsel", "Bremer", "Ommel",  "Tjalder",
    "Ruisel", "Vennel", "Kossel", "Ardel",  "Mekker", "Zolder", "Fennel", "Husel",
};

const std::vector<std::string> kPlaatsEind = {
    "broek", "veen", "horst", "monde", "lo", "dam", "wold", "oord", "zijl", "hoven",
};

const std::vector<std::string> kWijken = {
    "Centrum",       "Noord",          "Oost",           "Zuid",          "West",
    "Bloemenbuurt",  "Vogelwijk",      "Molenkwartier",  "Stationsbuurt", "Componistenbuurt",
    "Havenkwartier", "Schildersbuurt", "Boomgaardbuurt", "Oude Dorp",     "Nieuwe Veld",
    "Beekdal",       "Kerkbuurt",      "Sportparkbuurt", "Waterwijk",     "Hoge Akker",
};

const std::vector<std::string> kVrijeBijeenkomsten = {
    "wijkoverleg",
    "toetsgroep",
    "casuïstiekbespreking",
    "teamscholing",
};

const std::vector<std::string> kOnderbouwingen = {
    "Na de evaluatie met het team breiden we {} uit naar alle dagdelen; elk kwartaal bespreken we de "
    "ervaringen en passen we de werkafspraken aan.",
    "De eerste ervaringen met {} zijn goed. We verdiepen de werkwijze met vaste overlegmomenten en een "
    "aangepast protocol, en betrekken nu ook de assistentes en de POH.",
    "Uit de evaluatie bleek dat {} tijd oplevert voor patiënten met een complexe zorgvraag. We maken de "
    "werkwijze structureel en leggen haar vast in het praktijkhandboek.",
    "We borgen {} in de dagelijkse routine: nieuwe medewerkers worden ingewerkt volgens een vast plan en "
    "de resultaten worden twee keer per jaar gemeten.",
};

const std::vector<std::string> kToelichtingen = {
    "Het team is enthousiast over de nieuwe werkwijze; de spreekuren lopen rustiger.",
    "De start verliep langzamer dan gepland door personeelswisselingen, maar inmiddels loopt alles volgens "
    "plan.",
    "We werken nauw samen met de andere praktijken in de wijk.\n\n- vaste overlegmomenten\n- gedeelde "
    "sociale kaart\n- één aanspreekpunt voor het netwerk",
    "**Aandachtspunt:** de vervanging tijdens de zomervakantie vraagt extra planning.",
    "Patiënten reageren positief op de langere consulten.",
    "In dit programmajaar lag de nadruk op scholing van het hele team.",
};

const std::vector<std::string> kAfwijkingRedenen = {
    "Langdurige ziekte van een van de huisartsen; de praktijk heeft de achterstand met de RHO besproken "
    "en een inhaalplan gemaakt.",
    "Verbouwing van de praktijk; de interventie is tijdelijk in afgeslankte vorm uitgevoerd.",
    "Meerdere vacatures in het team; de RHO heeft ingestemd met uitstel tot de nieuwe medewerkers zijn "
    "ingewerkt.",
    "Overgang naar een nieuw HIS halverwege het programmajaar; de registratie was een aantal maanden "
    "onvolledig.",
    "De samenwerkingspartner kon de afspraken tijdelijk niet nakomen; de praktijk heeft dit tijdig gemeld.",
};

const std::vector<std::string> kGoedkeurders = {
    "Projectleider MTVP",
    "Programmamanager",
    "Regiocoördinator MTVP",
    "Stuurgroep MTVP",
};

}  // namespace

std::string PlaatsNaam(Rng& rng) { return rng.Pick(kPlaatsBegin) + rng.Pick(kPlaatsEind); }

std::string PraktijkNaam(Rng& rng) {
  std::string naam = rng.Pick(kSoorten) + " ";
  if (rng.Percent(55)) naam += "De ";
  naam += rng.Pick(kStammen) + rng.Pick(kAchtervoegsels);
  if (rng.Percent(70)) {
    naam += ' ';  // in steps: " " + std::string trips GCC 12's -Wrestrict at -O3
    naam += PlaatsNaam(rng);
  }
  return naam;
}

const std::vector<std::string>& Wijknamen() { return kWijken; }
const std::vector<std::string>& VrijeBijeenkomsten() { return kVrijeBijeenkomsten; }

std::string Onderbouwing(Rng& rng, const std::string& interventie_naam, size_t min_tekens) {
  std::string text = rng.Pick(kOnderbouwingen);
  const size_t at = text.find("{}");
  text.replace(at, 2, interventie_naam);
  while (text.size() < min_tekens) text += " We evalueren de aanpak elk kwartaal met het hele team.";
  return text;
}

std::string Toelichting(Rng& rng) { return rng.Pick(kToelichtingen); }
std::string AfwijkingReden(Rng& rng) { return rng.Pick(kAfwijkingRedenen); }

std::string Goedkeurder(Rng& rng, const std::string& rho) {
  const std::string& wie = rng.Pick(kGoedkeurders);
  return rho.empty() ? wie : wie + " " + rho;
}

}  // namespace mtvp::synth
