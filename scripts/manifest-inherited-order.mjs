// An analyzer plugin: a class's parts, custom properties, states and events in its base class's order.
// The analyzer lists what a class documents itself first and what it inherits after, so a subclass that
// rewords one shared entry would move that entry to the top of its reference.

const KINDS = ['cssParts', 'cssProperties', 'cssStates', 'events'];

/**
 * The entries as the base class orders them; an entry only the subclass has goes after the shared entry
 * `placedAfter` names for it, or at the end.
 */
function inBaseOrder(entries, baseEntries, placedAfter) {
  const rank = new Map(baseEntries.map((entry, index) => [entry.name, index]));
  const shared = entries.filter((entry) => rank.has(entry.name)).sort((a, b) => rank.get(a.name) - rank.get(b.name));
  const ownOnly = entries.filter((entry) => !rank.has(entry.name));
  const sharedNames = new Set(shared.map((entry) => entry.name));
  return [
    ...shared.flatMap((entry) => [entry, ...ownOnly.filter((own) => placedAfter[own.name] === entry.name)]),
    ...ownOnly.filter((own) => !sharedNames.has(placedAfter[own.name])),
  ];
}

/** `placedAfter`: by kind, the shared entry each subclass-only entry follows (`{ cssParts: { link: 'checkbox' } }`). */
export function inheritedInBaseOrder({ placedAfter = {} } = {}) {
  return {
    name: 'inherited entries in base class order',
    // Runs after the analyzer's own inheritance step, which belongs to the same phase.
    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.kind === 'class');
      const byName = new Map(classes.map((declaration) => [declaration.name, declaration]));
      for (const declaration of classes) {
        const base = declaration.superclass && byName.get(declaration.superclass.name);
        if (!base) continue;
        for (const kind of KINDS) {
          if (!declaration[kind] || !base[kind]) continue;
          declaration[kind] = inBaseOrder(declaration[kind], base[kind], placedAfter[kind] ?? {});
        }
      }
    },
  };
}
