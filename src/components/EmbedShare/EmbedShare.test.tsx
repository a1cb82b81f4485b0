// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it, vi} from 'vitest';
import EmbedShare, {iframeSnippet} from '.';

const props = {name: 'attention-explorer', title: 'Attention explorer: one head', height: '900'};
const SNIPPET =
  '<iframe src="https://genai-knowledge-base.github.io/embed/attention-explorer" title="Attention explorer: one head" ' +
  'width="100%" height="900" style="border:0;max-width:60rem" loading="lazy"></iframe>';

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? {writeText} : undefined,
  });
}

describe('EmbedShare', () => {
  afterEach(cleanup);

  it('holds the iframe snippet, with the site address, in the server HTML', () => {
    const html = renderToString(<EmbedShare {...props} />);
    expect(html).toMatch(/^<details[^>]*><summary[^>]*>Share or embed<\/summary>/);
    expect(html).toContain('readOnly');
    expect(html).toContain(
      SNIPPET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    );
  });

  it('escapes the title for HTML', () => {
    expect(iframeSnippet('https://x.org/embed/a', 'Say "hi" & <go>', 500)).toContain(
      'title="Say &quot;hi&quot; &amp; &lt;go>"',
    );
  });

  it('copies the snippet and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    stubClipboard(writeText);
    render(<EmbedShare {...props} />);
    await user.click(screen.getByText('Share or embed'));
    expect(screen.getByRole('textbox', {name: /Embed this explorer/})).toHaveProperty('value', SNIPPET);
    await user.click(screen.getByRole('button', {name: 'Copy'}));
    expect(writeText).toHaveBeenCalledWith(SNIPPET);
    expect(screen.getByRole('status').textContent).toBe('Copied the snippet to the clipboard.');
  });

  it('selects the snippet when there is no clipboard', async () => {
    const user = userEvent.setup();
    stubClipboard(undefined);
    render(<EmbedShare {...props} />);
    await user.click(screen.getByText('Share or embed'));
    await user.click(screen.getByRole('button', {name: 'Copy'}));
    const box = screen.getByRole<HTMLTextAreaElement>('textbox');
    expect(box.selectionEnd - box.selectionStart).toBe(SNIPPET.length);
    expect(screen.getByRole('status').textContent).toMatch(
      /^Copying is not available here\. The snippet is selected/,
    );
  });
});
