// Names each module of the API reference after its package entry (`@stride/ndarray`, `stride`,
// `@stride/ndarray/arrow`) instead of the path TypeDoc derives from the entry point
// (`ndarray/src`, `ndarray/src/interop/arrow`).
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const mod of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const m = /^(\w+)\/src(?:\/(?:.*\/)?(\w+))?$/.exec(mod.name);
      if (m) mod.name = (m[1] === 'stride' ? 'stride' : `@stride/${m[1]}`) + (m[2] ? `/${m[2]}` : '');
    }
  });
}
