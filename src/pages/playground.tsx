/**
 * /playground — the three in-browser training playgrounds on one page, each beside a
 * short note of what to try and a link to the note that explains it. Each playground is
 * the same component as in its note; its worker and the engine load on the first Train.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import GanPlayground from '@site/src/playgrounds/GanPlayground';
import FlowPlayground from '@site/src/playgrounds/FlowPlayground';
import CharTransformerPlayground from '@site/src/playgrounds/CharTransformerPlayground';
import styles from './playground.module.css';

export default function PlaygroundPage(): ReactNode {
  return (
    <Layout
      title="Train it yourself"
      description="Three small generative models trained live in your browser: a GAN, flow matching against diffusion, and a character-level transformer.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Train it yourself</Heading>
        <p>
          Three real models, trained in your browser while you watch. Nothing is precomputed: each press of
          Train runs gradient descent in a background thread (a Web Worker) on a small engine written for this
          site, so the page stays responsive. The same seed gives the same run. Each playground sits beside
          the note that explains it; this page gathers them.
        </p>
        <section aria-labelledby="gan">
          <Heading as="h2" id="gan">
            A GAN on 2-D data
          </Heading>
          <p>
            A generator and a discriminator, two small networks, play their game on points in the plane. Try
            the mode-collapse preset, then the default settings, and compare. Explained in{' '}
            <Link to="/docs/models/gans#playground">Generative adversarial networks</Link>.
          </p>
          <GanPlayground />
        </section>
        <section aria-labelledby="flow">
          <Heading as="h2" id="flow">
            Flow matching against diffusion
          </Heading>
          <p>
            A velocity network and a noise-prediction network learn the same 2-D data. Slide the number of
            sampling steps from 100 down to 1 and compare the paths and the quality numbers. Explained in{' '}
            <Link to="/docs/models/flow-matching#playground">Flow matching</Link>.
          </p>
          <FlowPlayground />
        </section>
        <section aria-labelledby="char-transformer">
          <Heading as="h2" id="char-transformer">
            A tiny language model
          </Heading>
          <p>
            A one-layer transformer learns to predict the next character of Ecclesiastes, or of a text you
            paste. Watch its loss drop below the unigram baseline and its samples turn from letter soup into
            word shapes. Explained in{' '}
            <Link to="/docs/models/large-language-models#playground">Large language models</Link>.
          </p>
          <CharTransformerPlayground />
        </section>
      </main>
    </Layout>
  );
}
