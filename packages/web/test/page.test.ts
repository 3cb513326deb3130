/**
 * The page in real headless Chromium: it is built with Vite, served, given flights-200k.arrow
 * through its file input and flights-airport.csv through its bundled-file picker, and every
 * number it shows is checked against the engine's answer here in Node. A screenshot is written
 * to packages/web/test-output/page.png for people to look at.
 */
import { mkdirSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { col, type DataFrame, type LazyFrame, scanCsv, scanIpc } from "@quiver/core";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureChromium } from "./ensure-chromium.js";
import { serveStatic } from "./static-server.js";
import { format } from "../src/render.js";

const web = join(import.meta.dirname, "..");
const output = join(web, "test-output");
const site = join(output, "site");
const data = join(dirname(createRequire(import.meta.url).resolve("vega-datasets")), "..", "data");

let browser: Browser;
let server: Server;
let page: Page;

beforeAll(async () => {
  const executablePath = ensureChromium();
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });
  await build({ root: web, configFile: join(web, "vite.config.ts"), logLevel: "error", build: { outDir: site, emptyOutDir: true } });
  const served = await serveStatic(site);
  server = served.server;
  browser = await puppeteer.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(served.url);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Waits until the page has shown everything about a file, or fails with the error it shows. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === "done" || document.body.dataset.state === "error", { timeout: 60_000 });
  const state = await page.$eval("body", (body) => ({ state: body.dataset.state, status: document.getElementById("status")!.textContent }));
  expect(state).toEqual({ state: "done", status: expect.any(String) });
}

/** The engine's argmin and argmax of each column, and the value at each, as the page prints them. */
async function expected(lf: LazyFrame, columns: readonly string[]): Promise<string[][]> {
  const result = (await lf.select(...columns.flatMap((c) => [col(c).argmin().alias(`min ${c}`), col(c).argmax().alias(`max ${c}`)])).collect()).row(0);
  const whole = await lf.collect();
  return columns.map((c) => {
    const [lo, hi] = [result[`min ${c}`] as number, result[`max ${c}`] as number];
    const type = whole.schema.fields.find((f) => f.name === c)?.type;
    return [c, format(lo), format(whole.col(c).get(lo), type), format(hi), format(whole.col(c).get(hi), type)];
  });
}

/** A frame's rows as the page prints them. */
const printed = (df: DataFrame): string[][] => df.rows().map((row) => row.map((value, c) => format(value, df.schema.fields[c].type)));

const cells = (selector: string): Promise<string[][]> =>
  page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")));

describe("the page in Chromium", () => {
  it("runs the WebAssembly kernels", async () => {
    expect(await page.$eval("#kernels", (node) => node.textContent)).toBe("WebAssembly SIMD");
  });

  it("shows the schema, rows, argmin and argmax of a dropped Arrow file, as the engine finds them", async () => {
    const file = join(data, "flights-200k.arrow");
    const input = await page.$("input#file");
    await input!.uploadFile(file);
    await settled();
    const lf = scanIpc(file, { name: "flights-200k.arrow" });
    const schema = await lf.collectSchema();
    expect(await cells("#schema")).toEqual(schema.fields.map((f) => [f.name, String(f.type), String(f.nullable)]));
    const head = await lf.head(10).collect();
    expect(await cells("#preview")).toEqual(printed(head));
    const want = await expected(lf, ["delay", "distance", "time"]);
    expect(await cells("#extremes")).toEqual(want);
    const winners = await cells("#winners");
    expect(winners.map((row) => row.slice(0, 2))).toEqual(want.flatMap(([c, lo, , hi]) => [[`argmin ${c}`, lo], [`argmax ${c}`, hi]]));
    expect(await page.$eval("#progress", (node) => (node as HTMLProgressElement).value)).toBe(1);
    expect(await page.$eval("#plan", (node) => node.textContent)).toBe(lf.select(...["delay", "distance", "time"].flatMap((c) => [col(c).argmin().alias(`argmin ${c}`), col(c).argmax().alias(`argmax ${c}`)])).explain());
    expect(await page.$$eval("#chart svg rect.bar", (bars) => bars.length)).toBe(40);
    expect(await page.$eval("#chart svg", (svg) => svg.textContent)).toContain(`argmin: row ${want[0][1]} (${want[0][2]})`);
    await page.screenshot({ path: join(output, "page.png"), fullPage: true });
  });

  it("runs a group-by argmin on a bundled CSV file, as the engine does", async () => {
    await page.select("#dataset", "flights-airport.csv");
    await page.click("#datasets button");
    await settled();
    await page.select("#group-key", "origin");
    await page.select("#group-value", "count");
    await page.click("#group button");
    await settled();
    const lf = scanCsv(join(data, "flights-airport.csv"));
    const want = await lf.groupBy("origin").agg(col("count").argmin().alias("argmin count"), col("count").min().alias("min count"), col("count").count().alias("count")).sort("origin").limit(50).collect();
    expect(await cells("#group-result")).toEqual(printed(want));
    expect(want.height).toBe(50);
  });
});
