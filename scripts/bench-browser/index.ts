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
import { executedGzipBytes } from './executed';
import { itemise, itemisedLines, type FetchedFile } from './itemise';
import { litPage, RENDERED_MESSAGE, staticPage, widgetJapaneseCompanyPage, widgetPersonPage } from './pages';
import { serveCountingEmulator, serveSite, type BenchSite } from './server';

function runsFromEnvironment(name: string, fallback: number): number {
  const runs = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`${name} must be a whole number of runs, 1 or more`);
  return runs;
}

const RUNS = runsFromEnvironment('TOKEN_FORMS_BENCH_RUNS', 5);
// Typing journeys per page: a keystroke's worst frame is one sample, so its figure is the median of these.
const TYPING_RUNS = runsFromEnvironment('TOKEN_FORMS_BENCH_TYPING_RUNS', 3);
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

/** A phone-sized page, its CPU throttled unless `throttle` is false. */
async function benchPage(browser: Browser, throttle = true): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  return { page, context };
}

// The page's figures so far, as a string: `window.bench` is the probe's and has no type on this side.
const figuresSoFar = `structuredClone(window.bench)`;

// Two frames, each followed by a task: the probe records a keystroke's lag at the first of them.
const lastKeystrokeRecorded = `new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve)))))`;

async function figures(page: Page): Promise<PageFigures> {
  return page.evaluate<PageFigures>(figuresSoFar);
}

/**
 * Opens the page and waits for its forms' first render, told by the page in a console message: anything
 * Playwright evaluates in the page (`evaluate`, `waitForFunction`) compiles a script on its main thread,
 * about 10–50 ms at 4× throttling, which would fall inside a load that is still fetching its chunks.
 */
async function loadRendered(page: Page, url: string): Promise<PageFigures> {
  await Promise.all([
    page.waitForEvent('console', { predicate: (message) => message.text() === RENDERED_MESSAGE, timeout: 60_000 }),
    page.goto(url),
  ]);
  return figures(page);
}

/**
 * The median first render of each page over `RUNS` loads, the pages loaded in turn (one of each, then again)
 * so that the machine's slower moments fall on every page alike.
 */
async function firstRenders<Path extends string>(
  browser: Browser,
  site: BenchSite,
  paths: readonly Path[],
): Promise<Record<Path, number>> {
  const times = paths.map((path) => ({ path, renders: [] as number[] }));
  for (let run = 0; run < RUNS; run += 1) {
    for (const { path, renders } of times) {
      const { page, context } = await benchPage(browser);
      renders.push((await loadRendered(page, `${site.origin}${path}`)).renderedAt);
      await context.close();
    }
  }
  return Object.fromEntries(times.map(({ path, renders }) => [path, median(renders)])) as Record<Path, number>;
}

interface Submission {
  readonly button: string;
  readonly saved: string;
}

async function submitAndWait(page: Page, submit: Submission): Promise<void> {
  await page.getByRole('button', { name: submit.button }).click();
  await page.getByRole('status').filter({ hasText: submit.saved }).waitFor({ timeout: 60_000 });
}

/**
 * The gzip of what the site's scripts ran (V8's coverage, unthrottled): before the forms first rendered, or,
 * given a journey, by its end. About the least that could be fetched by then if all that did not run loaded
 * later (a module's data counts in full once it is evaluated). Before first render, idle callbacks are held
 * back: the coverage is read after the render, and the idle preloads would run in between.
 */
async function gzipOfWhatRan(
  browser: Browser,
  site: BenchSite,
  path: string,
  journeyToRun?: { drive: (page: Page) => Promise<void>; submit: Submission },
): Promise<number> {
  const { page, context } = await benchPage(browser, false);
  if (!journeyToRun) await page.addInitScript('window.requestIdleCallback = () => 0;');
  await page.coverage.startJSCoverage({ reportAnonymousScripts: false });
  await loadRendered(page, `${site.origin}${path}`);
  if (journeyToRun) {
    await journeyToRun.drive(page);
    await submitAndWait(page, journeyToRun.submit);
  }
  const scripts = await page.coverage.stopJSCoverage();
  await context.close();
  return scripts
    .filter((script) => script.url.startsWith(`${site.origin}/`) && script.url.endsWith('.js'))
    .reduce((total, script) => {
      if (script.source === undefined) throw new Error(`no source in the coverage of ${script.url}`);
      return total + executedGzipBytes(script.source, script.functions);
    }, 0);
}

