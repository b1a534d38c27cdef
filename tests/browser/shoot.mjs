// Screenshots of practice pages for a closing note (not a test): desktop
// (1366 px) and phone (390 px), full page, in Debian's headless Chromium.
// Usage: node shoot.mjs <out-dir> <name>=<page.html>...   (after npm ci here)
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [outDir, ...pages] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "mtvp-shoot-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"],
});
for (const spec of pages) {
  const [name, file] = spec.split("=");
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const shot = path.join(outDir, `${name}-${width === 390 ? "telefoon-390" : "desktop-1366"}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    const breed = await page.evaluate(() => document.documentElement.scrollWidth);
    const hoog = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${shot}: ${breed}x${hoog} px`);
  }
  await page.close();
}
await context.close();
fs.rmSync(profile, { recursive: true, force: true });
