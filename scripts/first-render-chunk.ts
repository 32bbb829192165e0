// The script-tag bundle's chunking: what the entry imports statically — all the first render runs — goes
// into one chunk, instead of one small chunk per set of lazy parts that share a module. The browser then
// fetches the entry, that chunk, and the tables a form asks for: three rounds instead of five.
// The entry stays a facade exporting the public API alone (`preserveEntrySignatures: 'strict'`), so lazy
// chunks import the shared code from the chunk, never from the entry: a page that loads the entry with a
// query (`token-forms.js?v=2`) still runs one copy of the elements.

/** What a chunking rule can read of a module (Rolldown's `ModuleInfo`, the part read here). */
interface ModuleGraphInfo {
  readonly importedIds: readonly string[];
}

interface ChunkingContext {
  getModuleInfo(id: string): ModuleGraphInfo | null;
}

/** A Rolldown `codeSplitting` group named `name`: every module the entry `entryId` reaches by static imports. */
export function firstRenderChunk(
  name: string,
  entryId: string,
): { readonly debugName: string; readonly name: (id: string, context: ChunkingContext) => string | null } {
  // One walk per chunking pass (a watch build chunks again with a new graph).
  const reachedIn = new WeakMap<ChunkingContext, Set<string>>();
  const staticGraph = (context: ChunkingContext): Set<string> => {
    const seen = new Set<string>();
    const pending = [entryId];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    // The entry module is the entry chunk itself: it re-exports from the chunk.
    seen.delete(entryId);
    return seen;
  };
  return {
    debugName: name,
    name: (id, context) => {
      let reached = reachedIn.get(context);
      if (reached === undefined) {
        reached = staticGraph(context);
        reachedIn.set(context, reached);
      }
      return reached.has(id) ? name : null;
    },
  };
}
