import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {LEARNING_PATHS, TOPIC_SECTIONS} from '@site/src/data/learning-paths';
import {useDocLinkResolver} from '@site/src/utils/docLinks';
import PathProgress from '@site/src/components/PathProgress';
import ProgressPanel from '@site/src/components/ProgressPanel';
import styles from './index.module.css';

function Hero(): ReactNode {
  const searchAction = useBaseUrl('/search');
  return (
    <div className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.title}>
          Generative AI, explained
        </Heading>
        <p className={styles.lead}>
          An open knowledge base on how generative models work and what they mean: GANs, VAEs, diffusion,
          transformers and large language models, with the math, the sources and the open questions. Written
          for curious newcomers, deep enough for students and teachers.
        </p>
        <form
          className={styles.search}
          role="search"
          aria-label="Search the notes"
          action={searchAction}
          method="get">
          <label htmlFor="home-search" className={styles.searchLabel}>
            Search the notes
          </label>
          <div className={styles.searchRow}>
            <input
              id="home-search"
              className={styles.searchInput}
              type="search"
              name="q"
              placeholder="Try “mode collapse”, “ELBO” or “RLHF”"
            />
            <button type="submit" className="button button--primary">
              Search
            </button>
          </div>
        </form>
        <div className={styles.actions}>
          <Link className="button button--secondary button--lg" to="/docs/fundamentals/what-is-generative-ai">
            Start with the basics
          </Link>
          <Link className="button button--outline button--primary button--lg" to="/docs/models">
            Go to the models
          </Link>
        </div>
      </div>
    </div>
  );
}

function LearningPaths(): ReactNode {
  const resolve = useDocLinkResolver();
  return (
    <section className={styles.section} aria-labelledby="learning-paths">
      <Heading as="h2" id="learning-paths">
        Learning paths
      </Heading>
      <p>Pick a path and read the pages in order; each builds on the one before.</p>
      <div className={styles.grid}>
        {LEARNING_PATHS.map((path) => {
          const steps = path.steps.map((step) => ({
            ...step,
            href: resolve(step.doc, `src/data/learning-paths.ts: path "${path.id}"`),
          }));
          return (
            <div key={path.id} className={styles.card}>
              <Heading as="h3" id={path.id}>
                {path.title}
              </Heading>
              <p className={styles.audience}>{path.audience}</p>
              <PathProgress steps={steps} />
              <ol>
                {steps.map((step) => (
                  <li key={step.doc}>
                    <Link to={step.href}>{step.title}</Link>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </div>
      <ProgressPanel id="your-progress" />
    </section>
  );
}

function TopicMap(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="topic-map">
      <Heading as="h2" id="topic-map">
        Topic map
      </Heading>
      <ul className={styles.topics}>
        {TOPIC_SECTIONS.map((topic) => (
          <li key={topic.category} className={styles.topic}>
            <Link to={topic.category} className={styles.topicLink}>
              <span className={styles.topicTitle}>{topic.title}</span>
              <span className={styles.topicSummary}>{topic.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function About(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="about">
      <Heading as="h2" id="about">
        How the notes are made
      </Heading>
      <ul>
        <li>
          Every fact a reader might doubt cites its primary source: the paper, statute or official page.
        </li>
        <li>Every page shows when its facts were last checked, and claims that can go stale are dated.</li>
        <li>Every section has a stable address, so course material can link to it for years.</li>
        <li>
          Notes and figures are CC BY 4.0: teachers may copy and adapt them with credit. The code is MIT
          licensed.
        </li>
      </ul>
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title="Learn how generative AI works"
      description="An open knowledge base on generative AI: how GANs, VAEs, diffusion models, transformers and LLMs work, with the math, and what they mean.">
      <main>
        <Hero />
        <div className="container">
          <LearningPaths />
          <TopicMap />
          <About />
        </div>
      </main>
    </Layout>
  );
}
