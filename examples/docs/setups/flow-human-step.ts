// Setup of the human-step fragment in docs/flows.md: the fragment's `assign`, `due` and
// `overdue` on the match step of a small flow with an `expired` step, so parseFlow checks
// them in a real definition.

/** Puts the fragment's members on a `match` step. */
export function embed(fragment: Record<string, unknown>) {
  return {
    kind: 'flow' as const,
    definition: {
      schemaVersion: 1,
      id: 'human-step-sample',
      version: 1,
      title: '微心愿',
      roles: [{ id: 'coordinator', title: '站长' }],
      steps: [
        { id: 'match', type: 'match', ...fragment, next: 'done' },
        { id: 'expired', type: 'end', outcome: 'expired' },
        { id: 'done', type: 'end', outcome: 'done' },
      ],
    },
  };
}
