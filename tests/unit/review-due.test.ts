/**
 * `npm run review-due` with an injected "today": which notes are due, in what order, the
 * six-month boundary, and the message when none are. It is a report: it never fails.
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findReviewDue, formatReport, monthsBefore} from '../../scripts/review-due.mjs';

const siteDir = path.resolve(__dirname, '../fixtures/review-due');

describe('npm run review-due', () => {
  it('counts six calendar months back, clamping to the end of a shorter month', () => {
    expect(monthsBefore('2026-12-01', 6)).toBe('2026-06-01');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2028-08-31', 6)).toBe('2028-02-29');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });

  it('lists the notes last reviewed more than six months ago, oldest first', () => {
    const report = findReviewDue({siteDir, today: '2026-12-01'});
    expect(report.cutoff).toBe('2026-06-01');
    expect(report.due.map((n) => [n.file, n.lastReviewed, n.months])).toEqual([
      ['docs/models/older.mdx', '2025-11-30', 12],
      ['docs/models/old.mdx', '2026-01-15', 10],
    ]);
    expect(report.unreadable).toEqual([{file: 'docs/models/unreadable.mdx'}]);
    // Unlisted test pages are never due.
    expect(report.checked).toBe(5);
  });

  it('treats a note reviewed exactly six months ago as not yet due, and due a day later', () => {
    const files = (today: string) => findReviewDue({siteDir, today}).due.map((n) => n.file);
    expect(files('2026-12-01')).not.toContain('docs/models/boundary.mdx');
    expect(files('2026-12-02')).toContain('docs/models/boundary.mdx');
  });

  it('writes a Markdown table, or says plainly that nothing is due', () => {
    const due = formatReport(findReviewDue({siteDir, today: '2026-12-01'}));
    expect(due).toContain('2 notes are due, oldest first:');
    expect(due).toContain('| The oldest note | `docs/models/older.mdx` | 2025-11-30 | 12 |');
    expect(due).toContain('`last_reviewed` is not a YYYY-MM-DD date in: `docs/models/unreadable.mdx`.');
    const none = formatReport({...findReviewDue({siteDir, today: '2026-12-01'}), due: [], unreadable: []});
    expect(none).toContain(
      'No note is due for review: every `last_reviewed` date is on or after 2026-06-01.',
    );
  });

  it('exits 0 from the command line, even for a bad --today', () => {
    const script = path.resolve(__dirname, '../../scripts/review-due.mjs');
    const out = execFileSync(process.execPath, [script, '--today', '2026-12-01'], {encoding: 'utf8'});
    expect(out).toMatch(/^## Notes due for review/);
    expect(execFileSync(process.execPath, [script, '--today', 'tomorrow'], {encoding: 'utf8'})).toMatch(
      /--today must be a date written YYYY-MM-DD/,
    );
  });
});
