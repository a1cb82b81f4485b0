// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {act, cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it, vi} from 'vitest';
// The stand-in that vitest.config.mts puts in place of @docusaurus/useBrokenLinks.
import {collected} from '@site/tests/mocks/docusaurus/useBrokenLinks';
import Callout, {
  CALLOUT_VARIANTS,
  DeepDive,
  InTheWild,
  KeyIdea,
  NotLegalAdvice,
  Pitfall,
  type Props,
} from '.';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  collected.anchors.length = 0;
});

/** Renders and expects a throw, without React's error noise in the test output. */
function expectRenderError(element: React.ReactElement, message: RegExp): void {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(() => render(element)).toThrow(message);
  } finally {
    spy.mockRestore();
  }
}

describe('Callout', () => {
  it('labels each variant in words, as a note named by its heading', () => {
    render(
      <>
        <KeyIdea>Similar meaning becomes a small angle.</KeyIdea>
        <Pitfall title="two meanings of t">Read the first paragraph.</Pitfall>
        <InTheWild>Search engines use this.</InTheWild>
        <NotLegalAdvice>Ask a lawyer.</NotLegalAdvice>
      </>,
    );
    expect(screen.getAllByRole('note')).toHaveLength(4);
    expect(screen.getByRole('note', {name: 'Key idea'}).textContent).toBe(
      'Key ideaSimilar meaning becomes a small angle.',
    );
    expect(screen.getByRole('note', {name: 'Pitfall: two meanings of t'})).toBeTruthy();
    expect(screen.getByRole('note', {name: 'In the wild'})).toBeTruthy();
    expect(screen.getByRole('note', {name: 'Not legal advice'})).toBeTruthy();
  });

  it('uses the Infima alert colours of the matching admonition, and a decorative icon', () => {
    const {container} = render(<Pitfall>Careful.</Pitfall>);
    const box = container.firstElementChild;
    expect(box?.classList.contains('alert')).toBe(true);
    expect(box?.classList.contains('alert--warning')).toBe(true);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(CALLOUT_VARIANTS['key-idea'].alertClass).toBe('alert--success');
  });

  it('renders on the server, a deep dive closed but with its content in the HTML', () => {
    const html = renderToString(
      <>
        <KeyIdea>Noise is the clean image in disguise.</KeyIdea>
        <DeepDive id="elbo-derivation" title="Deriving the ELBO">
          <p>Start from Bayes’ rule.</p>
        </DeepDive>
      </>,
    );
    expect(html).toContain('Noise is the clean image in disguise.');
    expect(html).toMatch(/<details id="elbo-derivation"[^>]*>/);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).toContain('Deriving the ELBO');
    expect(html).toContain('<p>Start from Bayes’ rule.</p>');
  });

  it('registers its anchor for the broken-anchor check', () => {
    render(
      <DeepDive id="optimal-discriminator-derivation" title="Why the ratio">
        Calculus.
      </DeepDive>,
    );
    expect(collected.anchors).toContain('optimal-discriminator-derivation');
  });
});

describe('DeepDive', () => {
  const dive = (
    <DeepDive id="elbo-derivation" title="Deriving the ELBO">
      <p id="step-3">Average over the codes.</p>
    </DeepDive>
  );

  it('is a closed disclosure whose toggle names it, and opens on click', async () => {
    const user = userEvent.setup();
    const {container} = render(dive);
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    const summary = container.querySelector('summary');
    expect(summary?.textContent).toBe('Deep dive: Deriving the ELBO');
    // A native <summary>: the browser also toggles it with Enter and Space.
    if (summary) await user.click(summary);
    expect(details?.open).toBe(true);
  });

  it('opens when the page loads with its id as the hash', () => {
    window.history.replaceState(null, '', '/docs/models/vaes#elbo-derivation');
    const {container} = render(dive);
    expect(container.querySelector('details')?.open).toBe(true);
  });

  it('opens when the hash changes to its id or to an element inside it', () => {
    const {container} = render(dive);
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    act(() => {
      window.history.replaceState(null, '', '/docs/models/vaes#step-3');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(details?.open).toBe(true);
  });

  it('stays closed for other hashes', () => {
    window.history.replaceState(null, '', '/docs/models/vaes#elbo');
    const {container} = render(dive);
    expect(container.querySelector('details')?.open).toBe(false);
  });
});

describe('malformed callouts throw with a clear message', () => {
  it('rejects a deep dive without an id or a title', () => {
    expectRenderError(
      <Callout variant="deep-dive" title="Deriving the ELBO">
        x
      </Callout>,
      /Callout \(deep-dive\): a deep dive needs an id/,
    );
    expectRenderError(
      <Callout variant="deep-dive" id="elbo-derivation">
        x
      </Callout>,
      /Callout \(deep-dive #elbo-derivation\): a deep dive needs a title/,
    );
  });

  it('rejects an unknown variant, a bad id and empty content', () => {
    const unknown = {variant: 'note', children: 'x'} as unknown as Props;
    expectRenderError(
      <Callout {...unknown} />,
      /Callout: unknown variant "note". Use one of: key-idea, pitfall/,
    );
    expectRenderError(<KeyIdea id="Not An Id">x</KeyIdea>, /id "Not An Id" must be lower-case kebab-case/);
    expectRenderError(<Pitfall>{'  '}</Pitfall>, /Callout \(pitfall\): has no content/);
    expectRenderError(<Pitfall title=" ">x</Pitfall>, /title is empty/);
  });
});
