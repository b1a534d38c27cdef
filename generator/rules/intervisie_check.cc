#include "rules/intervisie_check.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/dutch_format.h"

namespace mtvp {
namespace {

// Sessions of one participant: those that count for certain, and at most
// (also those without a duration where a minimum applies).
struct Telling {
  int zeker = 0;
  int hoogstens = 0;
};

// Only huisartsen count (HOOG: POH and DA "hoeven echter niet deel te
// nemen"). Which pseudonyms are huisartsen: the submission's `huisartsen`
// list; without it, every participant when there are no more of them than
// huisartsen, and otherwise it cannot be told (issue 11, class 2). Judged in
// three values: voldoet when the data prove it, voldoet niet when nothing
// unknown could change it, onvolledig otherwise.
void PerHuisarts(const Regel& g, const CheckContext& ctx, Verdict* v) {
  const Inzending& s = ctx.inzending;
  const std::set<std::string> genoemd(s.huisartsen.begin(), s.huisartsen.end());
  const int huisartsen = std::max(s.Personeel("huisarts"), static_cast<int>(genoemd.size()));
  v->herkomst = ctx.Herkomst("/intervisie");
  if (huisartsen == 0) {
    v->status = Status::kOnvolledig;
    v->werkelijk = "aantal huisartsen onbekend";
    v->herkomst = ctx.Herkomst("/personeel/huisarts");
    v->uitleg =
        "De inzending noemt geen huisartsen (personeel/huisarts), dus niet te beoordelen of alle huisartsen deelnamen.";
    return;
  }
  std::map<std::string, Telling> sessies;  // pseudonym -> qualifying sessions
  int te_kort = 0, zonder_duur = 0, zonder_namen = 0;
  for (const Bijeenkomst& b : s.intervisie) {
    if (b.soort != g.bijeenkomst || !s.periode.Contains(b.datum)) continue;
    const bool duur_onbekend = g.min_duur_minuten > 0 && !b.duur_minuten;
    if (g.min_duur_minuten > 0 && b.duur_minuten && *b.duur_minuten < g.min_duur_minuten) {
      ++te_kort;
      continue;
    }
    if (duur_onbekend) ++zonder_duur;
    if (b.pseudoniemen.empty() && b.deelnemers > 0) ++zonder_namen;
    for (const std::string& p : b.pseudoniemen) {
      Telling& t = sessies[p];
      ++t.hoogstens;
      if (!duur_onbekend) ++t.zeker;
    }
  }
  // Named huisartsen (I) and the participants that may be one of the
  // `onbekend` huisartsen not named (Q).
  int i_zeker = 0, i_hoogstens = 0, q_zeker = 0, q_hoogstens = 0, q = 0;
  for (const std::string& p : genoemd) {
    const auto it = sessies.find(p);
    if (it == sessies.end()) continue;
    i_zeker += it->second.zeker >= g.min_sessies;
    i_hoogstens += it->second.hoogstens >= g.min_sessies;
  }
  for (const auto& [p, t] : sessies) {
    if (genoemd.count(p)) continue;
    ++q;
    q_zeker += t.zeker >= g.min_sessies;
    q_hoogstens += t.hoogstens >= g.min_sessies;
  }
  const int onbekend = huisartsen - static_cast<int>(genoemd.size());
  const bool rollen_onbekend = q > onbekend;  // more participants than huisartsen left
  const int minst = i_zeker + std::max(0, q_zeker - std::max(0, q - onbekend));
  const int hoogstens = zonder_namen > 0 ? huisartsen : i_hoogstens + std::min(onbekend, q_hoogstens);

  const std::string keer = " minimaal " + std::to_string(g.min_sessies) + " keer";
  v->vereist_getal = huisartsen;
  v->vereist =
      "alle " + std::to_string(huisartsen) + " huisartsen" + keer +
      (g.min_duur_minuten > 0 ? " (sessies van minstens " + std::to_string(g.min_duur_minuten) + " minuten)" : "");
  std::string detail;
  for (const auto& [p, t] : sessies) {
    detail +=
        (detail.empty() ? "" : ", ") + p + (genoemd.count(p) ? " (huisarts)" : "") + ": " + std::to_string(t.zeker);
    if (t.hoogstens > t.zeker) detail += " (+" + std::to_string(t.hoogstens - t.zeker) + " zonder duur)";
  }
  std::string notes;
  if (te_kort > 0)
    notes += " " + std::to_string(te_kort) + " sessie(s) waren korter dan " + std::to_string(g.min_duur_minuten) +
             " minuten en tellen niet mee.";
  if (zonder_duur > 0)
    notes += " Bij " + std::to_string(zonder_duur) +
             " sessie(s) ontbreekt de duur (duur_minuten), dus is niet te zeggen of ze de vereiste " +
             std::to_string(g.min_duur_minuten) + " minuten duurden.";
  if (zonder_namen > 0)
    notes += " Bij " + std::to_string(zonder_namen) +
             " sessie(s) zijn de deelnemers niet per huisarts (pseudoniem) opgegeven.";
  if (rollen_onbekend) {
    notes += " De inzending noemt " + std::to_string(q + static_cast<int>(genoemd.size())) +
             " verschillende deelnemers bij " + std::to_string(huisartsen) + " huisarts" +
             (huisartsen == 1 ? "" : "en") +
             ", maar niet welke pseudoniemen huisarts zijn (veld \"huisartsen\"); alleen de deelname van huisartsen "
             "telt, POH en doktersassistent hoeven niet deel te nemen.";
  }
  const std::string deelname = detail.empty() ? " (geen deelname geregistreerd)." : " (" + detail + ").";
  if (minst >= huisartsen) {
    v->status = Status::kVoldoet;
    v->werkelijk_getal = minst;
    v->werkelijk = std::to_string(huisartsen) + " van " + std::to_string(huisartsen) + " huisartsen" + keer;
    v->uitleg = "Alle huisartsen namen" + keer + " deel" + deelname + notes;
    return;
  }
  if (hoogstens >= huisartsen) {
    v->status = Status::kOnvolledig;
    v->werkelijk = "niet te bepalen";
    v->uitleg = "Vast staat dat " + std::to_string(minst) + " van de " + std::to_string(huisartsen) + " huisartsen" +
                keer + " deelnamen aan " + SoortBijeenkomst(g.bijeenkomst) + deelname + notes;
    return;
  }
  v->status = Status::kVoldoetNiet;
  v->werkelijk_getal = hoogstens;
  v->werkelijk = (hoogstens < minst ? std::to_string(minst)
                                    : std::string(minst == hoogstens ? "" : "hoogstens ") + std::to_string(hoogstens)) +
                 " van " + std::to_string(huisartsen) + " huisartsen" + keer;
  v->tekort_getal = huisartsen - hoogstens;
  v->tekort = Aantal(huisartsen - hoogstens, "huisarts", "huisartsen") + " te weinig";
  v->uitleg = "Van de " + std::to_string(huisartsen) + " huisartsen namen er " +
              (minst == hoogstens ? "" : "hoogstens ") + std::to_string(hoogstens) + keer + " deel aan " +
              SoortBijeenkomst(g.bijeenkomst) + deelname + notes;
}

void Uitwisselbijeenkomsten(const Regel& g, const CheckContext& ctx, Verdict* v) {
  const Cohort* cohort = ctx.plan.FindCohort(ctx.praktijk.cohort);
  v->herkomst = ctx.Herkomst("/intervisie");
  if (ctx.praktijk.krachtige_basiszorg &&
      std::find(g.kbz_vrijgesteld_cohorten.begin(), g.kbz_vrijgesteld_cohorten.end(), ctx.praktijk.cohort) !=
          g.kbz_vrijgesteld_cohorten.end()) {
    v->status = Status::kNietVanToepassing;
    v->uitleg = "Krachtige basiszorg-praktijken van cohort " + (cohort ? cohort->naam : ctx.praktijk.cohort) +
                " zijn uitgezonderd van deze reeks; zij hebben hun eigen uitwisselbijeenkomsten.";
    return;
  }
  if (!cohort || cohort->uitwisselbijeenkomsten.empty()) {
    v->status = Status::kOnvolledig;
    v->uitleg = "Voor dit cohort zijn in het regioplan geen data van uitwisselbijeenkomsten vastgelegd.";
    return;
  }
  std::vector<const Inzending*> bronnen = ctx.eigen_inzendingen;
  if (g.plangroep_telt)
    bronnen.insert(bronnen.end(), ctx.plangroep_inzendingen.begin(), ctx.plangroep_inzendingen.end());
  const auto bijgewoond_op = [&](const Date& d) -> const Inzending* {
    for (const Inzending* s : bronnen) {
      for (const Bijeenkomst& b : s->intervisie) {
        if (b.soort == "uitwisselbijeenkomst" && b.datum == d && b.deelnemers >= g.min_deelnemers) return s;
      }
    }
    return nullptr;
  };
  // Utrecht §2.3: "Een praktijk kan ook al vóór de start van zijn derde
  // MTVP-jaar zich inschrijven voor een reeks van twee bijeenkomsten en
  // voldoet dan ook aan de voorwaarden": a complete series of any cohort
  // counts (issue 11, class 4).
  for (const Cohort& ander : ctx.plan.cohorten) {
    if (&ander == cohort || ander.uitwisselbijeenkomsten.empty()) continue;
    bool compleet = true;
    for (const Date& d : ander.uitwisselbijeenkomsten) compleet = compleet && bijgewoond_op(d) != nullptr;
    if (!compleet) continue;
    bool eigen_compleet = true;
    for (const Date& d : cohort->uitwisselbijeenkomsten) eigen_compleet = eigen_compleet && bijgewoond_op(d) != nullptr;
    if (eigen_compleet) break;  // the own series is reported below
    std::string data;
    for (const Date& d : ander.uitwisselbijeenkomsten) data += (data.empty() ? "" : " en ") + d.Dutch();
    const int totaal = static_cast<int>(ander.uitwisselbijeenkomsten.size());
    v->status = Status::kVoldoet;
    v->werkelijk_getal = totaal;
    v->vereist_getal = totaal;
    v->werkelijk =
        std::to_string(totaal) + " van " + std::to_string(totaal) + " bijgewoond (reeks van cohort " + ander.naam + ")";
    v->vereist = "een volledige reeks met minimaal " + std::to_string(g.min_deelnemers) + " deelnemer" +
                 (g.min_deelnemers == 1 ? "" : "s");
    v->uitleg = "Uw praktijk volgde de volledige reeks uitwisselbijeenkomsten van cohort " + ander.naam + " (" + data +
                "); een volledige reeks van een ander startmoment telt ook.";
    return;
  }
  int bijgewoond = 0, nog_te_gaan = 0;
  std::string gemist, via_plangroep;
  for (const Date& d : cohort->uitwisselbijeenkomsten) {
    const Inzending* gevonden = bijgewoond_op(d);
    if (gevonden) {
      ++bijgewoond;
      // Name the plangroep, never the other practice: a practice's verdicts
      // only ever show its own identity.
      if (gevonden->agb != ctx.praktijk.agb) {
        via_plangroep += " Op " + d.Dutch() + " was een andere praktijk van plangroep \"" + ctx.praktijk.plangroep +
                         "\" erbij; dat telt voor het gezamenlijke plan.";
      }
    } else if (d > ctx.peildatum) {
      ++nog_te_gaan;
    } else {
      gemist += (gemist.empty() ? "" : ", ") + d.Dutch();
    }
  }
  const int totaal = static_cast<int>(cohort->uitwisselbijeenkomsten.size());
  v->werkelijk_getal = bijgewoond;
  v->vereist_getal = totaal;
  v->werkelijk = std::to_string(bijgewoond) + " van " + std::to_string(totaal) + " bijgewoond";
  v->vereist = std::to_string(totaal) + " bijeenkomsten met minimaal " + std::to_string(g.min_deelnemers) +
               " deelnemer" + (g.min_deelnemers == 1 ? "" : "s");
  std::string data;
  for (const Date& d : cohort->uitwisselbijeenkomsten) data += (data.empty() ? "" : " en ") + d.Dutch();
  if (!gemist.empty()) {
    v->status = Status::kVoldoetNiet;
    v->tekort_getal = totaal - bijgewoond - nog_te_gaan;
    v->tekort = "gemist: " + gemist;
    v->uitleg = "Cohort " + cohort->naam + " heeft uitwisselbijeenkomsten op " + data +
                "; uw praktijk was er niet bij op " + gemist + "." + via_plangroep;
  } else if (nog_te_gaan > 0) {
    v->status = Status::kOnvolledig;
    v->tekort = std::to_string(nog_te_gaan) + " nog niet gehouden";
    v->uitleg = "De reeks loopt nog: " + std::to_string(nog_te_gaan) + " van de bijeenkomsten (" + data +
                ") ligt na de peildatum." + via_plangroep;
  } else {
    v->status = Status::kVoldoet;
    v->uitleg =
        "Uw praktijk was bij alle bijeenkomsten van cohort " + cohort->naam + " (" + data + ")." + via_plangroep;
  }
}

void MinBijeenkomsten(const Regel& g, const CheckContext& ctx, Verdict* v) {
  const Inzending& s = ctx.inzending;
  int n = 0;
  for (const Bijeenkomst& b : s.intervisie) {
    if (b.soort == g.bijeenkomst && s.periode.Contains(b.datum) && b.deelnemers > 0) ++n;
  }
  v->herkomst = ctx.Herkomst("/intervisie");
  v->werkelijk_getal = n;
  v->vereist_getal = g.waarde;
  v->werkelijk = Aantal(n, "bijeenkomst", "bijeenkomsten");
  v->vereist = "minimaal " + Aantal(g.waarde, "bijeenkomst", "bijeenkomsten");
  const bool ok = n >= g.waarde;
  v->status = ok ? Status::kVoldoet : Status::kVoldoetNiet;
  if (!ok) {
    v->tekort_getal = g.waarde - n;
    v->tekort = Aantal(g.waarde - n, "bijeenkomst", "bijeenkomsten") + " te weinig";
  }
  v->uitleg = "In programmajaar " + std::to_string(ctx.jaar) + " " + (n == 1 ? "is " : "zijn ") +
              Aantal(n, SoortBijeenkomst(g.bijeenkomst), SoortBijeenkomsten(g.bijeenkomst)) +
              " geregistreerd; vereist minimaal " + FormatGetal(g.waarde) + (ok ? "; voldoet." : "; voldoet niet.");
}

// The first day of quarter `q` (0-3) of a programme year starting on `van`.
Date KwartaalStart(const Date& van, int q) {
  const int m = van.month - 1 + 3 * q;
  Date d{van.year + m / 12, m % 12 + 1, van.day};
  while (d.day > 28 && !Date::Parse(d.Iso())) --d.day;  // 31 May + 3 months -> 31 August, 30 November -> 28/29 February
  return d;
}

// Krachtige basiszorg "eens per kwartaal": at least one meeting of the kind
// in each of the four quarters of the programme year (issue 11, class 7).
void ElkKwartaal(const Regel& g, const CheckContext& ctx, Verdict* v) {
  const Inzending& s = ctx.inzending;
  v->herkomst = ctx.Herkomst("/intervisie");
  int gedekt = 0;
  std::string zonder;
  for (int q = 0; q < 4; ++q) {
    const Periode kwartaal{KwartaalStart(s.periode.van, q),
                           q == 3 ? s.periode.tot : KwartaalStart(s.periode.van, q + 1).AddDays(-1)};
    bool gezien = false;
    for (const Bijeenkomst& b : s.intervisie)
      gezien = gezien || (b.soort == g.bijeenkomst && b.deelnemers > 0 && kwartaal.Contains(b.datum));
    if (gezien) {
      ++gedekt;
    } else {
      zonder += (zonder.empty() ? "" : ", ") + std::string("kwartaal ") + std::to_string(q + 1) + " (" +
                kwartaal.van.Dutch() + " – " + kwartaal.tot.Dutch() + ")";
    }
  }
  v->werkelijk_getal = gedekt;
  v->vereist_getal = 4;
  v->werkelijk = std::to_string(gedekt) + " van 4 kwartalen";
  v->vereist = "in elk kwartaal minimaal 1 bijeenkomst";
  v->status = gedekt == 4 ? Status::kVoldoet : Status::kVoldoetNiet;
  if (gedekt < 4) {
    v->tekort_getal = 4 - gedekt;
    v->tekort = "geen bijeenkomst in " + zonder;
  }
  v->uitleg = "Uw " + SoortBijeenkomsten(g.bijeenkomst) + " in programmajaar " + std::to_string(ctx.jaar) + ": in " +
              std::to_string(gedekt) + " van de 4 kwartalen" +
              (gedekt == 4 ? "; voldoet." : "; geen bijeenkomst in " + zonder + ". Voldoet niet.");
}

void VrijeVorm(const CheckContext& ctx, Verdict* v) {
  const Inzending& s = ctx.inzending;
  v->herkomst = ctx.Herkomst("/intervisie");
  v->werkelijk = Aantal(static_cast<double>(s.intervisie.size()), "bijeenkomst", "bijeenkomsten");
  v->werkelijk_getal = static_cast<double>(s.intervisie.size());
  v->vereist = "vrije vorm";
  v->status = s.intervisie.empty() ? Status::kNietVanToepassing : Status::kVoldoet;
  std::string soorten;
  for (const Bijeenkomst& b : s.intervisie) {
    const std::string naam = SoortBijeenkomst(b.soort);
    if (soorten.find(naam) == std::string::npos) soorten += (soorten.empty() ? "" : ", ") + naam;
  }
  v->uitleg = s.intervisie.empty()
                  ? "U kiest in dit jaar zelf hoe u intervisie invult; u registreerde geen bijeenkomsten."
                  : "U kiest in dit jaar zelf hoe u intervisie invult; geregistreerd: " + soorten + ".";
}

}  // namespace

void CheckPerHuisarts(const Regel& g, const CheckContext& ctx, Verdict* v) { PerHuisarts(g, ctx, v); }
void CheckUitwisselbijeenkomsten(const Regel& g, const CheckContext& ctx, Verdict* v) {
  Uitwisselbijeenkomsten(g, ctx, v);
}
void CheckMinBijeenkomsten(const Regel& g, const CheckContext& ctx, Verdict* v) { MinBijeenkomsten(g, ctx, v); }
void CheckElkKwartaal(const Regel& g, const CheckContext& ctx, Verdict* v) { ElkKwartaal(g, ctx, v); }
void CheckVrijeVorm(const Regel&, const CheckContext& ctx, Verdict* v) { VrijeVorm(ctx, v); }

}  // namespace mtvp
