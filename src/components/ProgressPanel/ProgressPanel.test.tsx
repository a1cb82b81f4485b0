// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {EMPTY_PROGRESS, recordQuizScore, setRead} from '@site/src/utils/progress';
import {serializeProgress} from '@site/src/utils/progressFile';
import {storageKey} from '@site/src/utils/useProgress';
import ProgressPanel from '.';

const KEY = storageKey('/');
const AT = new Date('2026-12-01T09:00:00Z');
// The docs the test stand-in of the docs plugin knows: models/gans, models/vaes, …
const SOME = recordQuizScore(setRead(EMPTY_PROGRESS, 'models/gans', true, AT), 'models/gans', 2, 4, AT);

const jsonFile = (text: string, name = 'progress.json') => new File([text], name, {type: 'application/json'});
const status = () => screen.getByRole('status').textContent;

beforeEach(() => {
  window.localStorage.clear();
  // jsdom's File has no text(); browsers have had it since 2019.
  if (!('text' in File.prototype)) {
    Object.defineProperty(File.prototype, 'text', {
      configurable: true,
      value(this: File) {
        return new Promise<string>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.readAsText(this);
        });
      },
    });
  }
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ProgressPanel', () => {
  it('says what the browser keeps', () => {
    window.localStorage.setItem(KEY, JSON.stringify(SOME));
    render(<ProgressPanel id="your-progress" />);
    expect(screen.getByRole('region', {name: 'Your progress'}).textContent).toContain(
      'This browser keeps 1 note read and 1 quiz score.',
    );
  });

  it('imports a valid file, adding it to what the browser has', async () => {
    window.localStorage.setItem(KEY, JSON.stringify(SOME));
    render(<ProgressPanel id="your-progress" />);
    const file = jsonFile(serializeProgress(setRead(EMPTY_PROGRESS, 'models/vaes', true, AT)));
    await userEvent.upload(screen.getByLabelText('Import progress from an exported file'), file);
    await vi.waitFor(() =>
      expect(status()).toBe(
        'Imported 1 note read and 0 quiz scores from progress.json, added to what this browser had.',
      ),
    );
    expect(Object.keys(JSON.parse(window.localStorage.getItem(KEY) ?? '{}').read)).toEqual([
      'models/gans',
      'models/vaes',
    ]);
    expect(screen.getByText('This browser keeps 2 notes read and 1 quiz score.')).toBeTruthy();
  });

  it('refuses a wrong file, says why, and changes nothing', async () => {
    window.localStorage.setItem(KEY, JSON.stringify(SOME));
    const before = window.localStorage.getItem(KEY);
    render(<ProgressPanel id="your-progress" />);
    const input = screen.getByLabelText('Import progress from an exported file');
    await userEvent.upload(
      input,
      jsonFile('{"version": 1, "read": {"models/unicorns": "2026-12-01"}}', 'odd.json'),
    );
    await vi.waitFor(() =>
      expect(status()).toBe(
        'Nothing was imported from odd.json. The file names a page this site does not have: "models/unicorns".',
      ),
    );
    await userEvent.upload(input, jsonFile('a shopping list', 'list.txt'));
    await vi.waitFor(() =>
      expect(status()).toMatch(/^Nothing was imported from list\.txt\. The file is not JSON/),
    );
    expect(window.localStorage.getItem(KEY)).toBe(before);
  });

  it('resets only when the reader confirms', async () => {
    window.localStorage.setItem(KEY, JSON.stringify(SOME));
    render(<ProgressPanel id="your-progress" />);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const reset = screen.getByRole('button', {name: 'Reset my progress'});
    await userEvent.click(reset);
    expect(confirm).toHaveBeenLastCalledWith(
      'Reset your progress? This forgets 1 note read and 1 quiz score in this browser.',
    );
    expect(status()).toBe('Your progress is unchanged.');
    expect(window.localStorage.getItem(KEY)).not.toBeNull();
    await userEvent.click(reset);
    expect(window.localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByText('Nothing kept yet.')).toBeTruthy();
  });

  it('renders on the server with its controls disabled and no progress', () => {
    window.localStorage.setItem(KEY, JSON.stringify(SOME));
    const html = renderToString(<ProgressPanel id="your-progress" />);
    expect(html).toContain('id="your-progress"');
    expect(html).not.toContain('This browser keeps');
    expect(html).not.toContain('Nothing kept yet');
    expect(html.match(/disabled=""/g)).toHaveLength(3);
  });
});
