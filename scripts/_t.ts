import { chromium } from 'playwright-core';
import { findBoxProblems, layOutForPrint } from '/work/wt-print/tests/support/print-boxes.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
await layOutForPrint(page, `<html lang=de><body><div style="width:60px;overflow-wrap:anywhere">ein Kundenkontaktmitarbeitende und Kun\u00ADden\u00ADkon\u00ADtakt\u00ADmit\u00ADar\u00ADbei\u00ADten\u00ADde</div><table style="width:80px"><tr><td>Beobachtungsbogen</td><td>x</td></tr></table></body></html>`, 'A4', 13);
await page.evaluate('globalThis.__name = (f) => f');
console.log(await findBoxProblems(page));
await browser.close();
