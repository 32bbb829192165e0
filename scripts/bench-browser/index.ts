/**
 * The Chromium part of `npm run bench`: builds the script-tag bundle and two baselines (a static form and a
 * minimal Lit element with the same inputs), then, with the CPU throttled 4× to stand for a mid-range phone,
 * prints each figure for the widget beside its baseline from the same run, as a ratio.
 * Timed targets are judged here, never in a timed test.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { buildLitBaseline } from './baselines';
import { fillJapaneseCompany, typeUsPerson, type TypingWindows } from './journeys';
import { itemise, itemisedLines, type FetchedFile } from './itemise';
import { litPage, staticPage, widgetJapaneseCompanyPage, widgetPersonPage } from './pages';
import { serveCountingEmulator, serveSite, type BenchSite } from './server';

const RUNS = Number(process.env.TOKEN_FORMS_BENCH_RUNS ?? 5);
const THROTTLE = 4;
const workDirectory = resolve('test-results/bench');
const widgetDirectory = resolve(workDirectory, 'dist');
const baselineDirectory = resolve(workDirectory, 'baseline');

interface PageFigures {
  readonly renderedAt: number;
  readonly keyLags: number[];
  readonly longTasks: { start: number; duration: number }[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const ratio = (value: number, baseline: number): string => `${(value / baseline).toFixed(2)}×`;

async function throttledPage(browser: Browser): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { page, context };
}

// Waits in the page's own script, frame by frame. Playwright's polling (`waitForFunction`) would compile its
// injected script (~50 ms at 4× throttling) on the page's main thread in the middle of a slow load. A string,
// so that the runner's transpiler adds no helpers the page lacks.
const renderedFigures = `new Promise((resolve, reject) => {
  const giveUp = setTimeout(() => reject(new Error('the forms did not render within 60 s')), 60000);
  const check = () => {
    if (window.bench.renderedAt === null) return requestAnimationFrame(check);
    clearTimeout(giveUp);
    resolve(structuredClone(window.bench));
  };
  check();
})`;

async function figures(page: Page): Promise<PageFigures> {
  return page.evaluate<PageFigures>(renderedFigures);
}

async function firstRender(browser: Browser, site: BenchSite, path: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { page, context } = await throttledPage(browser);
    await page.goto(`${site.origin}${path}`);
    times.push((await figures(page)).renderedAt);
    await context.close();
  }
  return median(times);
}

interface Journey {
  readonly atFirstRender: number;
  readonly beforeUsable: number;
  readonly whole: number;
  /** Every file fetched, by phase: before first render, until the network is idle, during the journey. */
  readonly files: FetchedFile[];
  readonly maxKeyLag: number;
  readonly medianKeyLag: number;
  readonly longTasks: number[];
  readonly tokenRequests: string[];
}

/**
 * Waits until the site has served nothing for `quietMs`. The idle preloads start from idle callbacks,
 * which a throttled page busy compiling can hold back past Playwright's 500 ms of network idle: they
 * would then be counted as fetched while the person types.
 */
