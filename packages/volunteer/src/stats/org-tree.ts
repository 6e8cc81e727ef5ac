import type { CheckResult, Issue } from '@yizhan/core/form';
import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import { volunteerIssue } from '../messages';

/** The levels of the organisation tree, top first: 新区 → 街道 → 社区/村 → 站. */
export const ORG_LEVELS = ['district', 'street', 'community', 'station'] as const;
/** A level of the organisation tree. */
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** A node of the organisation tree: a district, street, community (or village) or station. */
export interface OrgNode {
  readonly id: string;
  readonly name: string;
  readonly level: OrgLevel;
  /** The node above; none for a district. */
  readonly parent?: string;
}

/** A checked organisation tree: nodes by id, children in the given order. */
export interface OrgTree {
  readonly nodes: ReadonlyMap<string, OrgNode>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly roots: readonly string[];
}

/**
 * Checks an organisation tree given as a flat list: unique ids, known parents, and each
 * node exactly one level below its parent (a station under a community, a community under
 * a street, a street under the district). Stations may also sit directly under a street
 * (城市驿站 run by the street). Returns the tree, or issues with `/index/field` paths.
 */
export function parseOrgTree(
  nodes: readonly OrgNode[],
  locale: Locale = DEFAULT_LOCALE,
): CheckResult<OrgTree> {
  const issues: Issue[] = [];
  const byId = new Map<string, OrgNode>();
  nodes.forEach((node, index) => {
    if (byId.has(node.id))
      issues.push(volunteerIssue('org_duplicate_id', `/${index}/id`, { id: node.id }, locale));
    else byId.set(node.id, node);
    if (!ORG_LEVELS.includes(node.level))
      issues.push(
        volunteerIssue(
          'org_bad_level',
          `/${index}/level`,
          { level: node.level, allowed: ORG_LEVELS },
          locale,
        ),
      );
  });
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  nodes.forEach((node, index) => {
    if (node.parent === undefined) {
      if (node.level !== 'district')
        issues.push(
          volunteerIssue(
            'org_parent_missing',
            `/${index}/parent`,
            { id: node.id, level: node.level },
            locale,
          ),
        );
      else roots.push(node.id);
      return;
    }
    const parent = byId.get(node.parent);
    if (parent === undefined) {
      issues.push(
        volunteerIssue(
          'org_unknown_parent',
          `/${index}/parent`,
          { id: node.id, parent: node.parent },
          locale,
        ),
      );
      return;
    }
    const depth = ORG_LEVELS.indexOf(node.level);
    const parentDepth = ORG_LEVELS.indexOf(parent.level);
    const allowed =
      depth === parentDepth + 1 || (node.level === 'station' && parent.level === 'street');
    if (!allowed)
      issues.push(
        volunteerIssue(
          'org_level_order',
          `/${index}/level`,
          { id: node.id, level: node.level, parentLevel: parent.level },
          locale,
        ),
      );
    children.set(node.parent, [...(children.get(node.parent) ?? []), node.id]);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { nodes: byId, children, roots } };
}

/** The ids of a node and every node below it. */
export function subtreeOf(tree: OrgTree, id: string): Set<string> {
  const found = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (found.has(next) || !tree.nodes.has(next)) continue;
    found.add(next);
    stack.push(...(tree.children.get(next) ?? []));
  }
  return found;
}

/** The nodes from `id` up to its district, `id` first. */
export function ancestorsOf(tree: OrgTree, id: string): string[] {
  const path: string[] = [];
  for (
    let node = tree.nodes.get(id);
    node !== undefined;
    node = node.parent === undefined ? undefined : tree.nodes.get(node.parent)
  )
    path.push(node.id);
  return path;
}
