// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it, vi} from 'vitest';
import Term from '.';

const ELBO = 'A lower bound on the log-likelihood that a VAE maximises.';

afterEach(cleanup);

function renderInProse() {
  return render(
    <p>
      A VAE maximises the{' '}
      <Term id="elbo" definition={ELBO}>
        ELBO
      </Term>{' '}
      and <button type="button">reads on</button>.
    </p>,
  );
}

describe('Term', () => {
  it('links to the glossary entry and is described by its definition tooltip', () => {
    renderInProse();
    const link = screen.getByRole('link', {name: 'ELBO', description: ELBO});
    expect(link.getAttribute('href')).toBe('/docs/glossary#elbo');
    const tooltip = screen.getByRole('tooltip', {hidden: true});
    expect(tooltip.textContent).toBe(ELBO);
    expect(link.getAttribute('aria-describedby')).toBe(tooltip.id);
    // The definition is outside the link, so it does not become part of the link's name.
    expect(link.contains(tooltip)).toBe(false);
  });

  it('puts the tooltip in the static HTML, out of the search index', () => {
    const html = renderToString(
      <Term id="elbo" definition={ELBO}>
        ELBO
      </Term>,
    );
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`role="tooltip" id="${describedBy}"`);
    expect(html).toContain(ELBO);
    expect(html).toContain('data-pagefind-ignore=""');
    expect(html).toContain('href="/docs/glossary#elbo"');
  });

  it('gives every instance its own tooltip id', () => {
    render(
      <>
        <Term id="token" definition="A piece of text.">
          token
        </Term>
        <Term id="token" definition="A piece of text.">
          tokens
        </Term>
      </>,
    );
    const ids = screen.getAllByRole('tooltip', {hidden: true}).map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('is dismissed with Escape while focused, and comes back on the next focus', async () => {
    const user = userEvent.setup();
    const {container} = renderInProse();
    const wrapper = container.querySelector('[aria-describedby]')?.parentElement;
    await user.tab();
    expect(screen.getByRole('link', {name: 'ELBO'})).toBe(document.activeElement);
    expect(wrapper?.hasAttribute('data-dismissed')).toBe(false);
    await user.keyboard('{Escape}');
    expect(wrapper?.getAttribute('data-dismissed')).toBe('true');
    // Focus stays on the link: dismissing does not move focus.
    expect(screen.getByRole('link', {name: 'ELBO'})).toBe(document.activeElement);
    await user.tab();
    await user.tab({shift: true});
    expect(wrapper?.hasAttribute('data-dismissed')).toBe(false);
  });

  it('is dismissed with Escape while hovered, with focus elsewhere', async () => {
    const user = userEvent.setup();
    const {container} = renderInProse();
    const wrapper = container.querySelector('[aria-describedby]')?.parentElement;
    if (!wrapper) throw new Error('no wrapper');
    await user.hover(screen.getByRole('link', {name: 'ELBO'}));
    // The pointer can move onto the tooltip itself (it is inside the hover target).
    await user.hover(screen.getByRole('tooltip', {hidden: true}));
    expect(wrapper.hasAttribute('data-dismissed')).toBe(false);
    await user.keyboard('{Escape}');
    expect(wrapper.getAttribute('data-dismissed')).toBe('true');
    await user.unhover(wrapper);
    await user.hover(wrapper);
    expect(wrapper.hasAttribute('data-dismissed')).toBe(false);
  });

  it('throws when the definition or a valid id is missing', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() =>
        render(
          <Term id="elbo" definition="">
            ELBO
          </Term>,
        ),
      ).toThrow(
        /Term "elbo": no definition. Write the term as a Markdown link, \[text\]\(\.\.\/reference\/glossary\.mdx#elbo\)/,
      );
      expect(() =>
        render(
          <Term id="ELBO!" definition={ELBO}>
            ELBO
          </Term>,
        ),
      ).toThrow('Term: id "ELBO!" is not a glossary id');
      expect(() =>
        render(
          <Term id="elbo" definition={ELBO}>
            {''}
          </Term>,
        ),
      ).toThrow('Term "elbo": has no text to link.');
    } finally {
      spy.mockRestore();
    }
  });
});
