// Makes the home-screen icons in public/icons/ from the OpenMoji handshake (run once by hand:
// node src/build/make-icons.mjs). The PNGs are committed; the build does not run this.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const svg = readFileSync(new URL('../../node_modules/openmoji/color/svg/1F91D.svg', import.meta.url), 'utf8');
const b64 = Buffer.from(svg).toString('base64');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, size, inner, radius] of [['icon-192', 192, 0.86, 0.18], ['icon-512', 512, 0.86, 0.18], ['maskable-512', 512, 0.62, 0]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px;background:#f3f2f1;border-radius:${radius*100}%;display:flex;align-items:center;justify-content:center;box-sizing:border-box;border:${name==='maskable-512'?0:Math.round(size*0.03)}px solid #08437f"><img src="data:image/svg+xml;base64,${b64}" style="width:${inner*100}%;height:${inner*100}%"></div></body></html>`);
  await page.screenshot({ path: new URL(`../../public/icons/${name}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
