import { findUnpublishablePages } from '../../src/core/library/publishing.ts';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Library } from '../../src/core/library/library.ts';
import { findOneWayRelations, findUncitedPoints } from '../../src/core/library/cross-page.ts';
import { CATEGORY_IDS } from '../../src/schemas/taxonomy.ts';
import { neighboursInCategory } from '../../src/core/library/navigation.ts';
import { sharedLibrary } from '../support/library.ts';

/** The failure modes the articles describe; each must have its own page. */
const REQUIRED_MODES = [
  'no-service-vision',
  'hiring-for-skills-not-fit',
  'untrained-or-mistrained-staff',
  'one-and-done-training',
  'leaders-dont-model-service',
  'wins-not-recognised',
  'service-as-a-department',
  'employees-treated-worse-than-customers',
  'leadership-overestimates-service',
  'profit-over-relationship',
  'blaming-the-front-line',
  'mandates-without-dialogue',
  'empowerment-in-name-only',
  'no-recovery-plan',
  'yesterdays-response-standards',
  'no-continuous-improvement',
  'company-centred-processes',
  'clunky-tools',
  'understaffing',
  'employees-kept-in-the-dark',
  'goals-not-shared',
  'no-behavioural-standards',
  'no-room-for-fun',
  'leaders-dont-jump-in',
];

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary();
});

describe('the playbook library', () => {
  test("each page's previous and next are the pages beside it in its own category, in library order", () => {
    for (const category of CATEGORY_IDS) {
      const inCategory = library.modes.filter((m) => m.category === category);
      inCategory.forEach((mode, i) => {
        const { previous, next } = neighboursInCategory(library, mode.id);
        expect([previous?.id, next?.id], mode.id).toEqual([inCategory[i - 1]?.id, inCategory[i + 1]?.id]);
      });
    }
    expect(neighboursInCategory(library, 'no-such-page')).toEqual({});
  });

  test('has a page for every failure mode the articles describe', () => {
    expect(library.modes.map((m) => m.id).sort()).toEqual(expect.arrayContaining([...REQUIRED_MODES].sort()));
  });

  test('cites every numbered point or heading of every article', () => {
    expect(findUncitedPoints(library)).toEqual([]);
  });

  test('lists the five source articles', () => {
    expect(library.articles).toHaveLength(5);
  });

  test('keeps related links two-way, so readers can always find their way back', () => {
    expect(findOneWayRelations(library.modes)).toEqual([]);
  });

  test('every page is publishable: a complete kit, one headline statement, some reverse-keyed ones', () => {
    expect(findUnpublishablePages(library.modes)).toEqual([]);
  });

  test('about a quarter of all diagnostic statements are reverse-keyed', () => {
    const all = library.modes.flatMap((m) => m.diagnosticQuestions);
    const share = all.filter((q) => q.reversed).length / all.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.35);
  });

  test('uses every category', () => {
    expect(new Set(library.modes.map((m) => m.category))).toEqual(new Set(CATEGORY_IDS));
  });

  test.each(REQUIRED_MODES)('%s has the body sections a manager expects', (id) => {
    const mode = library.modes.find((m) => m.id === id);
    expect(mode, `content/failure-modes/${id}.mdx`).toBeDefined();
    expect(mode!.body).toMatch(/^## Why it happens$/m);
    expect(mode!.body).toMatch(/^## What it costs$/m);
    expect(mode!.body).toMatch(/^## Where to start$/m);
    expect(mode!.body).toMatch(/:::example\[|^## An example$/m);
    expect(mode!.body).toContain(':var[company]');
    const words = mode!.body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(200);
  });

  test('the empowerment page shows the empowerment table', () => {
    expect(library.modes.find((m) => m.id === 'empowerment-in-name-only')!.body).toMatch(
      /^::empowerment-table$/m,
    );
  });
});

const overlapTool = '../shared/tools/seed-overlap';
describe.skipIf(!existsSync(overlapTool) && process.env.CI !== 'true')('our own words', () => {
  test('no run of 8 or more words matches a source article', () => {
    let output = '';
    try {
      output = execFileSync(overlapTool, ['.'], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.trim()).toBe('0 shared runs of 8+ words');
  });
});
