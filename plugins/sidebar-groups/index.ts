/**
 * The models section has grown past what one flat list keeps findable, so its notes are
 * shown in three groups. The sidebar is still generated from the folders (nothing else
 * changes, and no URL does: groups are labels in the sidebar, not folders or routes).
 * A note of docs/models/ that no group names is listed ungrouped after the notation page;
 * the unit test fails for it, so a new note is placed on purpose.
 */
import type {PluginOptions} from '@docusaurus/plugin-content-docs';

type SidebarItemsGeneratorOption = PluginOptions['sidebarItemsGenerator'];
type GeneratedItems = Awaited<ReturnType<SidebarItemsGeneratorOption>>;
type Item = GeneratedItems[number];

export type SidebarGroup = {label: string; docs: readonly string[]};

/** The groups of the models section, each in reading order. */
export const MODEL_GROUPS: readonly SidebarGroup[] = [
  {
    label: 'Generative model families',
    docs: [
      'models/gans',
      'models/vaes',
      'models/autoregressive-models',
      'models/diffusion-models',
      'models/normalizing-flows',
      'models/score-based-models',
      'models/flow-matching',
      'models/fast-sampling',
    ],
  },
  {
    label: 'Architectures',
    docs: [
      'models/transformers',
      'models/embeddings',
      'models/efficient-attention',
      'models/mixture-of-experts',
      'models/diffusion-transformers',
    ],
  },
  {
    label: 'Language and multimodal models',
    docs: [
      'models/large-language-models',
      'models/post-training',
      'models/reasoning-models',
      'models/multimodal-models',
    ],
  },
];

/** The doc id of a generated item, if it is a doc. */
function docId(item: Item): string | undefined {
  return item.type === 'doc' ? item.id : undefined;
}

/** Regroups the items of the category that holds the models' notes; other items are kept as they are. */
export function groupModelNotes(
  items: GeneratedItems,
  groups: readonly SidebarGroup[] = MODEL_GROUPS,
): GeneratedItems {
  return items.map((item): Item => {
    if (item.type !== 'category') return item;
    const docs = item.items.map(docId);
    if (!docs.some((id) => id?.startsWith('models/')))
      return {...item, items: groupModelNotes(item.items, groups)};
    const grouped = new Set(groups.flatMap((g) => g.docs));
    const byId = new Map(
      item.items.flatMap((child) => (docId(child) ? [[docId(child) as string, child] as const] : [])),
    );
    const ungrouped = item.items.filter((child) => !grouped.has(docId(child) ?? ''));
    const categories = groups
      .map((group): Item | null => {
        const children = group.docs.flatMap((id) => byId.get(id) ?? []);
        if (children.length === 0) return null;
        return {type: 'category', label: group.label, items: children, collapsible: true, collapsed: false};
      })
      .filter((c): c is Item => c !== null);
    return {...item, items: [...ungrouped, ...categories]};
  });
}

/** The docs plugin option: Docusaurus's own generator, then the grouping. */
export const sidebarItemsGenerator: SidebarItemsGeneratorOption = async ({
  defaultSidebarItemsGenerator,
  ...args
}) => groupModelNotes(await defaultSidebarItemsGenerator(args));