async function servedNothingFor(site: BenchSite, quietMs: number): Promise<void> {
  for (;;) {
    const lastServed = Math.max(0, ...site.served.map((file) => file.at));
    const wait = lastServed + quietMs - Date.now();
    if (wait <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

async function journey(
  browser: Browser,
  site: BenchSite,
  path: string,
  drive: (page: Page, windows: TypingWindows) => Promise<void>,
  submit: { button: string; saved: string } | null,
  emulatorRequests: string[],
): Promise<Journey> {
  const { page, context } = await throttledPage(browser);
  site.served.length = 0;
  emulatorRequests.length = 0;
  await page.goto(`${site.origin}${path}`);
  const loaded = await figures(page);
  const sum = (until = Number.POSITIVE_INFINITY) =>
    site.served.filter((file) => file.at <= until).reduce((total, file) => total + file.gzipBytes, 0);
  // The page's clock and the server's are the machine's: a file counts before first render if served by then.
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  const atFirstRender = sum(timeOrigin + loaded.renderedAt);
  await page.waitForLoadState('networkidle');
  await servedNothingFor(site, 2000);
  const idleAt = Date.now();
  const beforeUsable = sum();
  const keyLagsBefore = loaded.keyLags.length;
  const windows: TypingWindows = [];
  await drive(page, windows);
  const typed = await figures(page);
  const whileTyping = (start: number) => windows.some(([from, to]) => start >= from && start <= to);
  if (submit) {
    await page.getByRole('button', { name: submit.button }).click();
    await page.getByRole('status').filter({ hasText: submit.saved }).waitFor({ timeout: 60_000 });
  }
  await page.waitForLoadState('networkidle');
  const whole = sum();
  const files = itemise(site.served, { firstRender: timeOrigin + loaded.renderedAt, idle: idleAt });
  await context.close();
  return {
    atFirstRender,
    beforeUsable,
    whole,
    files,
    maxKeyLag: Math.max(...typed.keyLags.slice(keyLagsBefore)),
    medianKeyLag: median(typed.keyLags.slice(keyLagsBefore)),
    longTasks: typed.longTasks
      .filter((task) => whileTyping(task.start) && task.duration > 50)
      .map((task) => task.duration),
    tokenRequests: [...emulatorRequests],
  };
}

function row(figure: string, widget: string, baseline: string, result: string, target: string): void {
  console.log(
    `${figure.padEnd(48)} ${widget.padStart(12)} ${baseline.padStart(22)} ${result.padStart(10)}   ${target}`,
  );
}

async function main(): Promise<void> {
  rmSync(workDirectory, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    env: { ...process.env, TOKEN_FORMS_OUT_DIR: widgetDirectory },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await buildLitBaseline(resolve(workDirectory, 'src'), baselineDirectory);
  const emulator = await serveCountingEmulator();
  const site = await serveSite([widgetDirectory, baselineDirectory]);
  site.pages.set('/widget-1.html', widgetPersonPage(emulator.url, 1));
  site.pages.set('/widget-20.html', widgetPersonPage(emulator.url, 20));
  site.pages.set('/widget-jp-company.html', widgetJapaneseCompanyPage(emulator.url));
  site.pages.set('/lit-1.html', litPage(1));
  site.pages.set('/lit-20.html', litPage(20));
  site.pages.set('/static-1.html', staticPage(1));
  const browser = await chromium.launch({
    executablePath: process.env.TOKEN_FORMS_SYSTEM_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
  try {
    const usPerson = await journey(
      browser,
      site,
      '/widget-1.html',
      typeUsPerson,
      { button: 'Submit', saved: 'Your details were saved.' },
      emulator.requests,
    );
    const jpCompany = await journey(
      browser,
      site,
      '/widget-jp-company.html',
      fillJapaneseCompany,
      { button: '送信', saved: '入力内容を保存しました。' },
      emulator.requests,
    );
    const litJourney = await journey(browser, site, '/lit-1.html', typeUsPerson, null, emulator.requests);
    const staticJourney = await journey(browser, site, '/static-1.html', typeUsPerson, null, emulator.requests);
    const widgetFirst = await firstRender(browser, site, '/widget-1.html');
    const litFirst = await firstRender(browser, site, '/lit-1.html');
    const staticFirst = await firstRender(browser, site, '/static-1.html');
    const widgetTwenty = await firstRender(browser, site, '/widget-20.html');
    const litTwenty = await firstRender(browser, site, '/lit-20.html');

    console.log(`\nChromium, CPU throttled ${THROTTLE}×, median of ${RUNS} loads for render times`);
    row('figure', 'widget', 'baseline', 'ratio', 'target');
    row(
      'gzip before a US person form first renders',
      kb(usPerson.atFirstRender),
      `lit ${kb(litJourney.atFirstRender)}`,
      '',
      '≤ 30 KB',
    );
    row(
      '… and until the network is idle (idle preloads)',
      kb(usPerson.beforeUsable),
      `lit ${kb(litJourney.beforeUsable)}`,
      '',
      '',
    );
    row('gzip for a whole US person journey', kb(usPerson.whole), `static ${kb(staticJourney.whole)}`, '', '≤ 45 KB');
    row('gzip for a whole JP company journey', kb(jpCompany.whole), '', '', '≤ 50 KB');
    row(
      'first render, one US person form',
      ms(widgetFirst),
      `lit ${ms(litFirst)}`,
      ratio(widgetFirst, litFirst),
      '≤ 1.25×',
    );
    row(
      'first render, against the static form',
      ms(widgetFirst),
      `static ${ms(staticFirst)}`,
      ratio(widgetFirst, staticFirst),
      '',
    );
    row(
      'long tasks > 50 ms while typing a US journey',
      `${usPerson.longTasks.length}${usPerson.longTasks.length ? ` (max ${ms(Math.max(...usPerson.longTasks))})` : ''}`,
      `static ${staticJourney.longTasks.length}, lit ${litJourney.longTasks.length}`,
      '',
      '0',
    );
    row(
      'max keystroke to next frame while typing',
      ms(usPerson.maxKeyLag),
      `static ${ms(staticJourney.maxKeyLag)}`,
      ratio(usPerson.maxKeyLag, staticJourney.maxKeyLag),
      '≤ 1.1×',
    );
    row(
      'median keystroke to next frame while typing',
      ms(usPerson.medianKeyLag),
      `static ${ms(staticJourney.medianKeyLag)}`,
      ratio(usPerson.medianKeyLag, staticJourney.medianKeyLag),
      '',
    );
    row(
      '  … max against the minimal Lit element',
      ms(usPerson.maxKeyLag),
      `lit ${ms(litJourney.maxKeyLag)}`,
      ratio(usPerson.maxKeyLag, litJourney.maxKeyLag),
      '',
    );
    const perToken = (requests: string[]) => `${requests.length} (${requests.map((r) => r.split(' ')[0]).join(', ')})`;
    row('requests per v1 token, US person', perToken(usPerson.tokenRequests), '', '', '1');
    row('requests per v1 token, JP company', perToken(jpCompany.tokenRequests), '', '', '1');
    row(
      'first render, 20 forms / one form',
      ms(widgetTwenty),
      `one ${ms(widgetFirst)}`,
      ratio(widgetTwenty, widgetFirst),
      '≤ 1.5×',
    );
    row('  … the minimal Lit element, 20 / one', ms(litTwenty), `one ${ms(litFirst)}`, ratio(litTwenty, litFirst), '');
    for (const line of itemisedLines('US person journey', usPerson.files)) console.log(line);
    for (const line of itemisedLines('JP company journey', jpCompany.files)) console.log(line);
  } finally {
    await browser.close();
    await site.close();
    await emulator.close();
  }
}

await main();
