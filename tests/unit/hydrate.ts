/**
 * Renders an element to HTML as the build does, puts that HTML in the document and
 * hydrates it as the browser does (inside `act`, so effects and transitions have run when
 * it resolves). For tests of what a page shows before and after hydration; needs jsdom.
 */
import type {ReactElement} from 'react';
import {renderToString} from 'react-dom/server';
import {hydrateRoot, type Root} from 'react-dom/client';
import {act} from '@testing-library/react';

export type Hydrated = {
  /** The server HTML. */
  html: string;
  container: HTMLDivElement;
  root: Root;
  /** What React reported through `onRecoverableError` (a hydration mismatch lands here). */
  recoverable: unknown[];
};

export async function hydrateFromServer(element: ReactElement): Promise<Hydrated> {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, element, {onRecoverableError: (error) => recoverable.push(error)}),
  );
  return {html, container, root, recoverable};
}
