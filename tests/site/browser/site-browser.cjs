// Drives Debian's chromium (headless, 390x844, a phone) through the contest site with
// puppeteer-core: open, fill the form, answer, reload in the middle, answer the rest,
// submit. Runs axe-core on every page (no serious or critical violation allowed) and
// takes a screenshot of each. Prints one JSON line: what the C++ test then checks
// against the server and the suite.
//
// node site-browser.cjs BASE_URL NODE_MODULES SCREENSHOT_DIR(or "")
"use strict";
const path = require("path");
const fs = require("fs");
const [base, modules, shots] = process.argv.slice(2);
const puppeteer = require(path.join(modules, "puppeteer-core"));
const axeSource = fs.readFileSync(path.join(modules, "axe-core", "axe.min.js"), "utf8");

const report = { pages: [], violations: [], answered: 0, restored: 0 };

async function check(page, name) {
  console.error("page " + name + ": " + page.url());
  // axe is injected past the site's CSP (which allows no inline script): the test's
  // own script, not the page's.
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  for (const v of result.violations) {
    if (v.impact === "serious" || v.impact === "critical")
      report.violations.push({ page: name, id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) });
  }
  report.pages.push(name);
  if (shots) await page.screenshot({ path: path.join(shots, "site-" + name + ".png"), fullPage: name !== "quiz" });
}

// Submit buttons are activated in the page (element.click()), so no synthetic mouse or
// key event can reach the next page while it loads.
async function press(page, selector) {
  await Promise.all([page.waitForNavigation(), page.$eval(selector, (b) => b.click())]);
}

async function savedStatus(page) {
  await page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById("save-status").textContent), { timeout: 10000 });
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    acceptInsecureCerts: true,
    ignoreHTTPSErrors: true,
    args: ["--no-sandbox", "--disable-gpu", "--lang=vi-VN"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await page.setBypassCSP(true);
    const external = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(base)) external.push(r.url());
      if (process.env.SITE_TRACE) console.error("request " + r.method() + " " + r.url());
    });

    await page.goto(base + "/", { waitUntil: "load" });
    await check(page, "home");
    // A wrong form first: field-by-field messages.
    await page.type("#name", "Đỗ Thị <b>Mai</b>");
    await press(page, "button.primary");
    await page.waitForSelector(".summary");
    report.fieldErrors = await page.$$eval(".field .error", (e) => e.map((x) => x.id));
    await check(page, "form-errors");

    await page.$eval("#birth_year", (e) => (e.value = ""));
    await page.type("#birth_year", "1992");
    await page.select("#gender", "Nữ");
    await page.type("#id_number", "051192004321");
    const unit = await page.$eval("#unit option:nth-child(2)", (o) => o.value);
    await page.select("#unit", unit);
    await page.type("#address", "Thôn Gò Da, xã Sơn Kỳ");
    await press(page, "button.primary");
    if (!page.url().endsWith("/bai-thi")) throw new Error("not on the quiz: " + page.url());

    // Answer the first half (saved as they go), reload, see them kept.
    const questions = await page.$$eval("fieldset.question[id]", (f) => f.map((x) => x.id));
    const half = Math.floor(questions.length / 2);
    // Labels are clicked in the page (label.click(): the radio is checked and "change"
    // fires as for a tap); puppeteer's coordinate clicks landed on other elements while
    // this long page scrolled.
    const choose = (q, n) => page.$eval("#" + q + " div.option:nth-of-type(" + n + ") label", (l) => l.click());
    for (let i = 0; i < half; i++) await choose(questions[i], 1);
    await savedStatus(page);
    await page.reload({ waitUntil: "load" });
    report.restored = await page.$$eval("input[type=radio]:checked", (r) => r.length);
    for (let i = half; i < questions.length; i++) await choose(questions[i], 3);
    await page.type("#prediction", "812");
    await page.$eval("#prediction", (e) => e.dispatchEvent(new Event("change", { bubbles: true })));
    await savedStatus(page);
    report.answered = await page.$$eval("input[type=radio]:checked", (r) => r.length);
    report.clock = await page.$eval("#clock", (e) => e.textContent);
    // axe only now: its contrast checks scroll the page, which must not move the clicks.
    await page.evaluate(() => window.scrollTo(0, 0));
    await check(page, "quiz");
    await press(page, "button[formaction='/nop-bai']");
    if (!page.url().endsWith("/xac-nhan")) throw new Error("not on the confirmation: " + page.url());
    report.submission = await page.$eval("dd.code", (e) => e.textContent.trim());
    await check(page, "done");

    await page.goto(base + "/ket-qua", { waitUntil: "load" });
    await check(page, "results");
    await page.goto(base + "/xac-minh/ABCDE12345", { waitUntil: "load" });
    await check(page, "verify");
    report.external = external;
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(report));
})().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
