// Opens the generated site in Debian's headless Chromium through file:// URLs
// and checks what a person (and a screen reader) would meet: no console
// errors, no failed or outside requests, no serious or critical axe
// violations, working sorting and filtering, a complete page without
// JavaScript. Saves a screenshot of every page in artifacts/.
//
// Usage: node site.test.mjs <site-dir> <artifacts-dir> [<extra-site-dir>...]
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [siteDir, artifacts, ...extraSites] = process.argv.slice(2);
if (!siteDir || !artifacts) {
  console.error("gebruik: node site.test.mjs <site-map> <artefacten-map> [<extra-site-map>...]");
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let passed = 0;
let failed = 0;
function check(name, ok, detail = "") {
  if (ok) {
    passed += 1;
    console.log(`ok      ${name}`);
  } else {
    failed += 1;
    console.log(`MISLUKT ${name}${detail ? "\n        " + detail.replace(/\n/g, "\n        ") : ""}`);
  }
}

async function launch(options = {}) {
  // A fresh profile per run: nothing from an earlier run can leak in.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "mtvp-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, ...options,
  });
  return { context, profile };
}

async function close({ context, profile }) {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

// Opens a page and records everything that went wrong while loading it.
async function open(context, file) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`script: ${err.message}`));
  // A dialog can only come from a script that should not be there.
  page.on("dialog", (dialog) => {
    problems.push(`dialoog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on("requestfailed", (req) => problems.push(`mislukt verzoek: ${req.url()} (${req.failure()?.errorText})`));
  page.on("request", (req) => {
    if (!req.url().startsWith("file://") && !req.url().startsWith("data:")) problems.push(`verzoek naar buiten: ${req.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, problems };
}

async function checkPage(context, label, file, shot) {
  if (!fs.existsSync(file)) {
    check(`${label}: bestaat`, false, file);
    return null;
  }
  const { page, problems } = await open(context, file);
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  check(`${label}: geen consolefouten of mislukte verzoeken`, problems.length === 0, problems.join("\n"));
  check(`${label}: geen ernstige of kritieke axe-bevindingen`, serious.length === 0,
    serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n  ")}`).join("\n"));
  check(`${label}: lang="nl" en een titel`, (await page.getAttribute("html", "lang")) === "nl" && (await page.title()).length > 0);
  for (const landmark of ["header", "nav", "main", "footer"]) {
    check(`${label}: landmark <${landmark}>`, (await page.locator(landmark).count()) >= 1);
  }
  await page.screenshot({ path: path.join(artifacts, `${shot}.png`), fullPage: true });
  // Phone and desktop: the document is never wider than the viewport (tables
  // reflow instead of running off to the side).
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    const breed = await page.evaluate(() => document.documentElement.scrollWidth);
    check(`${label}: niet breder dan ${width} px`, breed <= width, `document is ${breed} px breed`);
    await page.screenshot({ path: path.join(artifacts, `${shot}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

// On a phone the practice page's tables stack their cells and hide the
// header row; every stacked cell must then show its column heading (its
// data-label, drawn by ::before), and on a desktop none may (the header row
// is there).
async function checkStackedLabels(page, label) {
  const labels = async () => page.evaluate(() => {
    const out = [];
    for (const table of document.querySelectorAll(".tabel-houder table")) {
      const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent.replace(/\u00ad/g, "").trim());
      for (const tr of table.querySelectorAll("tbody tr")) {
        [...tr.children].forEach((cell, i) => {
          if (cell.tagName !== "TD") return;
          const before = getComputedStyle(cell, "::before").content;
          out.push({ head: heads[i], label: cell.dataset.label, before });
        });
      }
    }
    return out;
  });
  await page.setViewportSize({ width: 390, height: 900 });
  const phone = await labels();
  const wrong = phone.filter((c) => c.label !== c.head || c.before !== `"${c.head}: "`);
  check(`${label}: op 390 px toont elke gestapelde cel zijn kolomkop (${phone.length} cellen)`,
    phone.length > 0 && wrong.length === 0, wrong.slice(0, 5).map((c) => JSON.stringify(c)).join("\n"));
  const traject = await page.evaluate(() => [...document.querySelectorAll("#traject tbody td")]
    .map((td) => getComputedStyle(td, "::before").content));
  check(`${label}: op 390 px heeft het traject een kop per cel`, traject.length > 0 && traject.every((c) => c !== "none"),
    traject.join(", "));
  await page.setViewportSize({ width: 1366, height: 900 });
  const desktop = await labels();
  check(`${label}: op 1366 px geen extra koppen in de cellen`, desktop.every((c) => c.before === "none" || c.before === "normal"),
    desktop.filter((c) => c.before !== "none" && c.before !== "normal").slice(0, 3).map((c) => JSON.stringify(c)).join("\n"));
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function visibleRows(page) {
  return page.locator("#praktijktabel tbody tr:not([hidden])").count();
}

async function checkOverviewInteraction(page) {
  const rows = await page.locator("#praktijktabel tbody tr").count();
  check("overzicht: filters zichtbaar met JavaScript", await page.locator("#filters").isVisible());

  // Sorting on the practice name, both ways.
  const names = async () => page.locator("#praktijktabel tbody tr th[scope=row]").allTextContents();
  const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });
  const header = page.locator("#praktijktabel thead th", { hasText: "Praktijk" }).first();
  await header.locator("button").click();
  const asc = await names();
  check("overzicht: sorteren op naam (oplopend)", (await header.getAttribute("aria-sort")) === "ascending" &&
    JSON.stringify(asc) === JSON.stringify([...asc].sort(collator.compare)));
  await header.locator("button").click();
  const desc = await names();
  check("overzicht: sorteren op naam (aflopend)", (await header.getAttribute("aria-sort")) === "descending" &&
    JSON.stringify(desc) === JSON.stringify([...asc].reverse()));

  // Filtering on the overall verdict, then on a search term.
  const failing = await page.locator('#praktijktabel tbody tr[data-oordeel="voldoet-niet"]').count();
  await page.selectOption("#filter-oordeel", "voldoet-niet");
  check("overzicht: filter op eindoordeel", (await visibleRows(page)) === failing && failing > 0,
    `${await visibleRows(page)} zichtbaar, ${failing} verwacht`);
  check("overzicht: aantal getoond", (await page.textContent("#filter-aantal")).includes(`${failing} van ${rows}`));
  await page.selectOption("#filter-oordeel", "");
  const agb = (await page.locator("#praktijktabel tbody tr td").first().textContent()).trim();
  await page.fill("#filter-zoek", agb);
  check("overzicht: zoeken op AGB-code", (await visibleRows(page)) === 1);
  await page.fill("#filter-zoek", "");
  check("overzicht: filter leeg toont alles", (await visibleRows(page)) === rows);
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`FOUT: ${CHROMIUM} ontbreekt; installeer Chromium met scripts/setup.sh --tests`);
    process.exit(1);
  }
  const browser = await launch();
  try {
    const overview = await checkPage(browser.context, "overzicht", path.join(siteDir, "index.html"), "overzicht");
    if (overview) await checkOverviewInteraction(overview);
    await checkPage(browser.context, "invoerproblemen", path.join(siteDir, "problemen.html"), "problemen");
    await checkPage(browser.context, "regels", path.join(siteDir, "regels.html"), "regels");

    // The practice page of the first practice that does not comply: it has
    // the most to show (shortfalls, explanations).
    const agbs = fs.readdirSync(path.join(siteDir, "praktijken")).sort();
    let chosen = agbs[0];
    for (const agb of agbs) {
      const html = fs.readFileSync(path.join(siteDir, "praktijken", agb, "index.html"), "utf8");
      if (html.includes("eindoordeel status-voldoet-niet")) { chosen = agb; break; }
    }
    const praktijk = await checkPage(browser.context, `praktijkpagina ${chosen}`,
      path.join(siteDir, "praktijken", chosen, "index.html"), "praktijk");
    if (praktijk) {
      await checkStackedLabels(praktijk, "praktijkpagina");
      // A4 print: the page must lay out for paper too.
      await praktijk.emulateMedia({ media: "print" });
      await praktijk.pdf({ path: path.join(artifacts, "praktijk-a4.pdf"), format: "A4", printBackground: true });
      check("praktijkpagina: afdrukken op A4", fs.statSync(path.join(artifacts, "praktijk-a4.pdf")).size > 1000);
    }
    await checkPage(browser.context, "zorgverzekeraar", path.join(siteDir, "zorgverzekeraar", "index.html"),
      "zorgverzekeraar");
    for (const [i, extra] of extraSites.entries()) {
      const name = path.basename(extra);
      const first = fs.readdirSync(path.join(extra, "praktijken")).sort()[0];
      const pages = [["overzicht", "index.html"], ["invoerproblemen", "problemen.html"], ["regels", "regels.html"],
        [`praktijkpagina ${first}`, path.join("praktijken", first, "index.html")],
        ["zorgverzekeraar", path.join("zorgverzekeraar", "index.html")]];
      for (const [label, file] of pages) {
        await checkPage(browser.context, `${name}: ${label}`, path.join(extra, file),
          `${name}-${label.split(" ")[0]}`);
      }
    }
  } finally {
    await close(browser);
  }

  // Without JavaScript the overview is complete: every row, no filter form.
  const noScript = await launch({ javaScriptEnabled: false });
  try {
    const { page, problems } = await open(noScript.context, path.join(siteDir, "index.html"));
    const expected = (fs.readFileSync(path.join(siteDir, "index.html"), "utf8").match(/<tr data-oordeel=/g) || []).length;
    check("overzicht zonder JavaScript: alle praktijken, geen filters",
      problems.length === 0 && (await visibleRows(page)) === expected && !(await page.locator("#filters").isVisible()),
      problems.join("\n"));
    await page.screenshot({ path: path.join(artifacts, "overzicht-zonder-js.png") });
  } finally {
    await close(noScript);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
