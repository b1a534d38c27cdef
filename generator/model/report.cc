#include "model/report.h"

#include <algorithm>
#include <utility>

#include "model/vocabulary.h"

namespace mtvp {

std::string_view Name(Onderdeel o) {
  switch (o) {
    case Onderdeel::kGroeimodel: return "groeimodel";
    case Onderdeel::kVoorwaarde: return "voorwaarde";
    case Onderdeel::kMenu: return "menu";
    case Onderdeel::kIntervisie: return "intervisie";
    case Onderdeel::kDeelname: return "deelname";
  }
  return "?";
}

std::string_view Name(InzendStatus s) {
  switch (s) {
    case InzendStatus::kCompleet: return "compleet";
    case InzendStatus::kTeLaat: return "te laat";
    case InzendStatus::kOntbreekt: return "ontbreekt";
    case InzendStatus::kVerwacht: return "verwacht";
    case InzendStatus::kNogNietVerschuldigd: return "nog niet verschuldigd";
    case InzendStatus::kUitgetreden: return "uitgetreden";
    case InzendStatus::kOngeldig: return "ongeldig";
  }
  return "?";
}

ReportCounts Count(const Report& report) {
  ReportCounts c;
  c.praktijken = report.praktijken.size();
  for (const PraktijkSamenvatting& p : report.praktijken) {
    if (p.uitgetreden) ++c.uitgetreden;
    ++c.per_oordeel[p.oordeel];
    for (const JaarSamenvatting& j : p.jaren) ++c.per_inzending[j.inzending];
  }
  for (const Diagnostic& d : report.problemen) {
    if (d.severity == Severity::kFout) {
      ++c.fouten;
    } else {
      ++c.waarschuwingen;
    }
  }
  return c;
}

bool VraagtAandacht(Status s) {
  return s == Status::kVoldoetNiet || s == Status::kOnvolledig || s == Status::kAfwijkingGeaccepteerd ||
         s == Status::kOnbeslist;
}

PraktijkSamenvatting Samenvatting(PraktijkResultaat praktijk) {
  PraktijkSamenvatting s;
  static_cast<PraktijkKern&>(s) = std::move(static_cast<PraktijkKern&>(praktijk));
  s.jaren.reserve(praktijk.jaren.size());
  for (JaarResultaat& jr : praktijk.jaren) {
    JaarSamenvatting& j = s.jaren.emplace_back();
    static_cast<JaarKern&>(j) = std::move(static_cast<JaarKern&>(jr));
    // Exactly as many as kept: a region holds thousands of summaries.
    j.aandacht.reserve(static_cast<size_t>(std::count_if(jr.verdicts.begin(), jr.verdicts.end(),
                                                         [](const Verdict& v) { return VraagtAandacht(v.status); })));
    for (Verdict& v : jr.verdicts) {
      if (VraagtAandacht(v.status)) j.aandacht.push_back(std::move(v));
    }
  }
  return s;
}

Status Combine(Status a, Status b) { return StatusRank(a) >= StatusRank(b) ? a : b; }

}  // namespace mtvp
