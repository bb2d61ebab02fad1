// Names each module of the API reference after its package (`@stride/ndarray`, `stride`) instead of
// the folder TypeDoc derives from the entry point's path (`ndarray/src`).
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const mod of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const m = /^(\w+)\/src$/.exec(mod.name);
      if (m) mod.name = m[1] === 'stride' ? 'stride' : `@stride/${m[1]}`;
    }
  });
}
