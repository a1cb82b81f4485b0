// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it, vi} from 'vitest';
import CiteThisPage from '.';

const gans = {
  title: 'Generative adversarial networks (GANs)',
  url: 'https://genai-knowledge-base.github.io/docs/models/gans',
  lastReviewed: '2026-11-22',
  siteTitle: 'Generative AI, explained',
};

const APA =
  'Generative AI, explained. (2026, November 22). Generative adversarial networks (GANs). ' +
  'https://genai-knowledge-base.github.io/docs/models/gans';

/** Replaces navigator.clipboard (user-event installs its own stub on setup). */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? {writeText} : undefined,
  });
}

describe('CiteThisPage', () => {
  afterEach(cleanup);

  it('is a labelled section with both citations visible as text', () => {
    render(<CiteThisPage {...gans} />);
    const section = screen.getByRole('region', {name: 'Cite this page'});
    expect(section.textContent).toContain(APA);
    expect(section.querySelector('pre')?.textContent).toMatch(/^@misc\{generative-ai-explained:models-gans,/);
    expect(section.querySelector('i')?.textContent).toBe('Generative adversarial networks (GANs).');
    expect(section.getAttribute('data-pagefind-ignore')).toBe('all');
  });

  it('copies the APA and the BibTeX citation and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<CiteThisPage {...gans} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    await user.click(screen.getByRole('button', {name: 'Copy APA citation'}));
    expect(writeText).toHaveBeenLastCalledWith(APA);
    expect(status.textContent).toBe('Copied the APA citation to the clipboard.');

    await user.click(screen.getByRole('button', {name: 'Copy BibTeX citation'}));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('title  = {{Generative adversarial'));
    expect(status.textContent).toBe('Copied the BibTeX citation to the clipboard.');
  });

  it('is usable by keyboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<CiteThisPage {...gans} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Copy APA citation'}));
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(APA);
  });

  it('without a clipboard API, selects the citation text and says how to copy it', async () => {
    const user = userEvent.setup();
    stubClipboard(undefined);
    render(<CiteThisPage {...gans} />);
    await user.click(screen.getByRole('button', {name: 'Copy BibTeX citation'}));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Copying is not available.*BibTeX citation is selected/,
    );
    expect(window.getSelection()?.toString()).toContain('@misc{generative-ai-explained:models-gans,');
  });

  it('falls back the same way when the browser refuses to write', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(<CiteThisPage {...gans} />);
    await user.click(screen.getByRole('button', {name: 'Copy APA citation'}));
    expect(screen.getByRole('status').textContent).toMatch(/APA citation is selected/);
    expect(window.getSelection()?.toString()).toContain('(2026, November 22)');
  });

  it('renders on the server with the citations in the HTML', () => {
    const html = renderToString(<CiteThisPage {...gans} />);
    expect(html).toContain('Cite this page');
    expect(html).toContain('@misc{generative-ai-explained:models-gans,');
    expect(html).toContain('(2026, November 22)');
    expect(html).toContain('role="status"');
  });

  it('throws on a relative URL', () => {
    expect(() => renderToString(<CiteThisPage {...gans} url="/docs/models/gans" />)).toThrow(
      /CiteThisPage: the url "\/docs\/models\/gans" is not absolute/,
    );
  });
});