interface Journey {
  readonly atFirstRender: number;
  readonly beforeUsable: number;
  readonly whole: number;
  /** Every file fetched, by phase: before first render, until the network is idle, during the journey. */
  readonly files: FetchedFile[];
  /** Each keystroke's time to the next frame, while typing. */
  readonly keyLags: number[];
  readonly maxKeyLag: number;
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
  submit: Submission | null,
  emulatorRequests: string[],
): Promise<Journey> {
  const { page, context } = await benchPage(browser);
  site.served.length = 0;
  emulatorRequests.length = 0;
  const loaded = await loadRendered(page, `${site.origin}${path}`);
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
  await page.evaluate(lastKeystrokeRecorded);
  const typed = await figures(page);
  const whileTyping = (start: number) => windows.some(([from, to]) => start >= from && start <= to);
  if (submit) await submitAndWait(page, submit);
  await page.waitForLoadState('networkidle');
  const whole = sum();
  const keyLags = typed.keyLags.slice(keyLagsBefore);
  const files = itemise(site.served, { firstRender: timeOrigin + loaded.renderedAt, idle: idleAt });
  await context.close();
  return {
    atFirstRender,
    beforeUsable,
    whole,
    files,
    keyLags,
    maxKeyLag: Math.max(...keyLags),
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
    const usSubmit: Submission = { button: 'Submit', saved: 'Your details were saved.' };
    const jpSubmit: Submission = { button: '送信', saved: '入力内容を保存しました。' };
    // The Japanese journey first: the first page a fresh browser loads is its slowest, and the typing runs
    // that follow (the US journey the widget's first) should meet a warm browser alike.
    const jpCompany = await journey(
      browser,
      site,
      '/widget-jp-company.html',
      fillJapaneseCompany,
      jpSubmit,
      emulator.requests,
    );
    const usPerson = await journey(browser, site, '/widget-1.html', typeUsPerson, usSubmit, emulator.requests);
    // Typing runs in turn (widget, static, Lit, then again); the widget's first is the journey above.
    const typingRuns: Record<'widget' | 'static' | 'lit', Journey[]> = { widget: [usPerson], static: [], lit: [] };
    for (let run = 0; run < TYPING_RUNS; run += 1) {
      if (run > 0)
        typingRuns.widget.push(await journey(browser, site, '/widget-1.html', typeUsPerson, null, emulator.requests));
      typingRuns.static.push(await journey(browser, site, '/static-1.html', typeUsPerson, null, emulator.requests));
      typingRuns.lit.push(await journey(browser, site, '/lit-1.html', typeUsPerson, null, emulator.requests));
    }
    const litJourney = typingRuns.lit[0]!;
    const staticJourney = typingRuns.static[0]!;
    const maxKeyLag = (runs: readonly Journey[]) => median(runs.map((run) => run.maxKeyLag));
    const medianKeyLag = (runs: readonly Journey[]) => median(runs.flatMap((run) => run.keyLags));
    const renders = await firstRenders(browser, site, [
      '/widget-1.html',
      '/lit-1.html',
      '/static-1.html',
      '/widget-20.html',
      '/lit-20.html',
    ]);
    const widgetFirst = renders['/widget-1.html'];
    const litFirst = renders['/lit-1.html'];
    const staticFirst = renders['/static-1.html'];
    const widgetTwenty = renders['/widget-20.html'];
    const litTwenty = renders['/lit-20.html'];
    const executed = {
      firstRender: await gzipOfWhatRan(browser, site, '/widget-1.html'),
      usJourney: await gzipOfWhatRan(browser, site, '/widget-1.html', { drive: typeUsPerson, submit: usSubmit }),
      jpJourney: await gzipOfWhatRan(browser, site, '/widget-jp-company.html', {
        drive: fillJapaneseCompany,
        submit: jpSubmit,
      }),
    };

    console.log(`\nChromium, CPU throttled ${THROTTLE}×, median of ${RUNS} loads for render times`);
    row('figure', 'widget', 'baseline', 'ratio', 'target');
    row(
      'gzip before a US person form first renders',
      kb(usPerson.atFirstRender),
      `lit ${kb(litJourney.atFirstRender)}`,
      '',
      '≤ 30 KB',
    );
    row('  … of which its scripts ran before first render', kb(executed.firstRender), '', '', '');
    row(
      '… and until the network is idle (idle preloads)',
      kb(usPerson.beforeUsable),
      `lit ${kb(litJourney.beforeUsable)}`,
      '',
      '',
    );
    row('gzip for a whole US person journey', kb(usPerson.whole), `static ${kb(staticJourney.whole)}`, '', '≤ 45 KB');
    row('  … of which its scripts ran', kb(executed.usJourney), '', '', '');
    row('gzip for a whole JP company journey', kb(jpCompany.whole), '', '', '≤ 50 KB');
    row('  … of which its scripts ran', kb(executed.jpJourney), '', '', '');
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
    const longTasks = (runs: readonly Journey[]) => runs.map((run) => run.longTasks.length).join(', ');
    const longest = Math.max(0, ...typingRuns.widget.flatMap((run) => run.longTasks));
    row(
      'long tasks > 50 ms while typing a US journey',
      `${longTasks(typingRuns.widget)}${longest > 0 ? ` (max ${ms(longest)})` : ''}`,
      `static ${longTasks(typingRuns.static)}, lit ${longTasks(typingRuns.lit)}`,
      '',
      '0',
    );
    row(
      `max keystroke to next frame (median of ${TYPING_RUNS})`,
      ms(maxKeyLag(typingRuns.widget)),
      `static ${ms(maxKeyLag(typingRuns.static))}`,
      ratio(maxKeyLag(typingRuns.widget), maxKeyLag(typingRuns.static)),
      '≤ 1.1×',
    );
    row(
      'median keystroke to next frame while typing',
      ms(medianKeyLag(typingRuns.widget)),
      `static ${ms(medianKeyLag(typingRuns.static))}`,
      ratio(medianKeyLag(typingRuns.widget), medianKeyLag(typingRuns.static)),
      '',
    );
    row(
      '  … max against the minimal Lit element',
      ms(maxKeyLag(typingRuns.widget)),
      `lit ${ms(maxKeyLag(typingRuns.lit))}`,
      ratio(maxKeyLag(typingRuns.widget), maxKeyLag(typingRuns.lit)),
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
    const maxima = (runs: readonly Journey[]) => runs.map((run) => ms(run.maxKeyLag)).join(', ');
    console.log(
      `\nmax keystroke of each typing run: widget ${maxima(typingRuns.widget)}; static ${maxima(typingRuns.static)}; lit ${maxima(typingRuns.lit)}`,
    );
    for (const line of itemisedLines('US person journey', usPerson.files)) console.log(line);
    for (const line of itemisedLines('JP company journey', jpCompany.files)) console.log(line);
  } finally {
    await browser.close();
    await site.close();
    await emulator.close();
  }
}

await main();
