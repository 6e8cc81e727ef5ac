// Custom elements manifest (custom-elements.json) for Storybook's docs and editors:
// `pnpm --filter @yizhan/elements analyze`. Built from the doc comments of the element
// classes (@tag, @fires, @csspart, @cssprop, @slot); only the public API is kept.
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'yizhan-public-api',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members)
              declaration.members = declaration.members.filter(
                (member) => (member.privacy ?? 'public') === 'public' && !member.static,
              );
            // Only documented events (@fires); dispatches through a helper are not events.
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
  ],
};
