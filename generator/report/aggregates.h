#ifndef MTVP_AGGREGATES_H_
#define MTVP_AGGREGATES_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "model/report.h"

namespace mtvp {

/// The zorgverzekeraar's figures (ZorgverzekeraarModel): computed once from
/// the Report and read by both the insurer page and the insurer workbook, so
/// they show the same figures and hide the same ones. The design, and the
/// proof that no hidden figure can be worked out from the published ones, is
/// docs/zorgverzekeraar-afscherming.md. In short:
/// - every count is one side of a split of the practices due in a programme
///   year into two (voldoet / the rest; op tijd / the rest; chose an
///   intervention / did not; ...), and "the rest" of voldoet is split once
///   more (voldoet niet or onvolledig / geen oordeel);
/// - a split is published only when its parent is and both sides are at
///   least min_cel; otherwise both sides are hidden together ("x");
/// - cohorts are merged (in start order) into groups of at least min_cel
///   practices; a split is shown per group only when it may be shown for
///   every group, else only for all cohorts together;
/// - a percentage is shown only when both counts it is made of are.

enum class Zicht {
  kGetoond,
  kVerborgen,         // "x": this figure or its complement is about fewer than min_cel practices
  kNietVerschuldigd,  // "–": the programme year is not yet due for any cohort (same for every region)
};

struct Cijfer {
  double waarde = 0;  // the true value, also when hidden; renderers show it only when Getoond()
  Zicht zicht = Zicht::kVerborgen;
  bool Getoond() const { return zicht == Zicht::kGetoond; }
};

/// A parent split into two: `ja` + `nee` = the parent; `aandeel` = ja / parent.
/// The three are shown together or not at all.
struct Paar {
  Cijfer ja, nee, aandeel;
};

/// One row of a programme year's main table: all cohorts, or one group of
/// merged cohorts. Every count is out of `verschuldigd`.
struct ZvGroep {
  std::string naam;  // "Alle cohorten", or the cohort names joined with " + "
  bool totaal = false;
  Cijfer verschuldigd;  // practices whose programme year ended before the peildatum (withdrawn ones too)
  Paar voldoet;         // ja: voldoet or afwijking geaccepteerd; nee: the rest (voldoet niet, onvolledig, geen oordeel)
  Paar niet_of_geen;    // splits voldoet.nee. ja: voldoet niet or onvolledig; nee: geen oordeel (ontbreekt, ongeldig,
                        // uitgetreden)
  Cijfer beoordeeld;    // voldoet.ja + niet_of_geen.ja; shown with niet_of_geen
  Cijfer aandeel_beoordeeld;              // beoordeeld / verschuldigd
  Cijfer aandeel_voldoet_van_beoordeeld;  // voldoet.ja / beoordeeld
  Paar op_tijd;  // ja: judged, received by the due date; nee: late, missing, invalid or withdrawn
};

/// How one metric came out in a programme year.
struct ZvMetriek {
  Paar gemeld;    // ja: judged submissions with a value; nee: every other due practice
  Cijfer waarde;  // sum or median over those with a value (kSom, kMediaan); ja/nee: unused
  Paar ja;        // ja/nee metrics only. ja: answered ja; nee: every other due practice
};

struct ZvIntervisie {
  Paar praktijken;  // ja: judged practices reporting a session of the kind; nee: every other due practice
  Cijfer bijeenkomsten, deelnames;
};

struct ZvJaar {
  int jaar = 1;
  bool verschuldigd = false;     // the year ended for some cohort before the peildatum
  std::vector<ZvGroep> groepen;  // [0] all cohorts, then the groups (none when one group holds all)
  // Every figure below is a split of groepen[0].verschuldigd (all cohorts).
  std::vector<Paar> onderdelen;    // per ZorgverzekeraarModel::onderdelen. ja: judged, not voldoet niet or onvolledig
  std::vector<Paar> interventies;  // ja: judged, counted the intervention
  std::vector<ZvMetriek> metrieken;
  std::vector<ZvIntervisie> intervisie;
};

enum class MetriekAggregaat { kSom, kMediaan, kJaNee };

struct ZvMetriekRij {
  std::string label, eenheid;
  MetriekAggregaat aggregaat = MetriekAggregaat::kSom;
};

struct ZvInterventieRij {
  std::string naam, kernelement;
};

struct ZorgverzekeraarModel {
  int min_cel = 5;
  Cijfer praktijken;                            // registered, withdrawn ones included
  std::vector<std::string> onderdelen;          // kernelement names in plan order, then "Intervisie"
  std::vector<ZvInterventieRij> interventies;   // kernelement order, then menu order; aliases folded in
  std::vector<ZvMetriekRij> metrieken;          // plan order
  std::vector<std::string> intervisie_soorten;  // kinds the plan names, alphabetically, then "overige bijeenkomsten"
  std::array<ZvJaar, kProgrammajaren> jaren;
};

/// Computes every figure and decides what is shown. Deterministic; reads the
/// Report only (the summaries are enough).
ZorgverzekeraarModel ComputeZorgverzekeraarModel(const Report& report, int min_cel);

/// How a metric is summarised: ja/nee as a count of "ja"; minutes, hours
/// per week, maxima and decimal figures as a median; other whole numbers
/// (people, sessions, referrals) as a sum.
MetriekAggregaat AggregaatVoor(const Metriek& m);

/// A split of a shown parent into `ja` and `nee`: shown only when both are
/// at least `min_cel` (and the parent is shown).
Paar SplitsPaar(size_t ja, size_t nee, bool ouder_getoond, int min_cel);

/// Cohort ids merged into groups of at least `min_cel` practices, in start
/// order: each group takes cohorts until it reaches min_cel; a remainder
/// smaller than that joins the last group. `aantallen` is in the order of
/// `cohorten`. Cohorts of 0 practices are left out.
std::vector<std::vector<size_t>> VoegCohortenSamen(const std::vector<size_t>& aantallen, int min_cel);

}  // namespace mtvp

#endif  // MTVP_AGGREGATES_H_
