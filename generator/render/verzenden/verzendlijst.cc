#include "render/verzenden/verzendlijst.h"

#include "model/vocabulary.h"
#include "render/html/html_site.h"
#include "render/xlsx/workbooks.h"

namespace mtvp {
namespace {

/// The verdict in a sentence for a mail, pointing to the attachment.
std::string OordeelZin(Status s) {
  switch (s) {
    case Status::kVoldoet: return "U voldoet aan alle eisen van de beoordeelde programmajaren.";
    case Status::kVoldoetNiet:
      return "U voldoet nog niet aan alle eisen. In de bijlage leest u wat u moet verbeteren, het belangrijkste "
             "eerst.";
    case Status::kAfwijkingGeaccepteerd:
      return "U voldoet, met een of meer afwijkingen die de projectleider heeft geaccepteerd; de bijlage noemt ze.";
    case Status::kOnvolledig:
    case Status::kOnbeslist:  // never left by a check (rule_kinds_test); reads as onvolledig, as on the pages
      return "Uw beoordeling is nog niet compleet, omdat er een inzending of een gegeven ontbreekt. In de bijlage "
             "leest u wat er nog nodig is.";
    case Status::kNietVanToepassing: return "Er is nog geen programmajaar afgerond, dus er is nog niets beoordeeld.";
    case Status::kUitgetreden:
      return "U bent uitgetreden vóór het einde van programmajaar 3; in de bijlage staan de oordelen van de jaren "
             "waarin u meedeed.";
  }
  return "";
}

}  // namespace

std::string PdfPad(const std::string& agb) { return "verzenden/" + agb + ".pdf"; }

std::vector<VerzendRegel> Verzendlijst(const Report& report, const VerzendOpties& opties) {
  const Regioplan& plan = *report.plan;
  const std::string programma = plan.programma + " " + plan.regio;
  const std::string datum = report.peildatum.Dutch();
  std::vector<VerzendRegel> rows;
  rows.reserve(report.praktijken.size());
  for (const PraktijkSamenvatting& pr : report.praktijken) {
    const Praktijk& p = pr.praktijk;
    VerzendRegel r;
    r.agb = p.agb;
    r.praktijk = p.naam;
    if (p.contact) {
      r.contactpersoon = p.contact->naam;
      r.email = p.contact->email;
    }
    r.oordeel = std::string(Name(pr.oordeel));
    r.onderwerp = programma + ": uw beoordeling op " + datum;
    r.aanhef = "Beste " + (r.contactpersoon.empty() ? p.naam : r.contactpersoon) + ",";
    r.openingszin = "Hierbij ontvangt u de beoordeling van " + p.naam + " in " + programma + " op " + datum + ". " +
                    OordeelZin(pr.oordeel);
    r.pagina = PraktijkPaginas::Pad(pr);
    if (opties.werkboeken) r.werkboek = PraktijkWorkbookPath(pr);
    if (opties.pdf) r.pdf = PdfPad(p.agb);
    if (!p.contact) {
      r.opmerking = "geen contact in het register (praktijken.json)";
    } else if (r.email.empty()) {
      r.opmerking = "geen bruikbaar e-mailadres in het register (praktijken.json)";
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace mtvp
