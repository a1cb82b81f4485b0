/**
 * A dated timeline of milestones, from src/data/timeline.json by default: an ordered list,
 * oldest first, each entry with its date in a <time>, a text label for its kind (paper,
 * model, product, policy, award), why it mattered, and its primary sources.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import timelineData from '@site/src/data/timeline.json';
import {useDocLinkResolver} from '@site/src/utils/docLinks';
import {
  KIND_LABELS,
  checkMilestones,
  countByKind,
  formatPartialDate,
  parseInlineLinks,
  type Milestone,
} from './milestones';
import styles from './styles.module.css';

export type {Milestone, MilestoneKind, MilestoneSource} from './milestones';

export type Props = {
  /** How to read the timeline; shown in the caption above the list, before a count of the entries. */
  children?: ReactNode;
  /** The milestones to show, in any order. Defaults to src/data/timeline.json. */
  milestones?: readonly Milestone[];
};

/** Milestone text with its `[label](target)` links turned into links (doc ids are resolved and checked). */
function TextWithLinks({text}: {text: string}): ReactNode {
  const resolve = useDocLinkResolver();
  return parseInlineLinks(text).map((part, index) => {
    if (!('target' in part)) return <React.Fragment key={index}>{part.text}</React.Fragment>;
    return part.external ? (
      <Link key={index} href={part.target}>
        {part.text}
      </Link>
    ) : (
      <Link key={index} to={resolve(part.target, `Timeline: link "${part.text}"`)}>
        {part.text}
      </Link>
    );
  });
}

function MilestoneItem({milestone}: {milestone: Milestone}): ReactNode {
  const {date, dateLabel, kind, title, description, sources} = milestone;
  return (
    <li className={clsx(styles.item, styles[kind])}>
      <p className={styles.when}>
        <time dateTime={date} className={styles.date}>
          {dateLabel ?? formatPartialDate(date)}
        </time>{' '}
        <span className={styles.kind}>
          <span className={styles.marker} aria-hidden="true" />
          {KIND_LABELS[kind].one}
        </span>
      </p>
      <div className={styles.body}>
        <p className={styles.title}>
          <TextWithLinks text={title} />
        </p>
        <p className={styles.description}>
          <TextWithLinks text={description} />
        </p>
        <p className={styles.sources}>
          {sources.length > 1 ? 'Sources: ' : 'Source: '}
          {sources.map((source, index) => (
            <React.Fragment key={source.url}>
              {index > 0 && ', '}
              <Link href={source.url}>{source.label}</Link>
            </React.Fragment>
          ))}
        </p>
      </div>
    </li>
  );
}

export default function Timeline({children, milestones}: Props): ReactNode {
  const list = checkMilestones(milestones ?? timelineData, milestones ? 'the milestones prop' : undefined);
  const first = list[0];
  const last = list[list.length - 1];
  const counts = countByKind(list)
    .map(
      ([kind, count]) =>
        `${count} ${count === 1 ? KIND_LABELS[kind].one.toLowerCase() : KIND_LABELS[kind].many}`,
    )
    .join(', ');
  return (
    <figure className={styles.timeline}>
      <figcaption className={styles.caption}>
        {children}
        {first && last && (
          <p className={styles.summary}>
            {list.length} {list.length === 1 ? 'milestone' : 'milestones'}, oldest first, from{' '}
            {first.dateLabel ?? formatPartialDate(first.date)} to{' '}
            {last.dateLabel ?? formatPartialDate(last.date)}: {counts}.
          </p>
        )}
      </figcaption>
      <ol className={styles.list}>
        {list.map((milestone) => (
          <MilestoneItem key={`${milestone.date} ${milestone.title}`} milestone={milestone} />
        ))}
      </ol>
    </figure>
  );
}
